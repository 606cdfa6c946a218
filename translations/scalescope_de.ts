<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PlanParser</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (did you mean %1?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (expected one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean (true or false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value %1 (did you mean %2?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required (write &quot;version&quot;: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required (one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;json:&lt;pointer&gt;&quot; (e.g. &quot;json:/id&quot;) or &quot;location&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of status codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughput takes &quot;min&quot; (the lowest acceptable requests per second), not &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error_rate takes &quot;max&quot; (the highest acceptable percentage), not &quot;min&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scaling takes &quot;max&quot; (the worst acceptable growth, such as &quot;O(n)&quot;), not &quot;min&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes &quot;max&quot; (the highest acceptable latency in ms), not &quot;min&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required for metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a complexity class such as &quot;O(n)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown complexity class %1 (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON pointer (write it like &quot;/data/id&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this plan was written by a newer ScaleScope (format version %1); this version reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format version %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{i} is only defined inside a &quot;$repeat&quot; item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} is only available in the login request (auth.login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{token} is only available in auth.login.header_template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} cannot be used in target.headers (they are sent with every request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} cannot be used in the login request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} needs seeded records (dataset.mode &quot;seed&quot;); a sweep creates none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header value must not contain line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a credential must not be stored in a plan file; use &quot;auth&quot;, or a reference such as {env:API_TOKEN}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown HTTP method %1 (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required (e.g. &quot;/api/items/&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with &quot;/&quot; (it is relative to target.base_url), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain spaces or control characters (percent-encode them, e.g. %20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a fragment (&apos;#&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use either &quot;body&quot; or &quot;body_text&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required (e.g. &quot;http://127.0.0.1:8000&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with http:// or https://, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not have a query or fragment (put queries in the endpoint paths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain user credentials; use &quot;auth&quot; instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a proxy URL such as &quot;http://proxy:3128&quot; or &quot;socks5://proxy:1080&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proxy password must not be stored in a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required for %1 authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password must not be stored in a plan file; use a reference such as ${SCALESCOPE_PASSWORD} or supply it at run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only used with &quot;basic&quot; or &quot;login&quot; authentication, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token must not be stored in a plan file; use a reference such as ${API_TOKEN} or supply it at run time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only used with &quot;bearer&quot; authentication, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain {token}, e.g. &quot;Token {token}&quot; or &quot;Bearer {token}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} cannot be used in the auth header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one size is required (e.g. [10, 100, 1000])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1 when dataset.mode is &quot;seed&quot;, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than the previous size (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used when dataset.mode is &quot;sweep&quot; (a sweep creates no records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required when dataset.mode is &quot;seed&quot; (the request that creates one record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON pointer (write it like &quot;json:/id&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must use {id} to name the record to delete (e.g. &quot;/api/items/{id}/&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one endpoint is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required (a short unique name such as &quot;List items&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate name %1 (also used by endpoints[%2])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an HTTP status between 100 and 599, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sweep needs {size} in at least one endpoint&apos;s path, headers or body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endpoint is named %1 (did you mean %2?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endpoint is named %1 (omit &quot;endpoint&quot; to apply it to every endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-negative number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error rate is a percentage: at most 100, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan must be a JSON object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read plan file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateExpander</name>
    <message>
        <source>unbalanced &apos;{&apos; at character %1 (write {{ for a literal brace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced &apos;}&apos; at character %1 (write }} for a literal brace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty placeholder {} (write {{}} for literal braces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder %1 (did you mean {%2}?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} takes no arguments, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: {random_int:a:b} needs two integers a and b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: {random_int:a:b} needs a &lt;= b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: {lorem:K} needs a word count K between 1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: {env:NAME} needs a variable name such as {env:HOME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;$repeat&quot; must be a non-negative integer or one numeric placeholder such as &quot;{size}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;$repeat&quot; count %1 exceeds the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;$repeat&quot; count %1 can exceed the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{i} is only defined inside a &quot;$repeat&quot; item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected key &quot;%1&quot; next to &quot;$repeat&quot; (only &quot;item&quot; is allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;$repeat&quot; needs an &quot;item&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>How your HTTP API behaves as its data and its load grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in demo target and open its plan, ready to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the user interface, e.g. de or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database (default: the one scalescope-cli uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope</name>
    <message>
        <source>(empty body)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::Batch</name>
    <message>
        <source>HTTP %1 from %2 %3: %4</source>
        <extracomment>%1 = status code, %2 = method, %3 = path, %4 = start of the response body</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::FailureKind</name>
    <message>
        <source>No failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name resolution failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid HTTP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 4xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 5xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::LeanTransport</name>
    <message>
        <source>Invalid URL %1: a host name and a port are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid HTTP method &quot;%1&quot; for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid header &quot;%1&quot; in a request to %2: names must not be empty, and neither names nor values may contain line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send a request to %1: only valid http:// and https:// URLs are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve host name %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a TLS context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load the system certificate store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake failed (SSL error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send a request to %1 over TLS: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error on the connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid HTTP response from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 closed by the server before the response was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response from %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::QnamTransport</name>
    <message>
        <source>Invalid proxy &quot;%1&quot;: expected http://host:port or socks5://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send a request to %1: only valid http:// and https:// URLs are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response from %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::RunController</name>
    <message>
        <source>Run started against %1 (measuring with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2 or a proxy is requested: latencies are measured through QNetworkAccessManager and carry its overhead (about +2.7 ms at p50 here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target holds %1 records before the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was stopped before it finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run stopped: kept %n measured cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run completed: %n cell(s) measured</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no value given; reference an environment variable in the plan (&quot;${SCALESCOPE_PASSWORD}&quot;) or supply it at run time (--password-env)</source>
        <extracomment>%1 = plan field (auth.password)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not set in the environment</source>
        <extracomment>%1 = plan field, %2 = reference such as ${SCALESCOPE_PASSWORD}</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using HTTP basic authentication as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using a bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was stopped during login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot log in at %1: %2</source>
        <extracomment>%1 = login URL, %2 = network error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed at %1: the server answered HTTP %2: %3</source>
        <extracomment>%1 = login URL, %2 = HTTP status, %3 = start of the server&apos;s answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login at %1 succeeded but its answer has no token at %2: %3</source>
        <extracomment>%1 = login URL, %2 = JSON pointer, %3 = start of the answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count response has no number at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target holds %1 records, more than the dataset size %2: measuring at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response has no Location header; this record cannot be cleaned up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response has no id at %1 (%2); this record cannot be cleaned up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was stopped while seeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding failed: %1 of %2 requests to %3 failed while growing the dataset to %4 records; first: %5</source>
        <extracomment>%1 = failed count, %2 = requested count, %3 = size, %4 = URL, %5 = first failure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeded %1 records (dataset now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at size %2: %3 of %4 requests failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target stopped answering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plan has no cleanup request: %n record(s) created by this run stay in the target</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleanup skipped: %n record(s) created by this run stay in the target</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n record(s) created by this run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) created by this run were already gone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete %1 record(s) (ids %2); first error: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target held %1 records before the run and holds %2 now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::RunPhase</name>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::analysis</name>
    <message>
        <source>seeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runs measured different targets: %1 (base) and %2 (candidate)</source>
        <extracomment>%1, %2 = base URLs of the two runs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target&apos;s port differs (%1 in the base run, %2 in the candidate); compared as the same target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different iterations per cell: %1 in the base run, %2 in the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different warm-up requests per cell: %1 in the base run, %2 in the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concurrent (%1 workers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different concurrency: %1 in the base run, %2 in the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different transports: %1 in the base run, %2 in the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 run did not complete (%2): only its measured cells are compared</source>
        <extracomment>%1 = &quot;base&quot; or &quot;candidate&quot; (already translated), %2 = run status name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <extracomment>%1 = endpoint name, %2 = dataset size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 beyond the run-wide %3</source>
        <extracomment>%1 = raw change, %2 = change beyond the drift, %3 = run-wide drift; e.g. &quot;+416 %; +127 % beyond the run-wide +127 %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 ms (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>either run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the candidate run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, not tested: no raw samples in %3</source>
        <extracomment>%1 = &quot;endpoint @ size&quot;, %2 = medians, %3 = which run lacks samples</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, not tested: too few samples (%3 and %4; at least %5 per run needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|δ| below the %1 minimum effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change below the run-to-run noise floor of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change below the %1 minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change below the %1 ms minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the median and δ point in opposite directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 (%4, %5)</source>
        <extracomment>%1 = &quot;endpoint @ size&quot;, %2 = &quot;3.9 → 12.1 ms (+210 %)&quot;, %3 = verdict, %4 = &quot;p &lt; 0.001&quot;, %5 = &quot;δ = 0.98&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: slower, significant at %2 of %3 sizes (median %4)</source>
        <extracomment>%1 = endpoint, %2 of %3 sizes, %4 = range of median changes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: faster, significant at %2 of %3 sizes (median %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mixed, significantly slower at %2 size(s) (median %3) and faster at %4 (median %5) of %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no significant change at %n size(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too few samples to compare at any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; isolated change at %n size(s), not confirmed at the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %n size(s) not tested (too few samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; success rate fell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; scaling %1 → %2</source>
        <extracomment>%1, %2 = complexity classes such as O(n) and O(n²)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no significant change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 run has no measured cell (it failed: %2)</source>
        <extracomment>%1 = &quot;base&quot; or &quot;candidate&quot; (translated), %2 = the run&apos;s error message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 run has no measured cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different dataset modes: %1 in the base run, %2 in the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 in the base run but %4 %5 in the candidate; not compared</source>
        <extracomment>%1 = endpoint name, %2 %3 = method and path in the base run, %4 %5 = in the candidate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endpoint in common (the base run measured %1; the candidate %2)</source>
        <extracomment>%1, %2 = comma-separated endpoint names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endpoint in common with the same method and path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dataset size in common (the base run measured %1; the candidate %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at size %1 the target held %2 records in the base run but %3 in the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cells&apos; medians differ by about ±%1 between the runs beyond any common drift, so changes below %2 cannot be told from noise: the machine was probably busy; re-run both runs on a quieter machine or with more iterations</source>
        <extracomment>%1 = typical run-to-run change of one cell, %2 = smallest detectable change (both e.g. &quot;85 %&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the candidate run is %1 %2 across the board (median of %n cell(s)): either the machine&apos;s load changed between the runs or a change affects every endpoint; the verdicts below are relative to this drift</source>
        <extracomment>%1 = e.g. &quot;85 %&quot;, %2 = &quot;slower&quot; or &quot;faster&quot;, %n = cells</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: success rate fell from %2 % to %3 % (%4)</source>
        <extracomment>%1 = &quot;endpoint @ size&quot;, %2 → %3 = success rates in percent, %4 = &quot;p = 0.003&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; isolated: not confirmed at the endpoint&apos;s other sizes</source>
        <extracomment>appended to a cell&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point %1: size n must be a positive number, got %2</source>
        <extracomment>%1 = point index (1-based), %2 = the value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point %1: latency ms must be a positive number, got %2</source>
        <extracomment>%1 = point index (1-based), %2 = the value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least 3 distinct dataset sizes, got %1</source>
        <extracomment>%1 = number of distinct sizes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sizes span %1 to %2 (a factor of %3), less than the factor of %4 needed to tell the classes apart</source>
        <extracomment>%1, %2 = sizes, %3 = their ratio, %4 = the minimum ratio</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samplesMsPerSize has %1 lists but there are %2 points (give one list per point, or none)</source>
        <extracomment>%1, %2 = counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency varies with size without a consistent trend (medians scatter ±%1 ms, noise ±%2 ms)</source>
        <extracomment>%1 = spread in ms, %2 = noise in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency falls as data grows (%1 ms from n = %2 to %3, noise ±%4 ms)</source>
        <extracomment>%1 = signed ms change, %2, %3 = sizes, %4 = noise in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the growth rests on the largest size (%1) alone: without it latency is flat — a jump, not a trend (%2 with it); measure a larger size to tell</source>
        <extracomment>%1 = a dataset size, %2 = the class the data would have with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1 → %2</source>
        <extracomment>%1 → %2 = smallest and largest size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paginate it (a page size bounds the work per request) and make sure the columns it filters and sorts on are indexed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an index on the lookup column: fetching one record should not take longer as the table grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what a write does per existing record: a uniqueness check or foreign key without an index, a trigger, or an aggregate recomputed over the whole table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for sorting or grouping of the whole table per request: let an index deliver the order, and paginate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for a nested loop over the records or an N+1 query pattern (one query per record): fetch related rows in one query, and paginate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure at least 4 sizes spanning a factor of 10 or more, with enough iterations per size (30 or more) for stable medians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: how it grows with the data is inconclusive: %2</source>
        <extracomment>%1 = endpoint, %2 = why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not grow with the data: %2 ms ±%3 ms (%4, %5)</source>
        <extracomment>%1 = endpoint, %2 = level in ms, %3 = scatter in ms, %4 = statistic (&quot;median&quot;), %5 = size range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grows logarithmically: %2 (%3, R² %4, %5)</source>
        <extracomment>%1 = endpoint, %2 = &quot;+0.4 ms when n doubles&quot;, %3 = statistic, %4 = R², %5 = size range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seems to grow linearly, but the evidence against a flat curve is weak (BIC difference %6, %7 needed): %2 (%3, R² %4, %5)</source>
        <extracomment>%1 = endpoint, %2 = &quot;+0.9 ms per 100 records&quot;, %3 = statistic, %4 = R², %5 = size range, %6 = BIC difference, %7 = the difference that counts as strong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure again with more iterations per size to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grows linearly: %2 (%3, R² %4, %5)</source>
        <extracomment>%1 = endpoint, %2 = &quot;+0.9 ms per 100 records&quot;, %3 = statistic, %4 = R², %5 = size range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grows linearly, but little over the measured range: %2 (%3, R² %4, %5)</source>
        <extracomment>%1 = endpoint, %2 = &quot;+0.01 ms per 100 records&quot;, %3 = statistic, %4 = R², %5 = size range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 grows faster than the data, as %2: %3 (%4, R² %5, %6)</source>
        <extracomment>%1 = endpoint, %2 = &quot;O(n²)&quot;, %3 = &quot;+12 ms when n doubles (250 → 500)&quot;, %4 = statistic, %5 = R², %6 = size range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jumps %2× between size %3 and %4: %5 → %6 ms (%7), where the trend of the smaller sizes expected %8×</source>
        <extracomment>%1 = endpoint, %2 = observed factor, %3 → %4 = sizes (&quot;200 and 500 records&quot;), %5, %6 = ms, %7 = statistic, %8 = factor the trend expected</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jumps %2× between %3 and %4 records: %5 → %6 ms (%7), where the trend of the smaller sizes expected %8×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something changes between %1 and %2: a cache or buffer that stops fitting, a query plan that switches from an index to a scan, or timeouts and retries. Measure sizes in between to find the edge, and compare the database&apos;s query plans on both sides of it.</source>
        <extracomment>%1, %2 = the two sizes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeds less often as the data grows: %2 % at %3, against %4 % at %5 (z = %6)</source>
        <extracomment>%1 = endpoint, %2 = success % at the larger size, %3 = that size, %4 = pooled success % of the smaller sizes, %5 = their range, %6 = z statistic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 failures at %3 are timeouts: the work per request outgrows the time limit. Act on the growth findings for this endpoint, or raise the target&apos;s timeout if slow answers are acceptable.</source>
        <extracomment>%1 = failures of that kind, %2 = all failures, %3 = size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 failures at %4 are &quot;%3&quot;. Look at the error samples and the server&apos;s log at that size: server errors at larger data often come from query timeouts, memory or payload limits.</source>
        <extracomment>%1 = failures of that kind, %2 = all failures, %3 = the kind (&quot;HTTP 5xx&quot;), %4 = size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2× slower than the other endpoints at %3: %4 ms against their median %5 ms (%6).</source>
        <extracomment>%1 = endpoint, %2 = factor, %3 = size, %4 = its ms, %5 = the others&apos; median ms, %6 = statistic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The same holds at %n smaller size(s).</source>
        <extracomment>%n = number of further sizes</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Profile this endpoint first: it dominates the response time at this size. If it is expected to do more (an export, a report), consider computing it in the background or caching it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would reach %2 at about %3 (%4× the largest measured size, growing as %5 — an extrapolation, treat it as a rough guide)</source>
        <extracomment>%1 = endpoint, %2 = &quot;p95 300 ms&quot;, %3 = &quot;41,000 records&quot;, %4 = factor beyond the largest size, %5 = growth class</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure at larger sizes before relying on this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would reach %2 at about %3 (%4× the largest measured size, growing as %5)</source>
        <extracomment>%1 = endpoint, %2 = &quot;p95 300 ms&quot;, %3 = &quot;2,400 records&quot;, %4 = factor beyond the largest size, %5 = growth class</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is within reach: act on this endpoint&apos;s growth before the data gets there, and measure sizes closer to it to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the scaling ceiling is not a complexity class (use O(1), O(log n), O(n), O(n log n) or O(n²)); not checked</source>
        <extracomment>%1 = endpoint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not measured; the scaling ceiling %2 passes</source>
        <extracomment>%1 = endpoint, %2 = ceiling class</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the growth cannot be classified (%2); the scaling ceiling %3 passes</source>
        <extracomment>%1 = endpoint, %2 = the reason, %3 = ceiling class</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scales as %2, within the ceiling %3</source>
        <extracomment>%1 = endpoint, %2 = measured class, %3 = ceiling class</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scales as %2, worse than the ceiling %3 (strong evidence: the BIC of %3 is %4 higher)</source>
        <extracomment>%1 = endpoint, %2 = measured class, %3 = ceiling class, %4 = BIC difference</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks %2, worse than the ceiling %3, but the evidence is weak (BIC difference %4, %5 needed); passes</source>
        <extracomment>%1 = endpoint, %2 = measured class, %3 = ceiling class, %4 = BIC difference, %5 = required</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both samples are empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first sample is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second sample is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first sample holds a value that is not a finite number (at position %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second sample holds a value that is not a finite number (at position %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::analysis::ComplexityFit</name>
    <message>
        <source>flat (±%1 ms)</source>
        <extracomment>%1 = residual scatter in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms per %2 records</source>
        <extracomment>%1 = signed ms, %2 = a round number of records</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms when n doubles</source>
        <extracomment>%1 = signed ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms when n doubles (%2 → %3)</source>
        <extracomment>%1 = signed ms, %2 and %3 = sizes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconclusive: %1</source>
        <extracomment>%1 = the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::analysis::RunComparison</name>
    <message>
        <source>Runs cannot be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared %n cell(s): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 slower, %2 faster, %3 no significant change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %n with too few samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; success rate fell in %n cell(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::analysis::Thresholds</name>
    <message>
        <source>%1 at size %2: %3 %4 reaches %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at size %2: %3 %4 is below %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at size %2: %3 %4 is within %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at size %2: %3 %4 exceeds %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::gui::MainWindow</name>
    <message>
        <source>ScaleScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not store part of the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs are not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure and start a scale test (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan file and review it before running (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in demo API and open its plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop measuring, delete the records this run created, keep what was measured (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New run, plans and recent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts of the run going on, or of the run opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each endpoint scales, what was found, threshold verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stored run: open, re-run, tag, compare, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two runs side by side, changes judged against noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ScaleScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ScaleScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ScaleScope %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;How your HTTP API behaves as its data and its load grow.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo target cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo target is listening on %1 (user admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is going on: stop it first (Run ▸ Stop run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is going on already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not start: another run is going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running &quot;%1&quot; against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n cell(s) measured</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> — stored as run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — see Findings for how each endpoint scales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 &quot;%2&quot; (%3)</source>
        <extracomment>%1 = history id, %2 = name, %3 = start time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is going on: its dashboard stays until it ends. Open the run afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is going on. Stop it (the records it created are deleted) and quit?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::gui::StartPage</name>
    <message>
        <source>&lt;h1&gt;ScaleScope&lt;/h1&gt;&lt;p&gt;How your HTTP API behaves as its data and its load grow.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure a scale test step by step: target, login, dataset sizes, endpoints, thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan file (JSON) and review it before running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in demo API on this computer and open its plan, ready to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan files opened recently: double-click or press Enter to open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent runs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent plans&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest runs in %1: double-click or press Enter to open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>#%1  %2 — %3, %4, %n cell(s)</source>
        <extracomment>run list entry: id, name, start, status, cells</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No run stored yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::results</name>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size %1 (parameter sweep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size %1 (%2 records)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::storage::HistoryStore</name>
    <message>
        <source>%1 is damaged and was left untouched: %2. Restore it from a backup or choose another history file.</source>
        <extracomment>%1 = file, %2 = SQLite&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is shorter than its header says (%1 of %2 bytes): a truncated copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ScaleScope history database: it belongs to another application (SQLite application id 0x%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ScaleScope history database: it is another application&apos;s SQLite database (tables: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer ScaleScope (history schema version %2; this version writes version %3). Update ScaleScope, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the older history schema version %2: open it read-write once to upgrade it to version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer ScaleScope (history schema version %2) in a way this version cannot read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history database path given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the history database %1: the directory %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the history database %1: the directory %2 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ScaleScope history database: it is not an SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ScaleScope history database: the SQLite file is truncated (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the history database %1: the file is read-only (open it read-only to browse it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the history database %1: the directory %2 is not writable (SQLite keeps its journal next to the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ScaleScope history database: it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1 failed in %2: %3</source>
        <extracomment>%1 = what was being done (&quot;storing cells of run 4&quot;), %2 = file, %3 = SQLite&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the history database %1 from schema version %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run with id %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the cells of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the time series of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the events of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish run %1: the result&apos;s status is still &quot;running&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishing run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the findings of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the threshold verdict of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 in %2 has a plan that cannot be read back: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 in %2: the histogram of cell &quot;%3&quot; at size %4 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 in %2: the raw samples of cell &quot;%3&quot; at size %4 are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagging run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untagging run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 has no tag &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the notes of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovering interrupted runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process that ran it (pid %1 on %2) ended before the run finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::AuthPage</name>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How ScaleScope authenticates. Passwords and tokens stay in memory (or in your system keychain): a plan file never holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login request (token in the answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None; HTTP basic (user name and password on every request); a bearer token you already have; or a login request whose answer holds a token for every later request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user to log in as ({username} in the login request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory for this session and handed to the run ({password} in the login request); never written to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as &quot;Authorization: Bearer &lt;token&gt;&quot;; kept in memory only, never written to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP method of the login request (usually POST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login request&apos;s path, relative to the base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login request&apos;s JSON body; {username} and {password} are replaced by the credentials, e.g. {&quot;username&quot;: &quot;{username}&quot;, &quot;password&quot;: &quot;{password}&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the token is in the login answer, as a JSON pointer: /token, /data/access_token, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header that carries the token on every later request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header&apos;s value; {token} is the token found: &quot;Token {token}&quot; (Django REST framework) or &quot;Bearer {token}&quot; (JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the login request now and show the token the answer holds (masked) or what the server said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of the last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method, path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token p&amp;ointer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heade&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bo&amp;dy (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. ${API_TOKEN}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the environment variable that holds the token when the plan is run from the command line, written as ${NAME}; the plan stores only this reference. A token typed above takes precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. ${SCALESCOPE_PASSWORD}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the environment variable that holds the password when the plan is run from the command line, written as ${NAME}; the plan stores only this reference. A password typed above takes precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests are sent without credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request carries &quot;Authorization: Basic …&quot; with the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request carries &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run logs in once, then sends the token it got with every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the system keychain… Until it answers, the password stays in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the password in the system keychain under &quot;%1&quot; when the run starts, and offer it next time. Unchecked: the password is forgotten when ScaleScope exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answered (%1). The password stays in memory for this session only.</source>
        <extracomment>%1 = why (e.g. &quot;the system keychain did not answer within 3 s&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &quot;Login request&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in as %1 at %2…</source>
        <extracomment>%1 = user name, %2 = login URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <extracomment>%1 = &quot;HTTP 400 Bad Request in 3 ms&quot; and the start of the server&apos;s answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token at %1 in the answer (%2): %3</source>
        <extracomment>%1 = JSON pointer, %2 = &quot;HTTP 200 OK in 3 ms&quot;, %3 = the start of the answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1: token %2 (HTTP %3 in %4 ms)</source>
        <extracomment>%1 = user name, %2 = masked token, %3 = HTTP status, %4 = milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::Banner</name>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::BodyEditor</name>
    <message>
        <source>Raw te&amp;xt, not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the text as it is (a text template) instead of a JSON value; set a Content-Type header in the plan file for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::CellMetric</name>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>%1 = a duration in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>%1 = a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::CompareCellModel</name>
    <message>
        <source>%1 ms</source>
        <extracomment>milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (isolated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <extracomment>column: p-value after the Holm correction</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>δ</source>
        <extracomment>column: Cliff&apos;s delta effect size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::CompareChartView</name>
    <message>
        <source>Show every endpoint, or one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid: candidate, dashed: base (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <extracomment>legend: an endpoint&apos;s line of the base run</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset size (records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median response time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::CompareEndpointModel</name>
    <message>
        <source>%1 slower, %2 faster of %3</source>
        <extracomment>%1 slower, %2 faster, %3 sizes compared</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling (base → candidate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::CompareHeadline</name>
    <message numerus="yes">
        <source>%n endpoint(s) slower</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) faster</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mixed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without significant change</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No endpoint could be tested: too few samples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::CompareView</name>
    <message>
        <source>Per endpoint: slower or faster only when several sizes agree, judged against the noise between the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per endpoint and size: the medians, the change beyond the run-wide drift, the Mann–Whitney p-value (Holm-corrected) and Cliff&apos;s δ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By endpoint and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two runs in the history and press Compare, or compare a run with its plan&apos;s baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; compared with the base &lt;b&gt;%2&lt;/b&gt;</source>
        <extracomment>%1 = the candidate run, %2 = the base run</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run-wide drift %1 % (removed before testing), run-to-run noise of a cell median ±%2 %, from %3 cells.</source>
        <extracomment>%1 = signed drift percent, %2 = noise percent, %3 = cells</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the base run measured %1 at size %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the candidate run measured %1 at size %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::DashboardWidget</name>
    <message>
        <source>What the run is doing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset size being measured, and its place among the plan&apos;s sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The (size, endpoint) cell being measured, of all cells of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p %</source>
        <extracomment>%p is replaced by the percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress, weighted by requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the start and the estimated time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the run created in the target to reach the dataset sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests sent so far, seeding and warm-up included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run; the cells measured so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cell coloured by a statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uccess rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful requests per endpoint and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened during the run: login, seeding, sizes, warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 = run status (&quot;Failed&quot;), %2 = why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size %1 (%2 / %3)</source>
        <extracomment>%1 = dataset size, %2 = its position among the plan&apos;s sizes, %3 = how many sizes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes %1 to %2</source>
        <extracomment>the plan&apos;s dataset sizes: %1 = smallest, %2 = largest</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 cells</source>
        <extracomment>%1 = cells measured, %2 = cells in the plan</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 / %2</source>
        <extracomment>the cell being measured: %1 = its number, %2 = cells in the plan</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed %1, ETA %2</source>
        <extracomment>%1 = time since the start, %2 = estimated time left</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::DatasetPage</name>
    <message>
        <source>&amp;Seed records through the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;weep a parameter ({size}), no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed request: creates record {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clean up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ount records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the data grows: ScaleScope measures every endpoint at each size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create records through the API up to each size (record {n} by the seed request), measure, and delete them at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create nothing: each size is substituted as {size} into the endpoints (e.g. a page size or the number of items in a batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset sizes to measure at, ascending, separated by spaces or commas; at least three let the analysis tell O(n) from O(n²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure at the sizes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP method that creates one record (usually POST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path that creates one record, relative to the base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON body of one new record; {n} is the record number, {word}, {lorem:K}, {uuid} and {random_int:a:b} give varied content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the seed request sends for record 1, updated as you type (random values differ in the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON pointer in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the new record&apos;s id is: in the JSON answer, or the last segment of the answer&apos;s Location header; endpoints use it as {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON pointer to the id in the seed request&apos;s answer: /id, /data/id, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method, path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bo&amp;dy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every record the run created at the end, one request per record with {id} set to it; unchecked, the records stay on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP method that deletes one record (usually DELETE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path that deletes one record; must use {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: ask the target how many records it holds before and after the run, to account for records that were there already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path (GET) that answers with the number of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON pointer to the number in the count answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;zes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pointer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean-up method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number (write the sizes like &quot;10 50 100&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sweep creates no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: the body is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview until the placeholders are valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::EndpointsModel</name>
    <message>
        <source>%1 is not a list of HTTP statuses (write e.g. &quot;200&quot; or &quot;200, 201&quot;; empty = any 2xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a copy&apos;s name: %1 = original name, %2 = number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>name of a duplicated endpoint; %1 = the original&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any 2xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name, unique in the plan; thresholds and reports use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP method of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with &quot;/&quot;, relative to the base URL; may carry a query and placeholders such as {id}, {word} or {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses that count as success, e.g. &quot;200&quot; or &quot;200, 201&quot;; empty = any 2xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::EndpointsPage</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ody of the selected endpoint (JSON, optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests whose latency is measured at every dataset size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each endpoint is measured at every size. Double-click or press F2 to edit a cell; the path may use {id} (a record created by the run), {word}, {size} and other placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an endpoint after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of the selected endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected endpoint up (endpoints are measured and reported in this order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected endpoint down (endpoints are measured and reported in this order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON body the selected endpoint sends (empty: none); placeholders such as {size} work in its strings, and {&quot;$repeat&quot;: &quot;{size}&quot;, &quot;item&quot;: …} makes an array of {size} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one request of the selected endpoint now (as record 1, logging in first if needed) and show the status, the time and the start of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an existing id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of {id} in a Try request: the id of a record that exists on the target (the run itself uses the records it creates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the last Try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with {&amp;id} =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <extracomment>%1 = endpoint number (1-based), %2 = its name
----------
default name of a new endpoint; %1 = its number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 = &quot;Endpoint 2 &quot;List items&quot;&quot;, %2 = the field (&quot;path&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an endpoint first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = method, %2 = URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(without credentials: none entered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <extracomment>%1 = &quot;GET http://host/path&quot;, %2 = &quot;HTTP 200 OK in 3 ms&quot; and the start of the answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::EventLogModel</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::FindingsModel</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>column: dataset size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding and recommendation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::FindingsView</name>
    <message>
        <source>Show only &amp;failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each endpoint&apos;s median latency grows with the dataset: a fit of t = a + b·g(n) for O(1) … O(n²), chosen by BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the analysis found, most severe first, with what to do about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every threshold of the plan checked against every measured cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the checks that passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each endpoint scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings and recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet: the analysis appears here when a run finishes or is opened from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>%1 = number of endpoints, %2 = a complexity class such as O(n)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>thresholds: all %n check(s) passed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>thresholds: %1 of %2 checks FAILED</source>
        <extracomment>%1 failed of %2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling: %1 · %2 critical, %3 warning(s) · %4</source>
        <extracomment>%1 = classes, %2 = critical count, %3 = warning count, %4 = threshold verdict</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::HeatmapView</name>
    <message>
        <source>The number that colours the cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at size %2</source>
        <extracomment>%1 = endpoint name, %2 = dataset size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in the dataset: %1</source>
        <extracomment>%1 = records the target held while measuring</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <extracomment>%1 = percentage of requests that succeeded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::HistoryView</name>
    <message>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, plan, target, tags, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the runs whose name, plan, target, tags or notes contain every word typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the runs that ended this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a run; select two runs to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected run in the dashboard: the same charts, findings and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected run&apos;s plan in the wizard to run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two runs selected: compare them (the older is the base). One run: compare it with its plan&apos;s baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected run the baseline of its plan, the run others are compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected runs from the history, with everything they measured (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s name in the history (empty: the plan&apos;s name); Enter saves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. release-1.4, after-index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas; Enter saves them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed before this run, what it showed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-text notes on the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the notes in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run stored yet. Runs appear here as they go, cell by cell: start one with File ▸ New run… or try the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is off: no database could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 = what was attempted, %2 = the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n runs selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Run %1&lt;/b&gt; — %2&lt;br&gt;%3 against %4&lt;br&gt;Started %5, %6&lt;br&gt;Sizes %7; %n endpoint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Thresholds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The process running it ended before it finished; the %n cell(s) it completed are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline of this plan: run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the notes of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 has no baseline to compare with: mark a run of the same plan as baseline, or select two runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the baseline tag of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark run %1 as baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) (%1) from the history with everything measured? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete run %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::Labels</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>seconds with one decimal</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>minutes and seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>passed (%n check(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 failed</source>
        <extracomment>%1 = failed checks, %2 = all checks</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::MeasurementPage</name>
    <message>
        <source>Se&amp;quential: one request at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concurrent, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many requests each endpoint gets at each size, and in which order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured requests per endpoint and size (more beyond them while the minimum duration is not reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmeasured requests per endpoint and size, sent first so that caches and connections are warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request at a time: latency without contention, the usual choice for growth curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several requests in flight at once: latency under load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight at once in concurrent mode (also the concurrency of seeding and clean-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one request may take before it counts as a timeout error (the same setting as on the Target page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a laptop or a shared machine the speed changes every few tens of milliseconds (frequency scaling, other load). Interleaving puts every endpoint of a size under the same conditions; a minimum duration averages the changes out. Measured on the demo target: grouped with 10 iterations classified every endpoint right in 2 of 5 runs, interleaved in blocks of 5 for 1000 ms in 18 of 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interleaved: endpoints take turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped: one endpoint after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interleaved (recommended): at each size the endpoints take turns, a block of requests each. Grouped: each endpoint&apos;s requests one after another (cells finish one by one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> requests per turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interleaved: consecutive requests of one endpoint per turn. A few (5) rather than one keep an endpoint measured mostly after itself, not after a slow neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off (exactly the iterations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep measuring each endpoint at each size until its requests span at least this long (at most %1 requests); 1000 ms is recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warm-up requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;lock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan uses HTTP/2 or a proxy, so it is measured through Qt&apos;s network stack (QNetworkAccessManager), which opens at most %1 HTTP/1.1 connections per host on Qt 6.4: more workers than that add no concurrency unless HTTP/2 multiplexes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured with ScaleScope&apos;s lean HTTP/1.1 transport: every request in flight has its own connection, so the concurrency set above is the real one (Qt&apos;s limit of %1 connections per host applies only with HTTP/2 or a proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n measured request(s)</source>
        <extracomment>%n = number of requests</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (sizes × endpoints × requests per cell, warm-up included: %2 × %3 × %4)</source>
        <extracomment>%1 = &quot;At least 330 measured requests&quot;, %2 = sizes, %3 = endpoints, %4 = requests per endpoint and size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, more while a cell has run for less than %2 ms.</source>
        <extracomment>%1 = the sentence before, %2 = milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Seeding creates %n record(s).</source>
        <extracomment>%n = records created (the largest size)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::ui::OverTimeChartView</name>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since start (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::PlanPage</name>
    <message>
        <source>What must be fixed before you can continue: the field in the plan and the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>%1 = the field&apos;s label on the page, %2 = its path in the plan file, %3 = what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be exactly one JSON value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::RequestProbe</name>
    <message>
        <source>No answer from %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2 in %3 ms</source>
        <extracomment>%1 = HTTP status code, %2 = reason phrase, %3 = milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::ReviewPage</name>
    <message>
        <source>Save plan &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the plan, save it to run it again (or from the command line), and start the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Prompts API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the plan, shown in reports and in the run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: what is measured and what to expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional description, shown in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole plan as it will run; secrets are never shown or saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan to a JSON file (without any password or token) to run it again or with scalescope-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the plan was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, timeout %2 ms per request</source>
        <extracomment>%1 = base URL, %2 = timeout in ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificates verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificates not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password typed (kept in memory, not in the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password entered yet (supply it at run time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP basic as %1, with %2</source>
        <extracomment>%1 = user name, %2 = where the password comes from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token (kept in memory, not in the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as %1 with %2 and %3; the token at %4 is sent as %5</source>
        <extracomment>%1 = user name, %2 = login request, %3 = where the password comes from, %4 = JSON pointer, %5 = header</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeded records at the sizes %1</source>
        <extracomment>%1 = list of sizes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Location header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created with %1, id from %2</source>
        <extracomment>%1 = seed request, %2 = where the id is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted afterwards with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The created records stay on the target (no clean-up request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted with %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sweep: {size} takes the values %1 in the endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any 2xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Endpoints (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Per endpoint and size: %1 measured + %2 warm-up requests</source>
        <extracomment>%1 = measured requests, %2 = warm-up requests</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Concurrent, %n request(s) in flight</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sequential, one request at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interleaved: endpoints take turns, %1 at a time</source>
        <extracomment>%1 = requests per turn</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped: one endpoint after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each endpoint measured for at least %1 ms at each size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>%1 = endpoint or &quot;All endpoints&quot;, %2 = metric, %3 = limit (&quot;&lt; 300 ms&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <extracomment>%1 = file name, %2 = reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ScaleScope plans (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::RunHistoryModel</name>
    <message>
        <source>%1 ms</source>
        <extracomment>a latency in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>column: history id of the run</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::RunWizard</name>
    <message>
        <source>New run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::ScaleChartView</name>
    <message>
        <source>p50 and p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response time statistic the lines show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid: p50, dashed: p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logarithmic axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered when the values span more than two decades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (p95)</source>
        <extracomment>legend of the dashed line, %1 = endpoint name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset size (records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 = endpoint, %2 = dataset size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n request(s))</source>
        <extracomment>%1 = statistic name, %2 = its value, %n = requests measured</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::ui::ScalingModel</name>
    <message>
        <source>R² %1, n %2 → %3</source>
        <extracomment>R² of the fitted curve, and the sizes it spans</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>column: complexity class such as O(n)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::SecretStore</name>
    <message>
        <source>this build of ScaleScope has no keychain support (QtKeychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is turned off (SCALESCOPE_NO_KEYCHAIN is set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain did not answer earlier in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 s</source>
        <extracomment>%1 = seconds, e.g. 3</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::SuccessBarsView</name>
    <message>
        <source>%1 %</source>
        <extracomment>%1 = a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful requests (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cell measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every measured request succeeded (%n cell(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) had failed requests; the lowest success rate is %1 at size %2: %3.</source>
        <extracomment>%n = cells with failures, %1 = endpoint, %2 = dataset size, %3 = its success rate</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at size %2: not measured yet</source>
        <extracomment>%1 = endpoint, %2 = dataset size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 at size %2: %3 succeeded (%4 of %n request(s))</source>
        <extracomment>%1 = endpoint, %2 = dataset size, %3 = success rate, %4 = successful requests, %n = all requests</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::ui::TargetPage</name>
    <message>
        <source>Verify TLS c&amp;ertificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use HTTP/&amp;2 (measured through Qt&apos;s network stack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API to measure: where it is and how every request to it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme, host and port of the API, optionally with a path prefix (https://api.example.org/v2); every request path is appended to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one request may take before it counts as a timeout error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject servers whose certificate is not trusted; turn off only for test servers with self-signed certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure with HTTP/2 through QNetworkAccessManager; it adds its own overhead (a few milliseconds) to every latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (e.g. http://proxy:3128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the requests through this proxy (http:// or socks5://, no password); measured through Qt&apos;s network stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers sent with every request (not the login&apos;s authentication header); values may use placeholders such as {env:API_KEY}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a header sent with every request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one GET request to the base URL and show what the server answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the last connection check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the base URL first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the server answers (the base URL itself need not be a page)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::ThresholdModel</name>
    <message>
        <source>%1 %</source>
        <extracomment>a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <extracomment>requests per second</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ΔBIC %1</source>
        <extracomment>the BIC evidence of a scaling ceiling</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <extracomment>a scaling ceiling, e.g. &quot;at most O(n)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1</source>
        <extracomment>an upper limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::ThresholdsModel</name>
    <message>
        <source>p50 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; %1 ms</source>
        <extracomment>a latency limit; %1 = milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; %1 %</source>
        <extracomment>an error-rate limit; %1 = percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; %1 req/s</source>
        <extracomment>a throughput minimum; %1 = requests per second</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no worse than %1</source>
        <extracomment>a scaling ceiling; %1 = complexity class such as O(n)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint this limit applies to, or all endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is measured: a latency percentile, the mean or maximum latency, the error rate, the throughput, or how latency grows with the dataset (scaling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latency must stay below this many milliseconds at every size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of failed requests must stay below this percentage at every size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The throughput must stay above this many requests per second at every size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scaling ceiling: latency may grow no worse than this class with the dataset size; it fails only when the fitted growth is worse with confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scalescope::ui::ThresholdsPage</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits the results must respect at every size; a run that breaks one is marked as failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit a cell. Latencies are in milliseconds, the error rate in percent, throughput in requests per second; &quot;scaling&quot; takes a complexity class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a threshold (p95 latency for all endpoints; change it in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the table with the usual limits: p50 &lt; 100 ms, p95 &lt; 300 ms, p99 &lt; 500 ms, errors &lt; 1 %, throughput &gt; 100 req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scaling ceiling such as &quot;List items: scaling no worse than O(n)&quot; fails only when the fitted growth is worse with confidence; data too noisy to classify passes with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thresholds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold %1</source>
        <extracomment>%1 = threshold number (1-based)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
