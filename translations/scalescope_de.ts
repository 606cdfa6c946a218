<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PlanParser</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>unknown key (did you mean %1?)</source>
        <translation>unbekannter Schlüssel (meinten Sie %1?)</translation>
    </message>
    <message>
        <source>unknown key (expected one of %1)</source>
        <translation>unbekannter Schlüssel (erwartet: einer von %1)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet: %1, erhalten: %2</translation>
    </message>
    <message>
        <source>a boolean (true or false)</source>
        <translation>ein boolescher Wert (true oder false)</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>erwartet: eine ganze Zahl, erhalten: %1</translation>
    </message>
    <message>
        <source>unknown value %1 (did you mean %2?)</source>
        <translation>unbekannter Wert %1 (meinten Sie %2?)</translation>
    </message>
    <message>
        <source>unknown value %1 (expected %2)</source>
        <translation>unbekannter Wert %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>required (write &quot;version&quot;: 1)</source>
        <translation>erforderlich (schreiben Sie &quot;version&quot;: 1)</translation>
    </message>
    <message>
        <source>required (one of %1)</source>
        <translation>erforderlich (einer von %1)</translation>
    </message>
    <message>
        <source>expected &quot;json:&lt;pointer&gt;&quot; (e.g. &quot;json:/id&quot;) or &quot;location&quot;, got %1</source>
        <translation>erwartet: &quot;json:&lt;pointer&gt;&quot; (z. B. &quot;json:/id&quot;) oder &quot;location&quot;, erhalten: %1</translation>
    </message>
    <message>
        <source>an array of status codes</source>
        <translation>ein Array von Statuscodes</translation>
    </message>
    <message>
        <source>throughput takes &quot;min&quot; (the lowest acceptable requests per second), not &quot;max&quot;</source>
        <translation>throughput verlangt &quot;min&quot; (die niedrigste akzeptable Zahl von Anfragen pro Sekunde), nicht &quot;max&quot;</translation>
    </message>
    <message>
        <source>error_rate takes &quot;max&quot; (the highest acceptable percentage), not &quot;min&quot;</source>
        <translation>error_rate verlangt &quot;max&quot; (den höchsten akzeptablen Prozentsatz), nicht &quot;min&quot;</translation>
    </message>
    <message>
        <source>scaling takes &quot;max&quot; (the worst acceptable growth, such as &quot;O(n)&quot;), not &quot;min&quot;</source>
        <translation>scaling verlangt &quot;max&quot; (das schlechteste akzeptable Wachstum, etwa &quot;O(n)&quot;), nicht &quot;min&quot;</translation>
    </message>
    <message>
        <source>%1 takes &quot;max&quot; (the highest acceptable latency in ms), not &quot;min&quot;</source>
        <translation>%1 verlangt &quot;max&quot; (die höchste akzeptable Antwortzeit in ms), nicht &quot;min&quot;</translation>
    </message>
    <message>
        <source>required for metric %1</source>
        <translation>erforderlich für die Metrik %1</translation>
    </message>
    <message>
        <source>a complexity class such as &quot;O(n)&quot;</source>
        <translation>eine Komplexitätsklasse wie &quot;O(n)&quot;</translation>
    </message>
    <message>
        <source>unknown complexity class %1 (one of %2)</source>
        <translation>unbekannte Komplexitätsklasse %1 (möglich: %2)</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>muss zwischen %1 und %2 liegen, erhalten: %3</translation>
    </message>
    <message>
        <source>%1 is not a JSON pointer (write it like &quot;/data/id&quot;)</source>
        <translation>%1 ist kein JSON-Pointer (schreiben Sie ihn wie &quot;/data/id&quot;)</translation>
    </message>
    <message>
        <source>this plan was written by a newer ScaleScope (format version %1); this version reads version %2</source>
        <translation>dieser Plan wurde von einer neueren ScaleScope-Version geschrieben (Formatversion %1); diese Version liest Version %2</translation>
    </message>
    <message>
        <source>unsupported format version %1 (expected %2)</source>
        <translation>nicht unterstützte Formatversion %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>{i} is only defined inside a &quot;$repeat&quot; item</source>
        <translation>{i} ist nur innerhalb eines &quot;$repeat&quot;-Elements definiert</translation>
    </message>
    <message>
        <source>{%1} is only available in the login request (auth.login)</source>
        <translation>{%1} ist nur in der Anmeldeanfrage (auth.login) verfügbar</translation>
    </message>
    <message>
        <source>{token} is only available in auth.login.header_template</source>
        <translation>{token} ist nur in auth.login.header_template verfügbar</translation>
    </message>
    <message>
        <source>{id} cannot be used in target.headers (they are sent with every request)</source>
        <translation>{id} kann nicht in target.headers verwendet werden (sie werden mit jeder Anfrage gesendet)</translation>
    </message>
    <message>
        <source>{id} cannot be used in the login request</source>
        <translation>{id} kann nicht in der Anmeldeanfrage verwendet werden</translation>
    </message>
    <message>
        <source>{id} needs seeded records (dataset.mode &quot;seed&quot;); a sweep creates none</source>
        <translation>{id} benötigt angelegte Datensätze (dataset.mode &quot;seed&quot;); ein Parameterdurchlauf legt keine an</translation>
    </message>
    <message>
        <source>%1 is not a valid header name</source>
        <translation>%1 ist kein gültiger Header-Name</translation>
    </message>
    <message>
        <source>header given twice</source>
        <translation>Header doppelt angegeben</translation>
    </message>
    <message>
        <source>a header value must not contain line breaks</source>
        <translation>ein Header-Wert darf keine Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>a credential must not be stored in a plan file; use &quot;auth&quot;, or a reference such as {env:API_TOKEN}</source>
        <translation>Zugangsdaten dürfen nicht in einer Plandatei gespeichert werden; verwenden Sie &quot;auth&quot; oder einen Verweis wie {env:API_TOKEN}</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>unknown HTTP method %1 (expected one of %2)</source>
        <translation>unbekannte HTTP-Methode %1 (erwartet: eine von %2)</translation>
    </message>
    <message>
        <source>required (e.g. &quot;/api/items/&quot;)</source>
        <translation>erforderlich (z. B. &quot;/api/items/&quot;)</translation>
    </message>
    <message>
        <source>must start with &quot;/&quot; (it is relative to target.base_url), got %1</source>
        <translation>muss mit &quot;/&quot; beginnen (der Pfad ist relativ zu target.base_url), erhalten: %1</translation>
    </message>
    <message>
        <source>must not contain spaces or control characters (percent-encode them, e.g. %20)</source>
        <translation>darf keine Leer- oder Steuerzeichen enthalten (verwenden Sie Prozentkodierung, z. B. %20)</translation>
    </message>
    <message>
        <source>must not contain a fragment (&apos;#&apos;)</source>
        <translation>darf kein Fragment (&apos;#&apos;) enthalten</translation>
    </message>
    <message>
        <source>use either &quot;body&quot; or &quot;body_text&quot;, not both</source>
        <translation>verwenden Sie entweder &quot;body&quot; oder &quot;body_text&quot;, nicht beide</translation>
    </message>
    <message>
        <source>required (e.g. &quot;http://127.0.0.1:8000&quot;)</source>
        <translation>erforderlich (z. B. &quot;http://127.0.0.1:8000&quot;)</translation>
    </message>
    <message>
        <source>not a valid URL: %1</source>
        <translation>keine gültige URL: %1</translation>
    </message>
    <message>
        <source>must start with http:// or https://, got %1</source>
        <translation>muss mit http:// oder https:// beginnen, erhalten: %1</translation>
    </message>
    <message>
        <source>has no host name</source>
        <translation>enthält keinen Hostnamen</translation>
    </message>
    <message>
        <source>must not have a query or fragment (put queries in the endpoint paths)</source>
        <translation>darf keinen Query-Teil und kein Fragment enthalten (Query-Parameter gehören in die Pfade der Endpunkte)</translation>
    </message>
    <message>
        <source>must not contain user credentials; use &quot;auth&quot; instead</source>
        <translation>darf keine Zugangsdaten enthalten; verwenden Sie stattdessen &quot;auth&quot;</translation>
    </message>
    <message>
        <source>expected a proxy URL such as &quot;http://proxy:3128&quot; or &quot;socks5://proxy:1080&quot;</source>
        <translation>erwartet: eine Proxy-URL wie &quot;http://proxy:3128&quot; oder &quot;socks5://proxy:1080&quot;</translation>
    </message>
    <message>
        <source>a proxy password must not be stored in a plan file</source>
        <translation>ein Proxy-Passwort darf nicht in einer Plandatei gespeichert werden</translation>
    </message>
    <message>
        <source>required for %1 authentication</source>
        <translation>erforderlich für die %1-Authentifizierung</translation>
    </message>
    <message>
        <source>a password must not be stored in a plan file; use a reference such as ${SCALESCOPE_PASSWORD} or supply it at run time</source>
        <translation>ein Passwort darf nicht in einer Plandatei gespeichert werden; verwenden Sie einen Verweis wie ${SCALESCOPE_PASSWORD} oder geben Sie es beim Ausführen an</translation>
    </message>
    <message>
        <source>only used with &quot;basic&quot; or &quot;login&quot; authentication, not %1</source>
        <translation>wird nur bei der Authentifizierung &quot;basic&quot; oder &quot;login&quot; verwendet, nicht bei %1</translation>
    </message>
    <message>
        <source>a token must not be stored in a plan file; use a reference such as ${API_TOKEN} or supply it at run time</source>
        <translation>ein Token darf nicht in einer Plandatei gespeichert werden; verwenden Sie einen Verweis wie ${API_TOKEN} oder geben Sie es beim Ausführen an</translation>
    </message>
    <message>
        <source>only used with &quot;bearer&quot; authentication, not %1</source>
        <translation>wird nur bei der Authentifizierung &quot;bearer&quot; verwendet, nicht bei %1</translation>
    </message>
    <message>
        <source>must contain {token}, e.g. &quot;Token {token}&quot; or &quot;Bearer {token}&quot;</source>
        <translation>muss {token} enthalten, z. B. &quot;Token {token}&quot; oder &quot;Bearer {token}&quot;</translation>
    </message>
    <message>
        <source>{%1} cannot be used in the auth header</source>
        <translation>{%1} kann nicht im Authentifizierungs-Header verwendet werden</translation>
    </message>
    <message>
        <source>at least one size is required (e.g. [10, 100, 1000])</source>
        <translation>mindestens eine Größe ist erforderlich (z. B. [10, 100, 1000])</translation>
    </message>
    <message>
        <source>must be at least 1 when dataset.mode is &quot;seed&quot;, got %1</source>
        <translation>muss mindestens 1 sein, wenn dataset.mode &quot;seed&quot; ist, erhalten: %1</translation>
    </message>
    <message>
        <source>must not be negative, got %1</source>
        <translation>darf nicht negativ sein, erhalten: %1</translation>
    </message>
    <message>
        <source>must be at most %1, got %2</source>
        <translation>darf höchstens %1 sein, erhalten: %2</translation>
    </message>
    <message>
        <source>must be greater than the previous size (%1)</source>
        <translation>muss größer als die vorige Größe (%1) sein</translation>
    </message>
    <message>
        <source>not used when dataset.mode is &quot;sweep&quot; (a sweep creates no records)</source>
        <translation>wird nicht verwendet, wenn dataset.mode &quot;sweep&quot; ist (ein Parameterdurchlauf legt keine Datensätze an)</translation>
    </message>
    <message>
        <source>required when dataset.mode is &quot;seed&quot; (the request that creates one record)</source>
        <translation>erforderlich, wenn dataset.mode &quot;seed&quot; ist (die Anfrage, die einen Datensatz anlegt)</translation>
    </message>
    <message>
        <source>%1 is not a JSON pointer (write it like &quot;json:/id&quot;)</source>
        <translation>%1 ist kein JSON-Pointer (schreiben Sie ihn wie &quot;json:/id&quot;)</translation>
    </message>
    <message>
        <source>must use {id} to name the record to delete (e.g. &quot;/api/items/{id}/&quot;)</source>
        <translation>muss {id} verwenden, um den zu löschenden Datensatz anzugeben (z. B. &quot;/api/items/{id}/&quot;)</translation>
    </message>
    <message>
        <source>at least one endpoint is required</source>
        <translation>mindestens ein Endpunkt ist erforderlich</translation>
    </message>
    <message>
        <source>required (a short unique name such as &quot;List items&quot;)</source>
        <translation>erforderlich (ein kurzer, eindeutiger Name wie &quot;List items&quot;)</translation>
    </message>
    <message>
        <source>duplicate name %1 (also used by endpoints[%2])</source>
        <translation>doppelter Name %1 (wird auch von endpoints[%2] verwendet)</translation>
    </message>
    <message>
        <source>must be an HTTP status between 100 and 599, got %1</source>
        <translation>muss ein HTTP-Status zwischen 100 und 599 sein, erhalten: %1</translation>
    </message>
    <message>
        <source>a sweep needs {size} in at least one endpoint&apos;s path, headers or body</source>
        <translation>ein Parameterdurchlauf benötigt {size} im Pfad, in den Headern oder im Body mindestens eines Endpunkts</translation>
    </message>
    <message>
        <source>no endpoint is named %1 (did you mean %2?)</source>
        <translation>kein Endpunkt heißt %1 (meinten Sie %2?)</translation>
    </message>
    <message>
        <source>no endpoint is named %1 (omit &quot;endpoint&quot; to apply it to every endpoint)</source>
        <translation>kein Endpunkt heißt %1 (lassen Sie &quot;endpoint&quot; weg, damit der Schwellenwert für jeden Endpunkt gilt)</translation>
    </message>
    <message>
        <source>must be a non-negative number, got %1</source>
        <translation>muss eine nicht negative Zahl sein, erhalten: %1</translation>
    </message>
    <message>
        <source>an error rate is a percentage: at most 100, got %1</source>
        <translation>eine Fehlerrate ist ein Prozentsatz: höchstens 100, erhalten: %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>a plan must be a JSON object, got %1</source>
        <translation>ein Plan muss ein JSON-Objekt sein, erhalten: %1</translation>
    </message>
    <message>
        <source>Cannot read plan file %1: %2</source>
        <translation>Plandatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>must be above 0 and at most %1, got %2</source>
        <translation>muss größer als 0 und höchstens %1 sein, ist aber %2</translation>
    </message>
    <message>
        <source>must be between %1 and %2 seconds, got %3</source>
        <translation>muss zwischen %1 und %2 Sekunden liegen, ist aber %3</translation>
    </message>
    <message>
        <source>must not be below think_time_s.min (%1 s)</source>
        <translation>darf nicht unter think_time_s.min (%1 s) liegen</translation>
    </message>
    <message>
        <source>only for the closed model: an arrival rate sets when requests start</source>
        <translation>nur für das geschlossene Modell: Eine Ankunftsrate legt fest, wann Anfragen starten</translation>
    </message>
    <message>
        <source>only for a load test with model &quot;open&quot; (a ramping arrival rate)</source>
        <translation>nur für einen Lasttest mit dem Modell &quot;open&quot; (eine ansteigende Ankunftsrate)</translation>
    </message>
    <message>
        <source>must not be longer than duration_s (%1 s)</source>
        <translation>darf nicht länger als duration_s (%1 s) sein</translation>
    </message>
    <message>
        <source>must not be below the start level (%1)</source>
        <translation>darf nicht unter der Startstufe (%1) liegen</translation>
    </message>
    <message>
        <source>a stress test needs a stop condition: error_rate_percent, p95_ms or throughput_plateau</source>
        <translation>ein Stresstest braucht eine Abbruchbedingung: error_rate_percent, p95_ms oder throughput_plateau</translation>
    </message>
    <message>
        <source>a concurrency sweep varies users: it needs model &quot;closed&quot;</source>
        <translation>eine Nebenläufigkeitsreihe variiert die Zahl der Benutzer: Dafür ist das Modell &quot;closed&quot; nötig</translation>
    </message>
    <message>
        <source>at least two levels are required (e.g. [1, 2, 4, 8, 16])</source>
        <translation>mindestens zwei Laststufen sind erforderlich (z. B. [1, 2, 4, 8, 16])</translation>
    </message>
    <message>
        <source>must be greater than the previous level (%1)</source>
        <translation>muss größer als die vorige Laststufe (%1) sein</translation>
    </message>
    <message>
        <source>%1 is not an http(s) URL (write it like &quot;http://127.0.0.1:8000/metrics&quot;)</source>
        <translation>%1 ist keine http(s)-URL (schreiben Sie sie etwa als &quot;http://127.0.0.1:8000/metrics&quot;)</translation>
    </message>
    <message>
        <source>give either metrics_url or pid, not both</source>
        <translation>geben Sie entweder metrics_url oder pid an, nicht beides</translation>
    </message>
    <message>
        <source>must be a process id above 0, got %1</source>
        <translation>muss eine Prozess-ID größer als 0 sein, ist aber %1</translation>
    </message>
    <message>
        <source>not used without dataset.sizes (a load test without sizes seeds nothing)</source>
        <translation>wird ohne dataset.sizes nicht verwendet (ein Lasttest ohne Größen legt nichts an)</translation>
    </message>
    <message>
        <source>a load test needs at least one endpoint with a weight above 0</source>
        <translation>ein Lasttest braucht mindestens einen Endpunkt mit einem Gewicht größer als 0</translation>
    </message>
</context>
<context>
    <name>TemplateExpander</name>
    <message>
        <source>unbalanced &apos;{&apos; at character %1 (write {{ for a literal brace)</source>
        <translation>nicht geschlossenes &apos;{&apos; bei Zeichen %1 (schreiben Sie {{ für eine wörtliche Klammer)</translation>
    </message>
    <message>
        <source>unbalanced &apos;}&apos; at character %1 (write }} for a literal brace)</source>
        <translation>&apos;}&apos; ohne öffnende Klammer bei Zeichen %1 (schreiben Sie }} für eine wörtliche Klammer)</translation>
    </message>
    <message>
        <source>empty placeholder {} (write {{}} for literal braces)</source>
        <translation>leerer Platzhalter {} (schreiben Sie {{}} für wörtliche Klammern)</translation>
    </message>
    <message>
        <source>unknown placeholder %1 (did you mean {%2}?)</source>
        <translation>unbekannter Platzhalter %1 (meinten Sie {%2}?)</translation>
    </message>
    <message>
        <source>unknown placeholder %1</source>
        <translation>unbekannter Platzhalter %1</translation>
    </message>
    <message>
        <source>{%1} takes no arguments, got %2</source>
        <translation>{%1} nimmt keine Argumente an, erhalten: %2</translation>
    </message>
    <message>
        <source>%1: {random_int:a:b} needs two integers a and b</source>
        <translation>%1: {random_int:a:b} benötigt zwei ganze Zahlen a und b</translation>
    </message>
    <message>
        <source>%1: {random_int:a:b} needs a &lt;= b</source>
        <translation>%1: {random_int:a:b} benötigt a &lt;= b</translation>
    </message>
    <message>
        <source>%1: {lorem:K} needs a word count K between 1 and %2</source>
        <translation>%1: {lorem:K} benötigt eine Wortanzahl K zwischen 1 und %2</translation>
    </message>
    <message>
        <source>%1: {env:NAME} needs a variable name such as {env:HOME}</source>
        <translation>%1: {env:NAME} benötigt einen Variablennamen wie {env:HOME}</translation>
    </message>
    <message>
        <source>&quot;$repeat&quot; must be a non-negative integer or one numeric placeholder such as &quot;{size}&quot;</source>
        <translation>&quot;$repeat&quot; muss eine nicht negative ganze Zahl oder ein einzelner numerischer Platzhalter wie &quot;{size}&quot; sein</translation>
    </message>
    <message>
        <source>&quot;$repeat&quot; count %1 exceeds the limit of %2</source>
        <translation>die &quot;$repeat&quot;-Anzahl %1 überschreitet die Grenze von %2</translation>
    </message>
    <message>
        <source>&quot;$repeat&quot; count %1 can exceed the limit of %2</source>
        <translation>die &quot;$repeat&quot;-Anzahl %1 kann die Grenze von %2 überschreiten</translation>
    </message>
    <message>
        <source>{i} is only defined inside a &quot;$repeat&quot; item</source>
        <translation>{i} ist nur innerhalb eines &quot;$repeat&quot;-Elements definiert</translation>
    </message>
    <message>
        <source>unexpected key &quot;%1&quot; next to &quot;$repeat&quot; (only &quot;item&quot; is allowed)</source>
        <translation>unerwarteter Schlüssel &quot;%1&quot; neben &quot;$repeat&quot; (nur &quot;item&quot; ist erlaubt)</translation>
    </message>
    <message>
        <source>&quot;$repeat&quot; needs an &quot;item&quot;</source>
        <translation>&quot;$repeat&quot; benötigt ein &quot;item&quot;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>How your HTTP API behaves as its data and its load grow.</source>
        <translation>Wie sich Ihre HTTP-API verhält, wenn ihre Daten und ihre Last wachsen.</translation>
    </message>
    <message>
        <source>Start the built-in demo target and open its plan, ready to run.</source>
        <translation>Das eingebaute Demo-Ziel starten und seinen Plan startbereit öffnen.</translation>
    </message>
    <message>
        <source>The language of the user interface, e.g. de or en (default: the system&apos;s).</source>
        <translation>Die Sprache der Benutzeroberfläche, z. B. de oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The history database (default: the one scalescope-cli uses).</source>
        <translation>Die Verlaufsdatenbank (Standard: die von scalescope-cli verwendete).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>A plan file to open.</source>
        <translation>Eine zu öffnende Plandatei.</translation>
    </message>
    <message>
        <source>The colours: system, light or dark (default: the Theme setting).</source>
        <translation>Die Farben: system, light oder dark (Standard: die Einstellung unter „Farbschema“).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start the built-in demo target and open its load-test plan, ready to run.</source>
        <translation>Das eingebaute Demo-Ziel starten und seinen Lasttestplan startbereit öffnen.</translation>
    </message>
</context>
<context>
    <name>scalescope::Batch</name>
    <message>
        <source>HTTP %1 from %2 %3: %4</source>
        <extracomment>%1 = status code, %2 = method, %3 = path, %4 = start of the response body</extracomment>
        <translation>HTTP %1 von %2 %3: %4</translation>
    </message>
</context>
<context>
    <name>scalescope::FailureKind</name>
    <message>
        <source>No failure</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Name resolution failed</source>
        <translation>Namensauflösung fehlgeschlagen</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Invalid HTTP response</source>
        <translation>Ungültige HTTP-Antwort</translation>
    </message>
    <message>
        <source>HTTP 4xx</source>
        <translation>HTTP 4xx</translation>
    </message>
    <message>
        <source>HTTP 5xx</source>
        <translation>HTTP 5xx</translation>
    </message>
    <message>
        <source>Unexpected status</source>
        <translation>Unerwarteter Status</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Other error</source>
        <translation>Anderer Fehler</translation>
    </message>
</context>
<context>
    <name>scalescope::LeanTransport</name>
    <message>
        <source>Invalid URL %1: a host name and a port are required</source>
        <translation>Ungültige URL %1: Hostname und Port sind erforderlich</translation>
    </message>
    <message>
        <source>Invalid HTTP method &quot;%1&quot; for %2</source>
        <translation>Ungültige HTTP-Methode „%1“ für %2</translation>
    </message>
    <message>
        <source>Invalid header &quot;%1&quot; in a request to %2: names must not be empty, and neither names nor values may contain line breaks</source>
        <translation>Ungültiger Header „%1“ in einer Anfrage an %2: Namen dürfen nicht leer sein, und weder Namen noch Werte dürfen Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>Cannot send a request to %1: only valid http:// and https:// URLs are supported</source>
        <translation>Anfrage an %1 kann nicht gesendet werden: Nur gültige http://- und https://-URLs werden unterstützt</translation>
    </message>
    <message>
        <source>no address found</source>
        <translation>keine Adresse gefunden</translation>
    </message>
    <message>
        <source>Cannot resolve host name %1: %2</source>
        <translation>Hostname %1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>cannot create a TLS context: %1</source>
        <translation>TLS-Kontext kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot load the system certificate store: %1</source>
        <translation>Zertifikatsspeicher des Systems kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>handshake failed (SSL error %1)</source>
        <translation>Handshake fehlgeschlagen (SSL-Fehler %1)</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot send a request to %1 over TLS: %2</source>
        <translation>Anfrage an %1 kann nicht über TLS gesendet werden: %2</translation>
    </message>
    <message>
        <source>TLS error on the connection to %1: %2</source>
        <translation>TLS-Fehler auf der Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Invalid HTTP response from %1: %2</source>
        <translation>Ungültige HTTP-Antwort von %1: %2</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Connection to %1 lost: %2</source>
        <translation>Verbindung zu %1 verloren: %2</translation>
    </message>
    <message>
        <source>Connection to %1 closed by the server before the response was complete</source>
        <translation>Verbindung zu %1 wurde vom Server geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>No response from %1 within %2 ms</source>
        <translation>Keine Antwort von %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>Request to %1 cancelled</source>
        <translation>Anfrage an %1 abgebrochen</translation>
    </message>
</context>
<context>
    <name>scalescope::Load</name>
    <message>
        <source>Load test</source>
        <translation>Lasttest</translation>
    </message>
    <message>
        <source>Stress test</source>
        <translation>Stresstest</translation>
    </message>
    <message>
        <source>Endurance test</source>
        <translation>Dauertest</translation>
    </message>
    <message>
        <source>Concurrency sweep</source>
        <translation>Nebenläufigkeitsreihe</translation>
    </message>
    <message>
        <source>closed model (virtual users)</source>
        <translation>geschlossenes Modell (virtuelle Benutzer)</translation>
    </message>
    <message>
        <source>open model (arrival rate)</source>
        <translation>offenes Modell (Ankunftsrate)</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
</context>
<context>
    <name>scalescope::LoadRunner</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <source>error rate %1 % &gt; %2 % at %3</source>
        <translation>Fehlerrate %1 % &gt; %2 % bei %3</translation>
    </message>
    <message>
        <source>p95 %1 ms &gt; %2 ms at %3</source>
        <translation>p95 %1 ms &gt; %2 ms bei %3</translation>
    </message>
    <message>
        <source>throughput no longer rises: %1 requests/s at %2 after %3 requests/s at %4 (%5 % for %6 % more load)</source>
        <translation>Durchsatz steigt nicht mehr: %1 Anfragen/s bei %2 nach %3 Anfragen/s bei %4 (%5 % bei %6 % mehr Last)</translation>
    </message>
    <message>
        <source>%1 connections need %2 open files, but this process may open only %3 (ulimit -n): some connections will fail</source>
        <translation>%1 Verbindungen benötigen %2 offene Dateien, aber dieser Prozess darf nur %3 öffnen (ulimit -n): Einige Verbindungen werden fehlschlagen</translation>
    </message>
    <message>
        <source>The load generator is saturated (CPU %1 % of %2 %, %3 requests late): its numbers are suspect while it lasts</source>
        <translation>Der Lastgenerator ist gesättigt (CPU %1 % von %2 %, %3 Anfragen verspätet): Seine Messwerte sind fragwürdig, solange das anhält</translation>
    </message>
    <message>
        <source>%1 at %2: %3 requests/s, p95 %4 ms, p99 %5 ms, %6 % errors</source>
        <translation>%1 bei %2: %3 Anfragen/s, p95 %4 ms, p99 %5 ms, %6 % Fehler</translation>
    </message>
    <message>
        <source>%1, %2: %3 worker thread(s), up to %4 connection(s)</source>
        <translation>%1, %2: %3 Worker-Thread(s), bis zu %4 Verbindung(en)</translation>
    </message>
    <message>
        <source>Breaking point: %1</source>
        <translation>Bruchpunkt: %1</translation>
    </message>
    <message>
        <source>reached the maximum of %1 without meeting a stop condition</source>
        <translation>Maximum von %1 erreicht, ohne dass eine Abbruchbedingung eintrat</translation>
    </message>
    <message>
        <source>Stress ramp ended: %1</source>
        <translation>Stressrampe beendet: %1</translation>
    </message>
</context>
<context>
    <name>scalescope::QnamTransport</name>
    <message>
        <source>Invalid proxy &quot;%1&quot;: expected http://host:port or socks5://host:port</source>
        <translation>Ungültiger Proxy „%1“: erwartet wird http://host:port oder socks5://host:port</translation>
    </message>
    <message>
        <source>Cannot send a request to %1: only valid http:// and https:// URLs are supported</source>
        <translation>Anfrage an %1 kann nicht gesendet werden: Nur gültige http://- und https://-URLs werden unterstützt</translation>
    </message>
    <message>
        <source>No response from %1 within %2 ms</source>
        <translation>Keine Antwort von %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>Request to %1 cancelled</source>
        <translation>Anfrage an %1 abgebrochen</translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation>Anfrage an %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>scalescope::RunController</name>
    <message>
        <source>Run started against %1 (measuring with %2)</source>
        <translation>Lauf gegen %1 gestartet (gemessen mit %2)</translation>
    </message>
    <message>
        <source>HTTP/2 or a proxy is requested: latencies are measured through QNetworkAccessManager and carry its overhead (about +2.7 ms at p50 here)</source>
        <translation>HTTP/2 oder ein Proxy ist angefordert: Die Antwortzeiten werden über QNetworkAccessManager gemessen und enthalten dessen Overhead (hier etwa +2,7 ms bei p50)</translation>
    </message>
    <message>
        <source>Target holds %1 records before the run</source>
        <translation>Das Ziel enthält vor dem Lauf %1 Datensätze</translation>
    </message>
    <message>
        <source>The run was stopped before it finished</source>
        <translation>Der Lauf wurde gestoppt, bevor er fertig war</translation>
    </message>
    <message numerus="yes">
        <source>Run stopped: kept %n measured cell(s)</source>
        <translation>
            <numerusform>Lauf gestoppt: %n gemessene Zelle behalten</numerusform>
            <numerusform>Lauf gestoppt: %n gemessene Zellen behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run completed: %n cell(s) measured</source>
        <translation>
            <numerusform>Lauf abgeschlossen: %n Zelle gemessen</numerusform>
            <numerusform>Lauf abgeschlossen: %n Zellen gemessen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no value given; reference an environment variable in the plan (&quot;${SCALESCOPE_PASSWORD}&quot;) or supply it at run time (--password-env)</source>
        <extracomment>%1 = plan field (auth.password)</extracomment>
        <translation>%1: kein Wert angegeben; verweisen Sie im Plan auf eine Umgebungsvariable (&quot;${SCALESCOPE_PASSWORD}&quot;) oder geben Sie den Wert beim Ausführen an (--password-env)</translation>
    </message>
    <message>
        <source>%1: %2 is not set in the environment</source>
        <extracomment>%1 = plan field, %2 = reference such as ${SCALESCOPE_PASSWORD}</extracomment>
        <translation>%1: %2 ist in der Umgebung nicht gesetzt</translation>
    </message>
    <message>
        <source>Using HTTP basic authentication as %1</source>
        <translation>HTTP-Basic-Authentifizierung als %1 wird verwendet</translation>
    </message>
    <message>
        <source>Using a bearer token</source>
        <translation>Ein Bearer-Token wird verwendet</translation>
    </message>
    <message>
        <source>The run was stopped during login</source>
        <translation>Der Lauf wurde während der Anmeldung gestoppt</translation>
    </message>
    <message>
        <source>Cannot log in at %1: %2</source>
        <extracomment>%1 = login URL, %2 = network error</extracomment>
        <translation>Anmeldung bei %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Login failed at %1: the server answered HTTP %2: %3</source>
        <extracomment>%1 = login URL, %2 = HTTP status, %3 = start of the server&apos;s answer</extracomment>
        <translation>Anmeldung bei %1 fehlgeschlagen: Der Server antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>Login at %1 succeeded but its answer has no token at %2: %3</source>
        <extracomment>%1 = login URL, %2 = JSON pointer, %3 = start of the answer</extracomment>
        <translation>Anmeldung bei %1 erfolgreich, aber die Antwort enthält kein Token unter %2: %3</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Count request failed: %1</source>
        <translation>Zählanfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Count response has no number at %1: %2</source>
        <translation>Die Antwort auf die Zählanfrage enthält keine Zahl unter %1: %2</translation>
    </message>
    <message>
        <source>The target holds %1 records, more than the dataset size %2: measuring at %1</source>
        <translation>Das Ziel enthält %1 Datensätze, mehr als die Größe %2 des Datenbestands: Gemessen wird bei %1</translation>
    </message>
    <message>
        <source>the response has no Location header; this record cannot be cleaned up</source>
        <translation>die Antwort hat keinen Location-Header; dieser Datensatz kann nicht aufgeräumt werden</translation>
    </message>
    <message>
        <source>the response has no id at %1 (%2); this record cannot be cleaned up</source>
        <translation>die Antwort enthält keine ID unter %1 (%2); dieser Datensatz kann nicht aufgeräumt werden</translation>
    </message>
    <message>
        <source>The run was stopped while seeding</source>
        <translation>Der Lauf wurde beim Befüllen gestoppt</translation>
    </message>
    <message>
        <source>Seeding failed: %1 of %2 requests to %3 failed while growing the dataset to %4 records; first: %5</source>
        <extracomment>%1 = failed count, %2 = requested count, %3 = URL, %4 = size, %5 = first failure</extracomment>
        <translation>Befüllen fehlgeschlagen: %1 von %2 Anfragen an %3 sind beim Vergrößern des Datenbestands auf %4 Datensätze fehlgeschlagen; erster Fehler: %5</translation>
    </message>
    <message>
        <source>Seeded %1 records (dataset now %2)</source>
        <translation>%1 Datensätze angelegt (Datenbestand jetzt %2)</translation>
    </message>
    <message>
        <source>The run was stopped</source>
        <translation>Der Lauf wurde gestoppt</translation>
    </message>
    <message>
        <source>%1 at size %2: %3 of %4 requests failed</source>
        <translation>%1 bei Größe %2: %3 von %4 Anfragen fehlgeschlagen</translation>
    </message>
    <message>
        <source>The target stopped answering: %1</source>
        <translation>Das Ziel antwortet nicht mehr: %1</translation>
    </message>
    <message numerus="yes">
        <source>The plan has no cleanup request: %n record(s) created by this run stay in the target</source>
        <translation>
            <numerusform>Der Plan hat keine Aufräumanfrage: %n von diesem Lauf angelegter Datensatz bleibt im Ziel</numerusform>
            <numerusform>Der Plan hat keine Aufräumanfrage: %n von diesem Lauf angelegte Datensätze bleiben im Ziel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleanup skipped: %n record(s) created by this run stay in the target</source>
        <translation>
            <numerusform>Aufräumen übersprungen: %n von diesem Lauf angelegter Datensatz bleibt im Ziel</numerusform>
            <numerusform>Aufräumen übersprungen: %n von diesem Lauf angelegte Datensätze bleiben im Ziel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n record(s) created by this run</source>
        <translation>
            <numerusform>%n von diesem Lauf angelegter Datensatz gelöscht</numerusform>
            <numerusform>%n von diesem Lauf angelegte Datensätze gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) created by this run were already gone</source>
        <translation>
            <numerusform>%n von diesem Lauf angelegter Datensatz existierte bereits nicht mehr</numerusform>
            <numerusform>%n von diesem Lauf angelegte Datensätze existierten bereits nicht mehr</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete %1 record(s) (ids %2); first error: %3</source>
        <translation>Nicht gelöschte Datensätze: %1 (IDs %2); erster Fehler: %3</translation>
    </message>
    <message>
        <source>The target held %1 records before the run and holds %2 now</source>
        <translation>Das Ziel enthielt vor dem Lauf %1 Datensätze und enthält jetzt %2</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(leerer Body)</translation>
    </message>
    <message numerus="yes">
        <source>The target answered none of the load test&apos;s %n request(s): %1</source>
        <translation>
            <numerusform>Das Ziel hat die %n Anfrage des Lasttests nicht beantwortet: %1</numerusform>
            <numerusform>Das Ziel hat keine der %n Anfragen des Lasttests beantwortet: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::RunPhase</name>
    <message>
        <source>Starting</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Seeding</source>
        <translation>Befüllen</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Cleaning up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>scalescope::TargetMemoryMonitor</name>
    <message>
        <source>process %1 does not exist (any more)</source>
        <extracomment>%1 = process id</extracomment>
        <translation>Prozess %1 existiert nicht (mehr)</translation>
    </message>
    <message>
        <source>Metrics URL %1 did not answer within %2 s</source>
        <extracomment>%1 = URL, %2 = seconds</extracomment>
        <translation>Metrik-URL %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>Metrics URL %1 answered more than %2 MB</source>
        <extracomment>%1 = URL, %2 = megabytes</extracomment>
        <translation>Metrik-URL %1 hat mit mehr als %2 MB geantwortet</translation>
    </message>
    <message>
        <source>Metrics URL %1 answered %2</source>
        <extracomment>%1 = URL, %2 = HTTP status code and reason, e.g. &quot;404 Not Found&quot;</extracomment>
        <translation>Metrik-URL %1 hat mit %2 geantwortet</translation>
    </message>
    <message>
        <source>Metrics URL %1 cannot be read: %2</source>
        <extracomment>%1 = URL, %2 = the network error</extracomment>
        <translation>Metrik-URL %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Metrics URL %1 has no process_resident_memory_bytes</source>
        <extracomment>%1 = URL; process_resident_memory_bytes is the name of a Prometheus metric, not to be translated</extracomment>
        <translation>Metrik-URL %1 liefert kein process_resident_memory_bytes</translation>
    </message>
    <message>
        <source>Metrics URL %1 is not an http or https URL</source>
        <extracomment>%1 = what was given as the metrics URL</extracomment>
        <translation>Metrik-URL %1 ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>pid %1</source>
        <extracomment>%1 = process id</extracomment>
        <translation>PID %1</translation>
    </message>
</context>
<context>
    <name>scalescope::analysis::Comparison</name>
    <message>
        <source>seeded</source>
        <translation>Befüllung</translation>
    </message>
    <message>
        <source>sweep</source>
        <translation>Parameterdurchlauf</translation>
    </message>
    <message>
        <source>the runs measured different targets: %1 (base) and %2 (candidate)</source>
        <extracomment>%1, %2 = base URLs of the two runs</extracomment>
        <translation>die Läufe haben unterschiedliche Ziele gemessen: %1 (Referenz) und %2 (Vergleich)</translation>
    </message>
    <message>
        <source>the target&apos;s port differs (%1 in the base run, %2 in the candidate); compared as the same target</source>
        <translation>der Port des Ziels unterscheidet sich (%1 im Referenzlauf, %2 im Vergleichslauf); als dasselbe Ziel verglichen</translation>
    </message>
    <message>
        <source>different iterations per cell: %1 in the base run, %2 in the candidate</source>
        <translation>unterschiedliche Iterationen pro Zelle: %1 im Referenzlauf, %2 im Vergleichslauf</translation>
    </message>
    <message>
        <source>different warm-up requests per cell: %1 in the base run, %2 in the candidate</source>
        <translation>unterschiedliche Aufwärmanfragen pro Zelle: %1 im Referenzlauf, %2 im Vergleichslauf</translation>
    </message>
    <message>
        <source>concurrent (%1 workers)</source>
        <translation>parallel (%1 Worker)</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>sequenziell</translation>
    </message>
    <message>
        <source>different concurrency: %1 in the base run, %2 in the candidate</source>
        <translation>unterschiedliche Parallelität: %1 im Referenzlauf, %2 im Vergleichslauf</translation>
    </message>
    <message>
        <source>different transports: %1 in the base run, %2 in the candidate</source>
        <translation>unterschiedliche Transporte: %1 im Referenzlauf, %2 im Vergleichslauf</translation>
    </message>
    <message>
        <source>the %1 run did not complete (%2): only its measured cells are compared</source>
        <extracomment>%1 = &quot;base&quot; or &quot;candidate&quot; (already translated), %2 = run status name</extracomment>
        <translation>der %1 wurde nicht abgeschlossen (%2): Nur seine gemessenen Zellen werden verglichen</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Referenzlauf</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>Vergleichslauf</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <extracomment>%1 = endpoint name, %2 = dataset size</extracomment>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>%1; %2 beyond the run-wide %3</source>
        <extracomment>%1 = raw change, %2 = change beyond the drift, %3 = run-wide drift; e.g. &quot;+416 %; +127 % beyond the run-wide +127 %&quot;</extracomment>
        <translation>%1; %2 über die Drift des ganzen Laufs (%3) hinaus</translation>
    </message>
    <message>
        <source>%1 → %2 ms (%3)</source>
        <translation>%1 → %2 ms (%3)</translation>
    </message>
    <message>
        <source>either run</source>
        <translation>in beiden Läufen</translation>
    </message>
    <message>
        <source>the base run</source>
        <translation>im Referenzlauf</translation>
    </message>
    <message>
        <source>the candidate run</source>
        <translation>im Vergleichslauf</translation>
    </message>
    <message>
        <source>%1: %2, not tested: no raw samples in %3</source>
        <extracomment>%1 = &quot;endpoint @ size&quot;, %2 = medians, %3 = which run lacks samples</extracomment>
        <translation>%1: %2, nicht getestet: %3 keine Rohmesswerte</translation>
    </message>
    <message>
        <source>%1: %2, not tested: too few samples (%3 and %4; at least %5 per run needed)</source>
        <translation>%1: %2, nicht getestet: zu wenige Messwerte (%3 und %4; mindestens %5 pro Lauf nötig)</translation>
    </message>
    <message>
        <source>|δ| below the %1 minimum effect</source>
        <translation>|δ| unter der Mindesteffektstärke von %1</translation>
    </message>
    <message>
        <source>change below the run-to-run noise floor of %1</source>
        <translation>Änderung unterhalb der Rauschgrenze von %1 zwischen den Läufen</translation>
    </message>
    <message>
        <source>change below the %1 minimum</source>
        <translation>Änderung unter dem Minimum von %1</translation>
    </message>
    <message>
        <source>change below the %1 ms minimum</source>
        <translation>Änderung unter dem Minimum von %1 ms</translation>
    </message>
    <message>
        <source>the median and δ point in opposite directions</source>
        <translation>Median und δ zeigen in entgegengesetzte Richtungen</translation>
    </message>
    <message>
        <source>%1, significant</source>
        <translation>%1, signifikant</translation>
    </message>
    <message>
        <source>%1: %2, %3 (%4, %5)</source>
        <extracomment>%1 = &quot;endpoint @ size&quot;, %2 = &quot;3.9 → 12.1 ms (+210 %)&quot;, %3 = verdict, %4 = &quot;p &lt; 0.001&quot;, %5 = &quot;δ = 0.98&quot;</extracomment>
        <translation>%1: %2, %3 (%4, %5)</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>%1: slower, significant at %2 of %3 sizes (median %4)</source>
        <extracomment>%1 = endpoint, %2 of %3 sizes, %4 = range of median changes</extracomment>
        <translation>%1: langsamer, signifikant bei %2 von %3 Größen (Median %4)</translation>
    </message>
    <message>
        <source>%1: faster, significant at %2 of %3 sizes (median %4)</source>
        <translation>%1: schneller, signifikant bei %2 von %3 Größen (Median %4)</translation>
    </message>
    <message>
        <source>%1: mixed, significantly slower at %2 size(s) (median %3) and faster at %4 (median %5) of %6</source>
        <translation>%1: uneinheitlich, von %6 Größen signifikant langsamer bei %2 (Median %3) und schneller bei %4 (Median %5)</translation>
    </message>
    <message numerus="yes">
        <source>%1: no significant change at %n size(s)</source>
        <translation>
            <numerusform>%1: keine signifikante Änderung bei %n Größe</numerusform>
            <numerusform>%1: keine signifikante Änderung bei %n Größen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: too few samples to compare at any size</source>
        <translation>%1: bei keiner Größe genug Messwerte für einen Vergleich</translation>
    </message>
    <message numerus="yes">
        <source>; isolated change at %n size(s), not confirmed at the others</source>
        <translation>
            <numerusform>; vereinzelte Änderung bei %n Größe, von den anderen nicht bestätigt</numerusform>
            <numerusform>; vereinzelte Änderungen bei %n Größen, von den anderen nicht bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n size(s) not tested (too few samples)</source>
        <translation>
            <numerusform>; %n Größe nicht getestet (zu wenige Messwerte)</numerusform>
            <numerusform>; %n Größen nicht getestet (zu wenige Messwerte)</numerusform>
        </translation>
    </message>
    <message>
        <source>; success rate fell</source>
        <translation>; Erfolgsquote gesunken</translation>
    </message>
    <message>
        <source>; scaling %1 → %2</source>
        <extracomment>%1, %2 = complexity classes such as O(n) and O(n²)</extracomment>
        <translation>; Skalierung %1 → %2</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>schneller</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>langsamer</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>uneinheitlich</translation>
    </message>
    <message>
        <source>no significant change</source>
        <translation>keine signifikante Änderung</translation>
    </message>
    <message>
        <source>too few samples</source>
        <translation>zu wenige Messwerte</translation>
    </message>
    <message>
        <source>Runs cannot be compared: %1</source>
        <translation>Die Läufe können nicht verglichen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n cell(s): </source>
        <translation>
            <numerusform>%n Zelle verglichen: </numerusform>
            <numerusform>%n Zellen verglichen: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 slower, %2 faster, %3 no significant change</source>
        <translation>%1 langsamer, %2 schneller, %3 ohne signifikante Änderung</translation>
    </message>
    <message numerus="yes">
        <source>, %n with too few samples</source>
        <translation>
            <numerusform>, %n mit zu wenigen Messwerten</numerusform>
            <numerusform>, %n mit zu wenigen Messwerten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; success rate fell in %n cell(s)</source>
        <translation>
            <numerusform>; Erfolgsquote in %n Zelle gesunken</numerusform>
            <numerusform>; Erfolgsquote in %n Zellen gesunken</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 run has no measured cell (it failed: %2)</source>
        <extracomment>%1 = &quot;base&quot; or &quot;candidate&quot; (translated), %2 = the run&apos;s error message</extracomment>
        <translation>der %1 hat keine gemessene Zelle (er ist fehlgeschlagen: %2)</translation>
    </message>
    <message>
        <source>the %1 run has no measured cell</source>
        <translation>der %1 hat keine gemessene Zelle</translation>
    </message>
    <message>
        <source>different dataset modes: %1 in the base run, %2 in the candidate</source>
        <translation>unterschiedliche Modi des Datenbestands: %1 im Referenzlauf, %2 im Vergleichslauf</translation>
    </message>
    <message>
        <source>%1: %2 %3 in the base run but %4 %5 in the candidate; not compared</source>
        <extracomment>%1 = endpoint name, %2 %3 = method and path in the base run, %4 %5 = in the candidate</extracomment>
        <translation>%1: %2 %3 im Referenzlauf, aber %4 %5 im Vergleichslauf; nicht verglichen</translation>
    </message>
    <message>
        <source>no endpoint in common (the base run measured %1; the candidate %2)</source>
        <extracomment>%1, %2 = comma-separated endpoint names</extracomment>
        <translation>kein gemeinsamer Endpunkt (der Referenzlauf hat %1 gemessen, der Vergleichslauf %2)</translation>
    </message>
    <message>
        <source>no endpoint in common with the same method and path</source>
        <translation>kein gemeinsamer Endpunkt mit gleicher Methode und gleichem Pfad</translation>
    </message>
    <message>
        <source>no dataset size in common (the base run measured %1; the candidate %2)</source>
        <translation>keine gemeinsame Größe des Datenbestands (der Referenzlauf hat %1 gemessen, der Vergleichslauf %2)</translation>
    </message>
    <message>
        <source>at size %1 the target held %2 records in the base run but %3 in the candidate</source>
        <translation>bei Größe %1 enthielt das Ziel im Referenzlauf %2 Datensätze, im Vergleichslauf aber %3</translation>
    </message>
    <message>
        <source>the cells&apos; medians differ by about ±%1 between the runs beyond any common drift, so changes below %2 cannot be told from noise: the machine was probably busy; re-run both runs on a quieter machine or with more iterations</source>
        <extracomment>%1 = typical run-to-run change of one cell, %2 = smallest detectable change (both e.g. &quot;85 %&quot;)</extracomment>
        <translation>die Mediane der Zellen unterscheiden sich zwischen den Läufen über jede gemeinsame Drift hinaus um etwa ±%1, daher sind Änderungen unter %2 nicht von Rauschen zu unterscheiden: Der Rechner war vermutlich ausgelastet; wiederholen Sie beide Läufe auf einem ruhigeren Rechner oder mit mehr Iterationen</translation>
    </message>
    <message numerus="yes">
        <source>the candidate run is %1 %2 across the board (median of %n cell(s)): either the machine&apos;s load changed between the runs or a change affects every endpoint; the verdicts below are relative to this drift</source>
        <extracomment>%1 = e.g. &quot;85 %&quot;, %2 = &quot;slower&quot; or &quot;faster&quot;, %n = cells</extracomment>
        <translation>
            <numerusform>der Vergleichslauf ist durchweg %1 %2 (Median von %n Zelle): Entweder hat sich die Last des Rechners zwischen den Läufen geändert, oder eine Änderung betrifft jeden Endpunkt; die folgenden Bewertungen beziehen sich auf diese Drift</numerusform>
            <numerusform>der Vergleichslauf ist durchweg %1 %2 (Median von %n Zellen): Entweder hat sich die Last des Rechners zwischen den Läufen geändert, oder eine Änderung betrifft jeden Endpunkt; die folgenden Bewertungen beziehen sich auf diese Drift</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: success rate fell from %2 % to %3 % (%4)</source>
        <extracomment>%1 = &quot;endpoint @ size&quot;, %2 → %3 = success rates in percent, %4 = &quot;p = 0.003&quot;</extracomment>
        <translation>%1: Erfolgsquote von %2 % auf %3 % gesunken (%4)</translation>
    </message>
    <message>
        <source>; isolated: not confirmed at the endpoint&apos;s other sizes</source>
        <extracomment>appended to a cell&apos;s message</extracomment>
        <translation>; vereinzelt: bei den anderen Größen des Endpunkts nicht bestätigt</translation>
    </message>
    <message>
        <source>the base run is a load test, the candidate a scale sweep</source>
        <translation>der Referenzlauf ist ein Lasttest, der Vergleichslauf eine Skalierungsreihe</translation>
    </message>
    <message>
        <source>the base run is a scale sweep, the candidate a load test</source>
        <translation>der Referenzlauf ist eine Skalierungsreihe, der Vergleichslauf ein Lasttest</translation>
    </message>
    <message>
        <source>different load models: %1 in the base run, %2 in the candidate — their levels are in different units (the reports show the stages side by side)</source>
        <extracomment>%1, %2 = &quot;open model (arrival rate)&quot;, &quot;closed model (virtual users)&quot;</extracomment>
        <translation>unterschiedliche Lastmodelle: %1 im Referenzlauf, %2 im Vergleichslauf — ihre Laststufen haben verschiedene Einheiten (die Berichte zeigen die Phasen nebeneinander)</translation>
    </message>
    <message>
        <source>no load level in common (the base run ran at %1; the candidate at %2 %3)</source>
        <translation>keine gemeinsame Laststufe (der Referenzlauf lief bei %1; der Vergleichslauf bei %2 %3)</translation>
    </message>
</context>
<context>
    <name>scalescope::analysis::Complexity</name>
    <message>
        <source>flat (±%1 ms)</source>
        <extracomment>%1 = residual scatter in ms</extracomment>
        <translation>flach (±%1 ms)</translation>
    </message>
    <message>
        <source>%1 ms per %2 records</source>
        <extracomment>%1 = signed ms, %2 = a round number of records</extracomment>
        <translation>%1 ms pro %2 Datensätze</translation>
    </message>
    <message>
        <source>%1 ms when n doubles</source>
        <extracomment>%1 = signed ms</extracomment>
        <translation>%1 ms bei Verdopplung von n</translation>
    </message>
    <message>
        <source>%1 ms when n doubles (%2 → %3)</source>
        <extracomment>%1 = signed ms, %2 and %3 = sizes</extracomment>
        <translation>%1 ms bei Verdopplung von n (%2 → %3)</translation>
    </message>
    <message>
        <source>inconclusive: %1</source>
        <extracomment>%1 = the reason</extracomment>
        <translation>nicht eindeutig: %1</translation>
    </message>
    <message>
        <source>point %1: size n must be a positive number, got %2</source>
        <extracomment>%1 = point index (1-based), %2 = the value</extracomment>
        <translation>Punkt %1: Größe n muss eine positive Zahl sein, erhalten: %2</translation>
    </message>
    <message>
        <source>point %1: latency ms must be a positive number, got %2</source>
        <extracomment>%1 = point index (1-based), %2 = the value</extracomment>
        <translation>Punkt %1: Antwortzeit ms muss eine positive Zahl sein, erhalten: %2</translation>
    </message>
    <message>
        <source>needs at least 3 distinct dataset sizes, got %1</source>
        <extracomment>%1 = number of distinct sizes</extracomment>
        <translation>benötigt mindestens 3 verschiedene Größen des Datenbestands, erhalten: %1</translation>
    </message>
    <message>
        <source>sizes span %1 to %2 (a factor of %3), less than the factor of %4 needed to tell the classes apart</source>
        <extracomment>%1, %2 = sizes, %3 = their ratio, %4 = the minimum ratio</extracomment>
        <translation>die Größen reichen von %1 bis %2 (Faktor %3), weniger als der Faktor %4, der nötig ist, um die Klassen zu unterscheiden</translation>
    </message>
    <message>
        <source>samplesMsPerSize has %1 lists but there are %2 points (give one list per point, or none)</source>
        <extracomment>%1, %2 = counts</extracomment>
        <translation>samplesMsPerSize hat %1 Listen, es gibt aber %2 Punkte (geben Sie eine Liste pro Punkt an oder keine)</translation>
    </message>
    <message>
        <source>latency varies with size without a consistent trend (medians scatter ±%1 ms, noise ±%2 ms)</source>
        <extracomment>%1 = spread in ms, %2 = noise in ms</extracomment>
        <translation>die Antwortzeit schwankt mit der Größe ohne einheitlichen Trend (Mediane streuen um ±%1 ms, Rauschen ±%2 ms)</translation>
    </message>
    <message>
        <source>latency falls as data grows (%1 ms from n = %2 to %3, noise ±%4 ms)</source>
        <extracomment>%1 = signed ms change, %2, %3 = sizes, %4 = noise in ms</extracomment>
        <translation>die Antwortzeit sinkt mit wachsenden Daten (%1 ms von n = %2 bis %3, Rauschen ±%4 ms)</translation>
    </message>
    <message>
        <source>the growth rests on the largest size (%1) alone: without it latency is flat — a jump, not a trend (%2 with it); measure a larger size to tell</source>
        <extracomment>%1 = a dataset size, %2 = the class the data would have with it</extracomment>
        <translation>das Wachstum beruht allein auf der größten Größe (%1): Ohne sie ist die Antwortzeit flach – ein Sprung, kein Trend (%2 mit ihr); messen Sie eine größere Größe, um es zu klären</translation>
    </message>
</context>
<context>
    <name>scalescope::analysis::Findings</name>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>Größe %1</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Datensätzen</translation>
    </message>
    <message>
        <source>size %1 → %2</source>
        <extracomment>%1 → %2 = smallest and largest size</extracomment>
        <translation>Größe %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 records</source>
        <translation>%1 → %2 Datensätze</translation>
    </message>
    <message>
        <source>Paginate it (a page size bounds the work per request) and make sure the columns it filters and sorts on are indexed.</source>
        <translation>Paginieren Sie den Endpunkt (eine Seitengröße begrenzt die Arbeit pro Anfrage) und sorgen Sie dafür, dass die Spalten, nach denen er filtert und sortiert, indiziert sind.</translation>
    </message>
    <message>
        <source>Add an index on the lookup column: fetching one record should not take longer as the table grows.</source>
        <translation>Legen Sie einen Index auf die Suchspalte an: Das Abrufen eines Datensatzes sollte nicht länger dauern, wenn die Tabelle wächst.</translation>
    </message>
    <message>
        <source>Check what a write does per existing record: a uniqueness check or foreign key without an index, a trigger, or an aggregate recomputed over the whole table.</source>
        <translation>Prüfen Sie, was ein Schreibvorgang pro vorhandenem Datensatz tut: eine Eindeutigkeitsprüfung oder ein Fremdschlüssel ohne Index, ein Trigger oder ein Aggregat, das über die ganze Tabelle neu berechnet wird.</translation>
    </message>
    <message>
        <source>Look for sorting or grouping of the whole table per request: let an index deliver the order, and paginate.</source>
        <translation>Suchen Sie nach Sortieren oder Gruppieren der ganzen Tabelle pro Anfrage: Lassen Sie einen Index die Reihenfolge liefern, und paginieren Sie.</translation>
    </message>
    <message>
        <source>Look for a nested loop over the records or an N+1 query pattern (one query per record): fetch related rows in one query, and paginate.</source>
        <translation>Suchen Sie nach einer verschachtelten Schleife über die Datensätze oder einem N+1-Abfragemuster (eine Abfrage pro Datensatz): Holen Sie zugehörige Zeilen mit einer Abfrage, und paginieren Sie.</translation>
    </message>
    <message>
        <source>Measure at least 4 sizes spanning a factor of 10 or more, with enough iterations per size (30 or more) for stable medians.</source>
        <translation>Messen Sie mindestens 4 Größen, die einen Faktor von 10 oder mehr überspannen, mit genug Iterationen pro Größe (30 oder mehr) für stabile Mediane.</translation>
    </message>
    <message>
        <source>%1: how it grows with the data is inconclusive: %2</source>
        <extracomment>%1 = endpoint, %2 = why</extracomment>
        <translation>%1: Das Wachstum mit den Daten ist nicht eindeutig: %2</translation>
    </message>
    <message>
        <source>%1 does not grow with the data: %2 ms ±%3 ms (%4, %5)</source>
        <extracomment>%1 = endpoint, %2 = level in ms, %3 = scatter in ms, %4 = statistic (&quot;median&quot;), %5 = size range</extracomment>
        <translation>%1 wächst nicht mit den Daten: %2 ms ±%3 ms (%4, %5)</translation>
    </message>
    <message>
        <source>%1 grows logarithmically: %2 (%3, R² %4, %5)</source>
        <extracomment>%1 = endpoint, %2 = &quot;+0.4 ms when n doubles&quot;, %3 = statistic, %4 = R², %5 = size range</extracomment>
        <translation>%1 wächst logarithmisch: %2 (%3, R² %4, %5)</translation>
    </message>
    <message>
        <source>%1 seems to grow linearly, but the evidence against a flat curve is weak (BIC difference %6, %7 needed): %2 (%3, R² %4, %5)</source>
        <extracomment>%1 = endpoint, %2 = &quot;+0.9 ms per 100 records&quot;, %3 = statistic, %4 = R², %5 = size range, %6 = BIC difference, %7 = the difference that counts as strong</extracomment>
        <translation>%1 scheint linear zu wachsen, aber die Evidenz gegen eine flache Kurve ist schwach (BIC-Differenz %6, nötig sind %7): %2 (%3, R² %4, %5)</translation>
    </message>
    <message>
        <source>Measure again with more iterations per size to confirm it.</source>
        <translation>Messen Sie erneut mit mehr Iterationen pro Größe, um das zu bestätigen.</translation>
    </message>
    <message>
        <source>%1 grows linearly: %2 (%3, R² %4, %5)</source>
        <extracomment>%1 = endpoint, %2 = &quot;+0.9 ms per 100 records&quot;, %3 = statistic, %4 = R², %5 = size range</extracomment>
        <translation>%1 wächst linear: %2 (%3, R² %4, %5)</translation>
    </message>
    <message>
        <source>%1 grows linearly, but little over the measured range: %2 (%3, R² %4, %5)</source>
        <extracomment>%1 = endpoint, %2 = &quot;+0.01 ms per 100 records&quot;, %3 = statistic, %4 = R², %5 = size range</extracomment>
        <translation>%1 wächst linear, aber im gemessenen Bereich nur wenig: %2 (%3, R² %4, %5)</translation>
    </message>
    <message>
        <source>%1 grows faster than the data, as %2: %3 (%4, R² %5, %6)</source>
        <extracomment>%1 = endpoint, %2 = &quot;O(n²)&quot;, %3 = &quot;+12 ms when n doubles (250 → 500)&quot;, %4 = statistic, %5 = R², %6 = size range</extracomment>
        <translation>%1 wächst schneller als die Daten, wie %2: %3 (%4, R² %5, %6)</translation>
    </message>
    <message>
        <source>%1 jumps %2× between size %3 and %4: %5 → %6 ms (%7), where the trend of the smaller sizes expected %8×</source>
        <extracomment>%1 = endpoint, %2 = observed factor, %3 → %4 = sizes (&quot;200 and 500 records&quot;), %5, %6 = ms, %7 = statistic, %8 = factor the trend expected</extracomment>
        <translation>%1 springt zwischen Größe %3 und %4 um den Faktor %2: %5 → %6 ms (%7), während der Trend der kleineren Größen den Faktor %8 erwarten ließ</translation>
    </message>
    <message>
        <source>%1 jumps %2× between %3 and %4 records: %5 → %6 ms (%7), where the trend of the smaller sizes expected %8×</source>
        <translation>%1 springt zwischen %3 und %4 Datensätzen um den Faktor %2: %5 → %6 ms (%7), während der Trend der kleineren Größen den Faktor %8 erwarten ließ</translation>
    </message>
    <message>
        <source>Something changes between %1 and %2: a cache or buffer that stops fitting, a query plan that switches from an index to a scan, or timeouts and retries. Measure sizes in between to find the edge, and compare the database&apos;s query plans on both sides of it.</source>
        <extracomment>%1, %2 = the two sizes</extracomment>
        <translation>Zwischen %1 und %2 ändert sich etwas: ein Cache oder Puffer, der nicht mehr ausreicht, ein Abfrageplan, der von einem Index auf einen vollständigen Scan wechselt, oder Zeitüberschreitungen und Wiederholungen. Messen Sie Größen dazwischen, um die Grenze zu finden, und vergleichen Sie die Abfragepläne der Datenbank auf beiden Seiten davon.</translation>
    </message>
    <message>
        <source>%1 succeeds less often as the data grows: %2 % at %3, against %4 % at %5 (z = %6)</source>
        <extracomment>%1 = endpoint, %2 = success % at the larger size, %3 = that size, %4 = pooled success % of the smaller sizes, %5 = their range, %6 = z statistic</extracomment>
        <translation>%1 ist mit wachsenden Daten seltener erfolgreich: %2 % bei %3 gegenüber %4 % bei den kleineren Größen (%5, z = %6)</translation>
    </message>
    <message>
        <source>%1 of the %2 failures at %3 are timeouts: the work per request outgrows the time limit. Act on the growth findings for this endpoint, or raise the target&apos;s timeout if slow answers are acceptable.</source>
        <extracomment>%1 = failures of that kind, %2 = all failures, %3 = size</extracomment>
        <translation>%1 der %2 Fehler bei %3 sind Zeitüberschreitungen: Die Arbeit pro Anfrage wächst über das Zeitlimit hinaus. Gehen Sie den Wachstumsbefunden dieses Endpunkts nach, oder erhöhen Sie das Zeitlimit des Ziels, wenn langsame Antworten akzeptabel sind.</translation>
    </message>
    <message>
        <source>%1 of the %2 failures at %4 are &quot;%3&quot;. Look at the error samples and the server&apos;s log at that size: server errors at larger data often come from query timeouts, memory or payload limits.</source>
        <extracomment>%1 = failures of that kind, %2 = all failures, %3 = the kind (&quot;HTTP 5xx&quot;), %4 = size</extracomment>
        <translation>%1 der %2 Fehler bei %4 sind „%3“. Sehen Sie sich die Fehlerbeispiele und das Server-Log bei dieser Größe an: Serverfehler bei größeren Datenmengen kommen oft von Zeitüberschreitungen bei Abfragen, Speicher- oder Nutzlastgrenzen.</translation>
    </message>
    <message>
        <source>%1 is %2× slower than the other endpoints at %3: %4 ms against their median %5 ms (%6).</source>
        <extracomment>%1 = endpoint, %2 = factor, %3 = size, %4 = its ms, %5 = the others&apos; median ms, %6 = statistic</extracomment>
        <translation>%1 ist bei %3 %2-mal langsamer als die anderen Endpunkte: %4 ms gegenüber deren Median von %5 ms (%6).</translation>
    </message>
    <message numerus="yes">
        <source>The same holds at %n smaller size(s).</source>
        <extracomment>%n = number of further sizes</extracomment>
        <translation>
            <numerusform>Dasselbe gilt bei %n kleinerer Größe.</numerusform>
            <numerusform>Dasselbe gilt bei %n kleineren Größen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile this endpoint first: it dominates the response time at this size. If it is expected to do more (an export, a report), consider computing it in the background or caching it.</source>
        <translation>Profilieren Sie diesen Endpunkt zuerst: Er dominiert die Antwortzeit bei dieser Größe. Wenn er erwartungsgemäß mehr tut (ein Export, ein Bericht), sollten Sie erwägen, das Ergebnis im Hintergrund zu berechnen oder zwischenzuspeichern.</translation>
    </message>
    <message>
        <source>%1 would reach %2 at about %3 (%4× the largest measured size, growing as %5 — an extrapolation, treat it as a rough guide)</source>
        <extracomment>%1 = endpoint, %2 = &quot;p95 300 ms&quot;, %3 = &quot;41,000 records&quot;, %4 = factor beyond the largest size, %5 = growth class</extracomment>
        <translation>%1 würde %2 bei etwa %3 erreichen (das %4-Fache der größten gemessenen Größe, bei Wachstum wie %5 – eine Extrapolation, nur als grober Anhaltspunkt zu verstehen)</translation>
    </message>
    <message>
        <source>Measure at larger sizes before relying on this figure.</source>
        <translation>Messen Sie bei größeren Größen, bevor Sie sich auf diesen Wert verlassen.</translation>
    </message>
    <message>
        <source>%1 would reach %2 at about %3 (%4× the largest measured size, growing as %5)</source>
        <extracomment>%1 = endpoint, %2 = &quot;p95 300 ms&quot;, %3 = &quot;2,400 records&quot;, %4 = factor beyond the largest size, %5 = growth class</extracomment>
        <translation>%1 würde %2 bei etwa %3 erreichen (das %4-Fache der größten gemessenen Größe, bei Wachstum wie %5)</translation>
    </message>
    <message>
        <source>That is within reach: act on this endpoint&apos;s growth before the data gets there, and measure sizes closer to it to confirm.</source>
        <translation>Das ist in Reichweite: Gehen Sie das Wachstum dieses Endpunkts an, bevor die Daten dort ankommen, und messen Sie zur Bestätigung Größen, die näher daran liegen.</translation>
    </message>
    <message>
        <source>%1: the scaling ceiling is not a complexity class (use O(1), O(log n), O(n), O(n log n) or O(n²)); not checked</source>
        <extracomment>%1 = endpoint</extracomment>
        <translation>%1: Die Skalierungsobergrenze ist keine Komplexitätsklasse (verwenden Sie O(1), O(log n), O(n), O(n log n) oder O(n²)); nicht geprüft</translation>
    </message>
    <message>
        <source>%1 was not measured; the scaling ceiling %2 passes</source>
        <extracomment>%1 = endpoint, %2 = ceiling class</extracomment>
        <translation>%1 wurde nicht gemessen; die Skalierungsobergrenze %2 gilt als bestanden</translation>
    </message>
    <message>
        <source>%1: the growth cannot be classified (%2); the scaling ceiling %3 passes</source>
        <extracomment>%1 = endpoint, %2 = the reason, %3 = ceiling class</extracomment>
        <translation>%1: Das Wachstum lässt sich nicht einordnen (%2); die Skalierungsobergrenze %3 gilt als bestanden</translation>
    </message>
    <message>
        <source>%1 scales as %2, within the ceiling %3</source>
        <extracomment>%1 = endpoint, %2 = measured class, %3 = ceiling class</extracomment>
        <translation>%1 skaliert wie %2, innerhalb der Obergrenze %3</translation>
    </message>
    <message>
        <source>%1 scales as %2, worse than the ceiling %3 (strong evidence: the BIC of %3 is %4 higher)</source>
        <extracomment>%1 = endpoint, %2 = measured class, %3 = ceiling class, %4 = BIC difference</extracomment>
        <translation>%1 skaliert wie %2, schlechter als die Obergrenze %3 (starke Evidenz: Das BIC von %3 ist um %4 höher)</translation>
    </message>
    <message>
        <source>%1 looks %2, worse than the ceiling %3, but the evidence is weak (BIC difference %4, %5 needed); passes</source>
        <extracomment>%1 = endpoint, %2 = measured class, %3 = ceiling class, %4 = BIC difference, %5 = required</extracomment>
        <translation>%1 wirkt wie %2, schlechter als die Obergrenze %3, aber die Evidenz ist schwach (BIC-Differenz %4, nötig sind %5); bestanden</translation>
    </message>
</context>
<context>
    <name>scalescope::analysis::LoadAnalysis</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <extracomment>%1 = an arrival rate</extracomment>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <source>level %1 is not a number of users of at least 1</source>
        <extracomment>%1 = the level</extracomment>
        <translation>Laststufe %1 ist keine Benutzerzahl von mindestens 1</translation>
    </message>
    <message>
        <source>the throughput at %1 users is %2; the fit needs a positive throughput at every level</source>
        <extracomment>%1 = users, %2 = the throughput</extracomment>
        <translation>der Durchsatz bei %1 Benutzern beträgt %2; die Anpassung braucht bei jeder Laststufe einen positiven Durchsatz</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct level(s) measured; the Universal Scalability Law needs at least 3</source>
        <extracomment>%n = number of distinct levels</extracomment>
        <translation>
            <numerusform>%n unterschiedliche Laststufe gemessen; das Universal Scalability Law braucht mindestens 3</numerusform>
            <numerusform>%n unterschiedliche Laststufen gemessen; das Universal Scalability Law braucht mindestens 3</numerusform>
        </translation>
    </message>
    <message>
        <source>the least-squares fit did not converge</source>
        <translation>die Anpassung nach der Methode der kleinsten Quadrate ist nicht konvergiert</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s); a trend needs at least 3</source>
        <extracomment>%n = number of points</extracomment>
        <translation>
            <numerusform>%n Punkt; ein Trend braucht mindestens 3</numerusform>
            <numerusform>%n Punkte; ein Trend braucht mindestens 3</numerusform>
        </translation>
    </message>
    <message>
        <source>all points were taken at the same time</source>
        <translation>alle Punkte wurden zum selben Zeitpunkt erfasst</translation>
    </message>
    <message>
        <source>error rate %1 % &gt; %2 %</source>
        <extracomment>%1 = the step&apos;s error rate, %2 = the plan&apos;s limit (both percent)</extracomment>
        <translation>Fehlerrate %1 % &gt; %2 %</translation>
    </message>
    <message>
        <source>p95 %1 ms &gt; %2 ms</source>
        <extracomment>%1 = the step&apos;s p95, %2 = the plan&apos;s limit (both ms)</extracomment>
        <translation>p95 %1 ms &gt; %2 ms</translation>
    </message>
    <message>
        <source>throughput grew only %1 % over the previous step (%2 → %3 requests/s)</source>
        <extracomment>%1 = growth in percent, %2 → %3 = throughput of the previous step and of this one</extracomment>
        <translation>der Durchsatz stieg gegenüber der vorigen Stufe nur um %1 % (%2 → %3 Anfragen/s)</translation>
    </message>
    <message>
        <source>throughput stopped growing</source>
        <translation>der Durchsatz wächst nicht mehr</translation>
    </message>
    <message>
        <source>a stop condition was met</source>
        <translation>eine Abbruchbedingung ist eingetreten</translation>
    </message>
    <message>
        <source>%1 of the %2 failures at %4 are &quot;%3&quot;.</source>
        <extracomment>%1 = failures of that kind, %2 = all failures, %3 = the kind (&quot;Timeout&quot;), %4 = level</extracomment>
        <translation>%1 der %2 Fehler bei %4 sind &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The target answers too slowly under this load: find what saturates first (a connection or thread pool, the database, CPU) and widen it, or shed excess load early with a quick 503 instead of letting requests time out.</source>
        <translation>Das Ziel antwortet unter dieser Last zu langsam: Finden Sie heraus, was zuerst gesättigt ist (ein Verbindungs- oder Thread-Pool, die Datenbank, CPU), und erweitern Sie es, oder weisen Sie überschüssige Last früh mit einem schnellen 503 ab, statt Anfragen in Zeitüberschreitungen laufen zu lassen.</translation>
    </message>
    <message>
        <source>The target refuses or drops connections: check its connection limits (listen backlog, maximum connections of the server or proxy, file descriptors).</source>
        <translation>Das Ziel verweigert oder verwirft Verbindungen: Prüfen Sie seine Verbindungsgrenzen (Listen-Backlog, maximale Verbindungen des Servers oder Proxys, Dateideskriptoren).</translation>
    </message>
    <message>
        <source>Look at the error samples and the target&apos;s log at this level: which resource runs out first sets the capacity.</source>
        <translation>Sehen Sie sich die Fehlerbeispiele und das Log des Ziels bei dieser Laststufe an: Die Ressource, die zuerst erschöpft ist, bestimmt die Kapazität.</translation>
    </message>
    <message>
        <source>Latency, not errors, sets the limit: requests queue for something (a pool, a lock, the database, CPU). Profile the target at %1 to find it.</source>
        <translation>Die Antwortzeit, nicht die Fehler, setzt die Grenze: Anfragen warten in einer Warteschlange auf etwas (einen Pool, eine Sperre, die Datenbank, CPU). Profilieren Sie das Ziel bei %1, um es zu finden.</translation>
    </message>
    <message>
        <source>More load only queues: the target is at its capacity. Find the saturated resource (CPU, a pool, the database) before adding users; a concurrency sweep shows whether contention or coherency limits it.</source>
        <translation>Mehr Last erzeugt nur Warteschlangen: Das Ziel ist an seiner Kapazitätsgrenze. Finden Sie die gesättigte Ressource (CPU, einen Pool, die Datenbank), bevor Sie Benutzer hinzufügen; eine Nebenläufigkeitsreihe zeigt, ob Konkurrenz oder Kohärenz sie begrenzt.</translation>
    </message>
    <message>
        <source>Breaks at %1: %2 (last good step: %3, %4 requests/s, p95 %5 ms)</source>
        <extracomment>%1 = level (&quot;180 users&quot;), %2 = why (&quot;error rate 12 % &gt; 5 %&quot;), %3 = the last good level, %4 = its throughput, %5 = its p95 in ms</extracomment>
        <translation>Bricht bei %1: %2 (letzte gute Stufe: %3, %4 Anfragen/s, p95 %5 ms)</translation>
    </message>
    <message>
        <source>Breaks at %1: %2 (last good step: %3 offered, %4 requests/s completed, p95 %5 ms)</source>
        <extracomment>%1 = arrival rate (&quot;180 requests/s&quot;), %2 = why, %3 = the last good arrival rate, %4 = the throughput completed at it, %5 = its p95 in ms</extracomment>
        <translation>Bricht bei %1: %2 (letzte gute Stufe: %3 angeboten, %4 Anfragen/s abgeschlossen, p95 %5 ms)</translation>
    </message>
    <message>
        <source>Breaks at the first step, %1: %2; no step of the ramp held</source>
        <extracomment>%1 = level, %2 = why</extracomment>
        <translation>Bricht schon bei der ersten Stufe, %1: %2; keine Stufe der Rampe hielt stand</translation>
    </message>
    <message>
        <source>Slowest endpoint there: %1 (p95 %2 ms)</source>
        <translation>Langsamster Endpunkt dort: %1 (p95 %2 ms)</translation>
    </message>
    <message>
        <source>Most failing endpoint there: %1 (error rate %2 %)</source>
        <translation>Endpunkt mit den meisten Fehlern dort: %1 (Fehlerrate %2 %)</translation>
    </message>
    <message>
        <source>Start the ramp lower (now %1) to find the level the target holds.</source>
        <translation>Beginnen Sie die Rampe niedriger (derzeit %1), um die Laststufe zu finden, die das Ziel hält.</translation>
    </message>
    <message>
        <source>The stress test was cancelled at %1 before it found a breaking point</source>
        <extracomment>%1 = the last level reached</extracomment>
        <translation>Der Stresstest wurde bei %1 abgebrochen, bevor er einen Bruchpunkt fand</translation>
    </message>
    <message>
        <source>The ramp reached %1 without breaking (maximum %2): %3 requests/s, p95 %4 ms, error rate %5 % at that step</source>
        <extracomment>%1 = the last level, %2 = the plan&apos;s maximum level, %3 = throughput, %4 = p95 ms, %5 = error rate %</extracomment>
        <translation>Die Rampe erreichte %1, ohne zu brechen (Maximum %2): %3 Anfragen/s, p95 %4 ms, Fehlerrate %5 % auf dieser Stufe</translation>
    </message>
    <message>
        <source>The target holds this load. To find its limit, raise the maximum level or the step.</source>
        <translation>Das Ziel hält diese Last. Um seine Grenze zu finden, erhöhen Sie die maximale Laststufe oder die Schrittweite.</translation>
    </message>
    <message>
        <source>Back at %1 after the breaking point: p95 %2 ms, error rate %3 % (no step held before it to compare with)</source>
        <extracomment>%1 = level, %2 = p95 ms, %3 = error rate %</extracomment>
        <translation>Zurück bei %1 nach dem Bruchpunkt: p95 %2 ms, Fehlerrate %3 % (davor hielt keine Stufe stand, mit der sich vergleichen ließe)</translation>
    </message>
    <message>
        <source>The target recovered: back at %1, p95 %2 ms and error rate %3 % are within 20 % of the first step&apos;s (%4 ms, %5 %)</source>
        <extracomment>%1 = level, %2 = p95 ms, %3 = error rate %, %4 = the first step&apos;s p95 ms, %5 = its error rate %</extracomment>
        <translation>Das Ziel hat sich erholt: Zurück bei %1 liegen p95 %2 ms und Fehlerrate %3 % innerhalb von 20 % der Werte der ersten Stufe (%4 ms, %5 %)</translation>
    </message>
    <message>
        <source>The target did not recover: back at %1, no request completed</source>
        <extracomment>%1 = level</extracomment>
        <translation>Das Ziel hat sich nicht erholt: Zurück bei %1 wurde keine Anfrage abgeschlossen</translation>
    </message>
    <message>
        <source>The target did not recover: back at %1, p95 %2 ms and error rate %3 % against %4 ms and %5 % at the first step</source>
        <extracomment>%1 = level, %2 = p95 ms, %3 = error rate %, %4 = the first step&apos;s p95 ms, %5 = its error rate %</extracomment>
        <translation>Das Ziel hat sich nicht erholt: Zurück bei %1 p95 %2 ms und Fehlerrate %3 % gegenüber %4 ms und %5 % auf der ersten Stufe</translation>
    </message>
    <message>
        <source>A target that stays slow or failing after the load drops holds on to something: queued work, pools or connections that are not released, a garbage collector catching up. Run a longer recovery (now %1) to see whether it comes back, and check its pools and logs.</source>
        <extracomment>%1 = the recovery duration</extracomment>
        <translation>Ein Ziel, das nach dem Rückgang der Last langsam bleibt oder weiter Fehler liefert, hält etwas fest: wartende Arbeit, Pools oder Verbindungen, die nicht freigegeben werden, einen Garbage Collector, der aufholt. Lassen Sie eine längere Erholung laufen (derzeit %1), um zu sehen, ob es sich fängt, und prüfen Sie seine Pools und Logs.</translation>
    </message>
    <message>
        <source>The sweep&apos;s throughput cannot be fitted with the Universal Scalability Law: %1</source>
        <extracomment>%1 = the reason</extracomment>
        <translation>Der Durchsatz der Reihe lässt sich nicht mit dem Universal Scalability Law anpassen: %1</translation>
    </message>
    <message>
        <source>Sweep at least 3 levels spanning a factor of 10 or more (for example 1, 2, 4, 8, 16, 32 users), each long enough for a stable throughput.</source>
        <translation>Messen Sie in der Reihe mindestens 3 Laststufen, die einen Faktor von 10 oder mehr überspannen (zum Beispiel 1, 2, 4, 8, 16, 32 Benutzer), jede lange genug für einen stabilen Durchsatz.</translation>
    </message>
    <message>
        <source>contention σ = %1, coherency κ = %2</source>
        <extracomment>%1 = σ, %2 = κ (the Universal Scalability Law&apos;s coefficients)</extracomment>
        <translation>Konkurrenz σ = %1, Kohärenz κ = %2</translation>
    </message>
    <message>
        <source>fit R² %1</source>
        <extracomment>%1 = R² of the fit</extracomment>
        <translation>Anpassung R² %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>%1 → %2 = the smallest and largest level of the sweep</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Throughput peaks at about %1 (≈ %2 requests/s); %3 (%4)</source>
        <extracomment>%1 = users at the peak, %2 = throughput there, %3 = the coefficients, %4 = the fit&apos;s R²</extracomment>
        <translation>Der Durchsatz erreicht sein Maximum bei etwa %1 (≈ %2 Anfragen/s); %3 (%4)</translation>
    </message>
    <message>
        <source>The peak lies beyond the measured %1: an extrapolation</source>
        <translation>Das Maximum liegt außerhalb des gemessenen Bereichs %1: eine Extrapolation</translation>
    </message>
    <message>
        <source>Beyond it more users only add waiting: at %1 it served %2 requests/s</source>
        <extracomment>%1 = the largest level, %2 = its measured throughput</extracomment>
        <translation>Darüber hinaus bringen mehr Benutzer nur mehr Wartezeit: Bei %1 bediente das Ziel %2 Anfragen/s</translation>
    </message>
    <message>
        <source>Throughput still rises almost linearly: at %1 it is %2 % of linear scaling from the %3 requests/s of one user; no peak within reach of the measured %4 (%5, %6)</source>
        <extracomment>%1 = the largest level, %2 = percent of linear scaling, %3 = the throughput of one user, %4 = range, %5 = the coefficients, %6 = R²</extracomment>
        <translation>Der Durchsatz steigt noch fast linear: Bei %1 beträgt er %2 % der linearen Skalierung ausgehend von den %3 Anfragen/s eines Benutzers; kein Maximum in Reichweite des gemessenen Bereichs %4 (%5, %6)</translation>
    </message>
    <message>
        <source>Throughput is levelling off without a peak within reach: at %1 it is %2 % of linear scaling, approaching about %3 requests/s (%4, %5)</source>
        <extracomment>%1 = the largest level, %2 = percent of linear scaling, %3 = the throughput approached, %4 = the coefficients, %5 = R²</extracomment>
        <translation>Der Durchsatz flacht ab, ohne ein Maximum in Reichweite: Bei %1 beträgt er %2 % der linearen Skalierung und nähert sich etwa %3 Anfragen/s (%4, %5)</translation>
    </message>
    <message>
        <source>Coherency dominates: beyond the peak the target spends more on keeping shared state consistent than on work. Look for state every request touches (a hot row or counter, cache invalidation, a distributed lock, chatty replication); partition it, or run at most about %1 per instance.</source>
        <translation>Kohärenz dominiert: Jenseits des Maximums wendet das Ziel mehr dafür auf, gemeinsamen Zustand konsistent zu halten, als für die eigentliche Arbeit. Suchen Sie nach Zustand, den jede Anfrage berührt (eine heiße Zeile oder ein Zähler, Cache-Invalidierung, eine verteilte Sperre, gesprächige Replikation); partitionieren Sie ihn, oder betreiben Sie höchstens etwa %1 pro Instanz.</translation>
    </message>
    <message>
        <source>Contention dominates: part of every request is serialised (a lock, a single database connection, a pool that is too small, a single-threaded stage). Widening it raises the ceiling.</source>
        <translation>Konkurrenz dominiert: Ein Teil jeder Anfrage wird serialisiert (eine Sperre, eine einzige Datenbankverbindung, ein zu kleiner Pool, eine einfädige Verarbeitungsstufe). Diese Engstelle zu erweitern, hebt die Obergrenze an.</translation>
    </message>
    <message>
        <source>Sweep to higher levels to find where the throughput bends.</source>
        <translation>Messen Sie die Reihe bis zu höheren Laststufen, um zu finden, wo der Durchsatz abknickt.</translation>
    </message>
    <message>
        <source>The trend of the %1 cannot be judged: %2</source>
        <extracomment>%1 = the metric (&quot;p95&quot;), %2 = the reason</extracomment>
        <translation>Der Trend von %1 lässt sich nicht beurteilen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) are too few to judge the trend of the %1 (%2 are needed)</source>
        <extracomment>%n = number of intervals, %1 = the metric, %2 = intervals needed</extracomment>
        <translation>
            <numerusform>%n Intervall ist zu wenig, um den Trend von %1 zu beurteilen (%2 sind nötig)</numerusform>
            <numerusform>%n Intervalle sind zu wenige, um den Trend von %1 zu beurteilen (%2 sind nötig)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run longer, or use a shorter interval.</source>
        <translation>Messen Sie länger, oder verwenden Sie ein kürzeres Intervall.</translation>
    </message>
    <message numerus="yes">
        <source>Mann–Kendall p %1 over %n intervals</source>
        <extracomment>%1 = p-value (&quot;= 0.003&quot;, &quot;&lt; 0.0001&quot;), %n = number of intervals</extracomment>
        <translation>
            <numerusform>Mann–Kendall p %1 über %n Intervall</numerusform>
            <numerusform>Mann–Kendall p %1 über %n Intervalle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 grows %2 ms/hour (%3 %/hour), significant (%4)</source>
        <extracomment>%1 = metric, %2 = ms per hour, %3 = percent per hour, %4 = the test</extracomment>
        <translation>%1 wächst um %2 ms/Stunde (%3 %/Stunde), signifikant (%4)</translation>
    </message>
    <message>
        <source>Latency that grows under constant load points to state that accumulates: tables and indexes filled by the test&apos;s writes, a cache or queue that is never trimmed, a garbage collector working harder as memory fills. Compare with the memory finding.</source>
        <translation>Eine Antwortzeit, die unter konstanter Last wächst, deutet auf sich ansammelnden Zustand hin: Tabellen und Indizes, die von den Schreibzugriffen des Tests gefüllt werden, ein Cache oder eine Warteschlange, die nie gekürzt wird, ein Garbage Collector, der mit zunehmend gefülltem Speicher mehr arbeiten muss. Vergleichen Sie mit dem Speicherbefund.</translation>
    </message>
    <message>
        <source>%1 grows %2 percentage points/hour, significant (%3)</source>
        <extracomment>%1 = metric, %2 = percentage points per hour, %3 = the test</extracomment>
        <translation>%1 wächst um %2 Prozentpunkte/Stunde, signifikant (%3)</translation>
    </message>
    <message>
        <source>Errors that become more frequent over hours point to a resource running out: connections, file descriptors, disk, memory, a quota. Check the target&apos;s logs around the later intervals.</source>
        <translation>Fehler, die über Stunden häufiger werden, deuten auf eine Ressource hin, die zur Neige geht: Verbindungen, Dateideskriptoren, Festplatte, Speicher, ein Kontingent. Prüfen Sie die Logs des Ziels rund um die späteren Intervalle.</translation>
    </message>
    <message>
        <source>%1 grows slightly, %2 %3/hour, significant (%4) but too little over the run to matter</source>
        <extracomment>%1 = metric, %2 = change per hour, %3 = its unit, %4 = the test</extracomment>
        <translation>%1 wächst leicht, %2 %3/Stunde, signifikant (%4), aber über den Lauf zu wenig, um ins Gewicht zu fallen</translation>
    </message>
    <message>
        <source>%1 falls %2 %3/hour, significant (%4): the target got faster as it ran (caches warming up)</source>
        <extracomment>%1 = metric, %2 = change per hour, %3 = its unit, %4 = the test</extracomment>
        <translation>%1 sinkt um %2 %3/Stunde, signifikant (%4): Das Ziel wurde im Lauf schneller (Caches wärmen sich auf)</translation>
    </message>
    <message>
        <source>%1 is stable: %2 %3/hour, not significant (%4)</source>
        <extracomment>%1 = metric, %2 = change per hour, %3 = its unit, %4 = the test</extracomment>
        <translation>%1 ist stabil: %2 %3/Stunde, nicht signifikant (%4)</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>Prozentpunkte</translation>
    </message>
    <message>
        <source>the memory source</source>
        <translation>die Speicherquelle</translation>
    </message>
    <message>
        <source>The target&apos;s memory could not be read from %1: %2</source>
        <extracomment>%1 = the source (&quot;pid 1234&quot;, a metrics URL), %2 = the error</extracomment>
        <translation>Der Speicher des Ziels konnte nicht von %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>Check the memory metrics URL or process id of the plan: without them a leak under load cannot be seen.</source>
        <translation>Prüfen Sie die Metrik-URL für den Speicher oder die Prozess-ID im Plan: Ohne sie lässt sich ein Speicherleck unter Last nicht erkennen.</translation>
    </message>
    <message numerus="yes">
        <source>%n memory sample(s) of the target are too few to judge its growth (%1 are needed)</source>
        <extracomment>%n = number of samples, %1 = samples needed</extracomment>
        <translation>
            <numerusform>%n Speicher-Messwert des Ziels ist zu wenig, um sein Wachstum zu beurteilen (%1 sind nötig)</numerusform>
            <numerusform>%n Speicher-Messwerte des Ziels sind zu wenige, um sein Wachstum zu beurteilen (%1 sind nötig)</numerusform>
        </translation>
    </message>
    <message>
        <source>Target memory grows %1 MB/hour (from %2 MB to %3 MB over %4)</source>
        <extracomment>%1 = MB per hour, %2 = first sample MB, %3 = last sample MB, %4 = time between them</extracomment>
        <translation>Der Speicher des Ziels wächst um %1 MB/Stunde (von %2 MB auf %3 MB in %4)</translation>
    </message>
    <message>
        <source>Memory that keeps growing under steady load is the usual sign of a leak: a cache without a bound, sessions, listeners or buffers that are never released. Compare heap snapshots taken some time apart; a longer run tells a leak from a cache that fills and then stops growing.</source>
        <translation>Speicher, der unter gleichmäßiger Last immer weiter wächst, ist das übliche Zeichen für ein Leck: ein Cache ohne Obergrenze, Sitzungen, Listener oder Puffer, die nie freigegeben werden. Vergleichen Sie Heap-Snapshots, die in einigem Abstand aufgenommen wurden; ein längerer Lauf unterscheidet ein Leck von einem Cache, der sich füllt und dann aufhört zu wachsen.</translation>
    </message>
    <message>
        <source>Target memory is stable: %1 MB → %2 MB over %3 (%4 MB/hour, %5)</source>
        <extracomment>%1 = first sample MB, %2 = last sample MB, %3 = time between them, %4 = MB per hour, %5 = why it is stable</extracomment>
        <translation>Der Speicher des Ziels ist stabil: %1 MB → %2 MB in %3 (%4 MB/Stunde, %5)</translation>
    </message>
    <message>
        <source>below %1 MB/hour or %2 %/hour</source>
        <translation>unter %1 MB/Stunde oder %2 %/Stunde</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>nicht signifikant</translation>
    </message>
    <message>
        <source>The target&apos;s memory trend cannot be judged: %1</source>
        <extracomment>%1 = the reason</extracomment>
        <translation>Der Speichertrend des Ziels lässt sich nicht beurteilen: %1</translation>
    </message>
    <message>
        <source>CPU up to %1 % of one core</source>
        <translation>CPU bis zu %1 % eines Kerns</translation>
    </message>
    <message>
        <source>CPU not measured</source>
        <translation>CPU nicht gemessen</translation>
    </message>
    <message numerus="yes">
        <source>%n worker thread(s)</source>
        <extracomment>%n = worker threads of the generator</extracomment>
        <translation>
            <numerusform>%n Worker-Thread</numerusform>
            <numerusform>%n Worker-Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>The generator was saturated for %1 s (%2) — its numbers are suspect in those seconds</source>
        <extracomment>%1 = seconds, %2 = the CPU it used</extracomment>
        <translation>Der Lastgenerator war %1 s lang gesättigt (%2) — seine Messwerte sind in diesen Sekunden fragwürdig</translation>
    </message>
    <message>
        <source>Give the generator more room: more worker threads, a machine of its own (not the target&apos;s), or a lower level. In saturated seconds it measures itself as much as the target.</source>
        <translation>Geben Sie dem Lastgenerator mehr Spielraum: mehr Worker-Threads, eine eigene Maschine (nicht die des Ziels) oder eine niedrigere Laststufe. In gesättigten Sekunden misst er sich selbst ebenso sehr wie das Ziel.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were dropped and %1 sent late (more than %2 ms after their intended time) because the generator fell behind (%3 in flight at most)</source>
        <extracomment>%n = dropped requests, %1 = late requests, %2 = the lateness limit in ms, %3 = maxInFlight</extracomment>
        <translation>
            <numerusform>%n Anfrage wurde verworfen und %1 verspätet gesendet (mehr als %2 ms nach dem geplanten Zeitpunkt), weil der Lastgenerator in Rückstand geriet (höchstens %3 gleichzeitig ausstehend)</numerusform>
            <numerusform>%n Anfragen wurden verworfen und %1 verspätet gesendet (mehr als %2 ms nach dem geplanten Zeitpunkt), weil der Lastgenerator in Rückstand geriet (höchstens %3 gleichzeitig ausstehend)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were dropped because the generator fell behind: %1 requests were already in flight</source>
        <extracomment>%n = dropped requests, %1 = maxInFlight</extracomment>
        <translation>
            <numerusform>%n Anfrage wurde verworfen, weil der Lastgenerator in Rückstand geriet: %1 Anfragen waren bereits ausstehend</numerusform>
            <numerusform>%n Anfragen wurden verworfen, weil der Lastgenerator in Rückstand geriet: %1 Anfragen waren bereits ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were sent late (more than %1 ms after their intended time) because the generator fell behind</source>
        <extracomment>%n = late requests, %1 = the lateness limit in ms</extracomment>
        <translation>
            <numerusform>%n Anfrage wurde verspätet gesendet (mehr als %1 ms nach ihrem geplanten Zeitpunkt), weil der Lastgenerator in Rückstand geriet</numerusform>
            <numerusform>%n Anfragen wurden verspätet gesendet (mehr als %1 ms nach ihrem geplanten Zeitpunkt), weil der Lastgenerator in Rückstand geriet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the %2 requests due</source>
        <extracomment>%1 = percent, %2 = requests due</extracomment>
        <translation>%1 % der %2 fälligen Anfragen</translation>
    </message>
    <message>
        <source>A dropped request is load the target never saw: raise the in-flight limit if the target can take more concurrent requests, or lower the rate.</source>
        <translation>Eine verworfene Anfrage ist Last, die das Ziel nie gesehen hat: Erhöhen Sie die Grenze für ausstehende Anfragen, wenn das Ziel mehr gleichzeitige Anfragen verkraftet, oder senken Sie die Rate.</translation>
    </message>
    <message>
        <source>Late sends mean the generator could not keep its schedule: add worker threads or connections, or move it to a machine of its own. Latencies stay measured from the intended times, but the target got less load than planned.</source>
        <translation>Verspätetes Senden bedeutet, dass der Lastgenerator seinen Zeitplan nicht einhalten konnte: Fügen Sie Worker-Threads oder Verbindungen hinzu, oder verlegen Sie ihn auf eine eigene Maschine. Die Antwortzeiten werden weiterhin ab den geplanten Zeitpunkten gemessen, aber das Ziel erhielt weniger Last als geplant.</translation>
    </message>
    <message>
        <source>p99 %1 ms from intended send times vs %2 ms from actual send times at %3: the target or the generator stalled (the generator was saturated for %4 s); a closed-loop tool would hide it</source>
        <extracomment>%1 = corrected p99 ms, %2 = raw p99 ms, %3 = level, %4 = seconds the generator was saturated</extracomment>
        <translation>p99 %1 ms ab den geplanten Sendezeitpunkten gegenüber %2 ms ab den tatsächlichen Sendezeitpunkten bei %3: Beim Ziel oder beim Lastgenerator gab es einen Stillstand (der Lastgenerator war %4 s lang gesättigt); ein Werkzeug mit geschlossener Schleife würde das verbergen</translation>
    </message>
    <message>
        <source>p99 %1 ms from intended send times vs %2 ms from actual send times at %3: the target stalled; a closed-loop tool would hide it</source>
        <extracomment>%1 = corrected p99 ms, %2 = raw p99 ms, %3 = level</extracomment>
        <translation>p99 %1 ms ab den geplanten Sendezeitpunkten gegenüber %2 ms ab den tatsächlichen Sendezeitpunkten bei %3: Beim Ziel gab es einen Stillstand; ein Werkzeug mit geschlossener Schleife würde das verbergen</translation>
    </message>
    <message numerus="yes">
        <source>%n more stage(s) show the same gap.</source>
        <extracomment>%n = further stages</extracomment>
        <translation>
            <numerusform>%n weitere Phase zeigt dieselbe Abweichung.</numerusform>
            <numerusform>%n weitere Phasen zeigen dieselbe Abweichung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests due while the target stalled waited for it, and users arriving at this rate would have too: judge the target on the p99 from intended times. Stalls of this kind are typically garbage-collection pauses, an exhausted connection or thread pool, lock convoys or a slow dependency.</source>
        <translation>Anfragen, die während des Stillstands des Ziels fällig waren, mussten darauf warten, und Benutzer, die mit dieser Rate eintreffen, hätten es ebenso gemusst: Beurteilen Sie das Ziel nach dem p99 ab den geplanten Zeitpunkten. Stillstände dieser Art sind typischerweise Pausen der Garbage Collection, ein erschöpfter Verbindungs- oder Thread-Pool, Lock-Konvois oder eine langsame Abhängigkeit.</translation>
    </message>
</context>
<context>
    <name>scalescope::analysis::RankTest</name>
    <message>
        <source>both samples are empty</source>
        <translation>beide Stichproben sind leer</translation>
    </message>
    <message>
        <source>the first sample is empty</source>
        <translation>die erste Stichprobe ist leer</translation>
    </message>
    <message>
        <source>the second sample is empty</source>
        <translation>die zweite Stichprobe ist leer</translation>
    </message>
    <message>
        <source>the first sample holds a value that is not a finite number (at position %1)</source>
        <translation>die erste Stichprobe enthält einen Wert, der keine endliche Zahl ist (an Position %1)</translation>
    </message>
    <message>
        <source>the second sample holds a value that is not a finite number (at position %1)</source>
        <translation>die zweite Stichprobe enthält einen Wert, der keine endliche Zahl ist (an Position %1)</translation>
    </message>
</context>
<context>
    <name>scalescope::analysis::Thresholds</name>
    <message>
        <source>%1 at size %2: %3 %4 reaches %5</source>
        <extracomment>a minimum is met. %1 = endpoint, %2 = size, %3 = metric, %4 = value, %5 = limit</extracomment>
        <translation>%1 bei Größe %2: %3 %4 erreicht %5</translation>
    </message>
    <message>
        <source>%1 at size %2: %3 %4 is below %5</source>
        <extracomment>a minimum is missed. %1 = endpoint, %2 = size, %3 = metric, %4 = value, %5 = limit</extracomment>
        <translation>%1 bei Größe %2: %3 %4 liegt unter %5</translation>
    </message>
    <message>
        <source>%1 at size %2: %3 %4 is within %5</source>
        <extracomment>a maximum is kept. %1 = endpoint, %2 = size, %3 = metric, %4 = value, %5 = limit</extracomment>
        <translation>%1 bei Größe %2: %3 %4 liegt innerhalb von %5</translation>
    </message>
    <message>
        <source>%1 at size %2: %3 %4 exceeds %5</source>
        <extracomment>a maximum is exceeded. %1 = endpoint, %2 = size, %3 = metric, %4 = value, %5 = limit</extracomment>
        <translation>%1 bei Größe %2: %3 %4 überschreitet %5</translation>
    </message>
</context>
<context>
    <name>scalescope::gui::MainWindow</name>
    <message>
        <source>ScaleScope</source>
        <translation>ScaleScope</translation>
    </message>
    <message>
        <source>The history could not store part of the run: %1</source>
        <translation>Der Verlauf konnte einen Teil des Laufs nicht speichern: %1</translation>
    </message>
    <message>
        <source>Runs are not stored: %1</source>
        <translation>Läufe werden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>History: off</source>
        <translation>Verlauf: aus</translation>
    </message>
    <message>
        <source>&amp;New run…</source>
        <translation>&amp;Neuer Lauf…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a plan file and review it before running (Ctrl+O)</source>
        <translation>Eine Plandatei öffnen und vor dem Ausführen prüfen (Strg+O)</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Start the built-in demo API and open its plan</source>
        <translation>Die eingebaute Demo-API starten und ihren Plan öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Stop run</source>
        <translation>Lauf &amp;stoppen</translation>
    </message>
    <message>
        <source>Stop measuring, delete the records this run created, keep what was measured (Ctrl+.)</source>
        <translation>Messung stoppen, die von diesem Lauf angelegten Datensätze löschen, das Gemessene behalten (Strg+.)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>New run, plans and recent runs</source>
        <translation>Neuer Lauf, Pläne und letzte Läufe</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>The charts of the run going on, or of the run opened</source>
        <translation>Die Diagramme des laufenden oder des geöffneten Laufs</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>How each endpoint scales, what was found, threshold verdicts</source>
        <translation>Wie jeder Endpunkt skaliert, was gefunden wurde, Bewertungen der Schwellenwerte</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every stored run: open, re-run, tag, compare, delete</source>
        <translation>Alle gespeicherten Läufe: öffnen, erneut ausführen, mit Tags versehen, vergleichen, löschen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Two runs side by side, changes judged against noise</source>
        <translation>Zwei Läufe nebeneinander, Änderungen am Rauschen gemessen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ScaleScope</source>
        <translation>&amp;Über ScaleScope</translation>
    </message>
    <message>
        <source>About ScaleScope</source>
        <translation>Über ScaleScope</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ScaleScope %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;How your HTTP API behaves as its data and its load grow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ScaleScope %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wie sich Ihre HTTP-API verhält, wenn ihre Daten und ihre Last wachsen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>Plans (*.json);;All files (*)</source>
        <translation>Pläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The demo target cannot start: %1</source>
        <translation>Das Demo-Ziel kann nicht starten: %1</translation>
    </message>
    <message>
        <source>The demo target is listening on %1 (user admin).</source>
        <translation>Das Demo-Ziel lauscht auf %1 (Benutzer admin).</translation>
    </message>
    <message>
        <source>A run is going on: stop it first (Run ▸ Stop run).</source>
        <translation>Ein Lauf ist im Gange: Stoppen Sie ihn zuerst (Lauf ▸ Lauf stoppen).</translation>
    </message>
    <message>
        <source>A run is going on already.</source>
        <translation>Es ist bereits ein Lauf im Gange.</translation>
    </message>
    <message>
        <source>The run could not start: another run is going on.</source>
        <translation>Der Lauf konnte nicht starten: Ein anderer Lauf ist im Gange.</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot; against %2</source>
        <translation>„%1“ läuft gegen %2</translation>
    </message>
    <message>
        <source>run %1 &quot;%2&quot; (%3)</source>
        <extracomment>%1 = history id, %2 = name, %3 = start time</extracomment>
        <translation>Lauf %1 „%2“ (%3)</translation>
    </message>
    <message>
        <source>A run is going on: its dashboard stays until it ends. Open the run afterwards.</source>
        <translation>Ein Lauf ist im Gange: Sein Dashboard bleibt bis zum Ende stehen. Öffnen Sie den Lauf danach.</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>Stop the run?</source>
        <translation>Lauf stoppen?</translation>
    </message>
    <message>
        <source>A run is going on. Stop it (the records it created are deleted) and quit?</source>
        <translation>Ein Lauf ist im Gange. Ihn stoppen (die angelegten Datensätze werden gelöscht) und beenden?</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>&amp;Systemfarben</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>The language changes when ScaleScope starts the next time.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von ScaleScope.</translation>
    </message>
    <message numerus="yes">
        <source>The run completed: %n cell(s) measured</source>
        <translation>
            <numerusform>Der Lauf ist abgeschlossen: %n Zelle gemessen</numerusform>
            <numerusform>Der Lauf ist abgeschlossen: %n Zellen gemessen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run was stopped: %n cell(s) measured are kept</source>
        <translation>
            <numerusform>Der Lauf wurde gestoppt: %n gemessene Zelle bleibt erhalten</numerusform>
            <numerusform>Der Lauf wurde gestoppt: %n gemessene Zellen bleiben erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run failed after %n cell(s)</source>
        <translation>
            <numerusform>Der Lauf ist nach %n Zelle fehlgeschlagen</numerusform>
            <numerusform>Der Lauf ist nach %n Zellen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>, stored as run %1</source>
        <extracomment>appended to the run&apos;s outcome</extracomment>
        <translation>, als Lauf %1 gespeichert</translation>
    </message>
    <message>
        <source>%1. Findings shows how each endpoint scales.</source>
        <extracomment>%1 = the run&apos;s outcome</extracomment>
        <translation>%1. Unter „Befunde“ steht, wie jeder Endpunkt skaliert.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the HTML or PDF report, the charts, CSV, JSON or JUnit of the run or comparison shown (Ctrl+E)</source>
        <translation>Den HTML- oder PDF-Bericht, die Diagramme, CSV, JSON oder JUnit des angezeigten Laufs oder Vergleichs schreiben (Strg+E)</translation>
    </message>
    <message>
        <source>Nothing to export yet: compare two runs first (History ▸ Compare).</source>
        <translation>Noch nichts zu exportieren: Vergleichen Sie zuerst zwei Läufe (Verlauf ▸ Vergleichen).</translation>
    </message>
    <message>
        <source>Select one run in the history to export it.</source>
        <translation>Wählen Sie im Verlauf einen Lauf aus, um ihn zu exportieren.</translation>
    </message>
    <message>
        <source>Nothing to export yet: run a test or open one from the history.</source>
        <translation>Noch nichts zu exportieren: Starten Sie einen Lauf oder öffnen Sie einen aus dem Verlauf.</translation>
    </message>
    <message>
        <source>Configure and start a scale sweep or a load test (Ctrl+N)</source>
        <translation>Eine Skalierungsreihe oder einen Lasttest konfigurieren und starten (Strg+N)</translation>
    </message>
    <message>
        <source>Try the &amp;load-test demo</source>
        <translation>&amp;Lasttest-Demo ausprobieren</translation>
    </message>
    <message>
        <source>Start the built-in demo API and open a load test of it</source>
        <translation>Die eingebaute Demo-API starten und einen Lasttest dafür öffnen</translation>
    </message>
    <message numerus="yes">
        <source>The load test completed: %n stage(s) measured</source>
        <translation>
            <numerusform>Der Lasttest ist abgeschlossen: %n Phase gemessen</numerusform>
            <numerusform>Der Lasttest ist abgeschlossen: %n Phasen gemessen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Findings says where the target saturated or broke, and what else was found.</source>
        <extracomment>%1 = the run&apos;s outcome</extracomment>
        <translation>%1. Unter „Befunde“ steht, wo das Ziel gesättigt war oder brach und was sonst noch gefunden wurde.</translation>
    </message>
</context>
<context>
    <name>scalescope::gui::StartPage</name>
    <message>
        <source>&lt;h1&gt;ScaleScope&lt;/h1&gt;&lt;p&gt;How your HTTP API behaves as its data and its load grow.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;ScaleScope&lt;/h1&gt;&lt;p&gt;Wie sich Ihre HTTP-API verhält, wenn ihre Daten und ihre Last wachsen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New run…</source>
        <translation>&amp;Neuer Lauf…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a plan file (JSON) and review it before running</source>
        <translation>Eine Plandatei (JSON) öffnen und vor dem Ausführen prüfen</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>D&amp;emo ausprobieren</translation>
    </message>
    <message>
        <source>Start the built-in demo API on this computer and open its plan, ready to run</source>
        <translation>Die eingebaute Demo-API auf diesem Rechner starten und ihren Plan startbereit öffnen</translation>
    </message>
    <message>
        <source>Plan files opened recently: double-click or press Enter to open one</source>
        <translation>Zuletzt geöffnete Plandateien: zum Öffnen doppelklicken oder die Eingabetaste drücken</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Letzte Läufe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;Letzte Pläne&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No plan opened yet</source>
        <translation>Noch kein Plan geöffnet</translation>
    </message>
    <message>
        <source>The newest runs in %1: double-click or press Enter to open one</source>
        <translation>Die neuesten Läufe in %1: zum Öffnen doppelklicken oder die Eingabetaste drücken</translation>
    </message>
    <message numerus="yes">
        <source>#%1  %2 — %3, %4, %n cell(s)</source>
        <extracomment>run list entry: id, name, start, status, cells</extracomment>
        <translation>
            <numerusform>#%1  %2 — %3, %4, %n Zelle</numerusform>
            <numerusform>#%1  %2 — %3, %4, %n Zellen</numerusform>
        </translation>
    </message>
    <message>
        <source>No run stored yet</source>
        <translation>Noch kein Lauf gespeichert</translation>
    </message>
    <message>
        <source>Configure a scale sweep or a load test step by step: target, login, the kind of test, dataset, endpoints, thresholds</source>
        <translation>Eine Skalierungsreihe oder einen Lasttest Schritt für Schritt konfigurieren: Ziel, Anmeldung, Art des Tests, Datenbestand, Endpunkte, Schwellenwerte</translation>
    </message>
    <message>
        <source>Try the &amp;load-test demo</source>
        <translation>&amp;Lasttest-Demo ausprobieren</translation>
    </message>
    <message>
        <source>Start the built-in demo API and open a load test of it: virtual users, a stress ramp or a concurrency sweep</source>
        <translation>Die eingebaute Demo-API starten und einen Lasttest dafür öffnen: virtuelle Benutzer, eine Stressrampe oder eine Nebenläufigkeitsreihe</translation>
    </message>
</context>
<context>
    <name>scalescope::report::ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 = file, %2 = reason</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot export the chart “%1” to %2: its SVG is not valid</source>
        <extracomment>%1 = the chart&apos;s title, %2 = file</extracomment>
        <translation>Das Diagramm „%1“ kann nicht nach %2 exportiert werden: Sein SVG ist ungültig</translation>
    </message>
    <message>
        <source>Cannot export the chart “%1” to %2: it has no size</source>
        <translation>Das Diagramm „%1“ kann nicht nach %2 exportiert werden: Es hat keine Größe</translation>
    </message>
    <message>
        <source>Cannot write %1: drawing a chart needs a QGuiApplication</source>
        <translation>%1 kann nicht geschrieben werden: Zum Zeichnen eines Diagramms ist eine QGuiApplication nötig</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 × %3 pixels is too large</source>
        <extracomment>%1 = file, %2 × %3 = pixels</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2 × %3 Pixel sind zu groß</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>Die PNG-Kodierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>Das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>Das PDF konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>Unbekanntes Format</translation>
    </message>
</context>
<context>
    <name>scalescope::report::Charts</name>
    <message>
        <source>Both axes are logarithmic: their values span more than two decades.</source>
        <translation>Beide Achsen sind logarithmisch: Ihre Werte umfassen mehr als zwei Größenordnungen.</translation>
    </message>
    <message>
        <source>The y axis is logarithmic: its values span more than two decades.</source>
        <translation>Die y-Achse ist logarithmisch: Ihre Werte umfassen mehr als zwei Größenordnungen.</translation>
    </message>
    <message>
        <source>The x axis is logarithmic: its values span more than two decades.</source>
        <translation>Die x-Achse ist logarithmisch: Ihre Werte umfassen mehr als zwei Größenordnungen.</translation>
    </message>
    <message>
        <source>%1 · %2 %3: %4</source>
        <extracomment>tooltip of a point: %1 = series, %2 = x axis title, %3 = x value, %4 = y value
----------
tooltip of a bar: %1 = series (endpoint), %2 = x axis title, %3 = category, %4 = value
----------
tooltip of a heatmap cell: %1 = row (endpoint), %2 = column title, %3 = column, %4 = value
----------
tooltip of a point: %1 = series, %2 = x axis title, %3 = x value, %4 = y value with its unit</extracomment>
        <translation>%1 · %2 %3: %4</translation>
    </message>
    <message>
        <source>No measured values</source>
        <translation>Keine Messwerte</translation>
    </message>
    <message>
        <source>%1, log scale</source>
        <translation>%1, logarithmisch</translation>
    </message>
    <message>
        <source>The colour scale is logarithmic: the values span more than one decade.</source>
        <translation>Die Farbskala ist logarithmisch: Die Werte umfassen mehr als eine Größenordnung.</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Errors/s</source>
        <translation>Fehler/s</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <source>Time since start (s)</source>
        <translation>Zeit seit dem Start (s)</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Response time (ms)</source>
        <translation>Antwortzeit (ms)</translation>
    </message>
    <message>
        <source>No time series recorded</source>
        <translation>Kein Zeitverlauf aufgezeichnet</translation>
    </message>
    <message numerus="yes">
        <source>Each point covers %n second(s).</source>
        <translation>
            <numerusform>Jeder Punkt umfasst %n Sekunde.</numerusform>
            <numerusform>Jeder Punkt umfasst %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Size parameter</source>
        <translation>Größenparameter</translation>
    </message>
    <message>
        <source>Records in the dataset</source>
        <translation>Datensätze im Datenbestand</translation>
    </message>
    <message>
        <source>Response time vs dataset size</source>
        <translation>Antwortzeit nach Größe des Datenbestands</translation>
    </message>
    <message>
        <source>solid: p50 (median)</source>
        <translation>durchgezogen: p50 (Median)</translation>
    </message>
    <message>
        <source>dashed: p95</source>
        <translation>gestrichelt: p95</translation>
    </message>
    <message>
        <source>One colour per endpoint: the solid line is the median (p50), the dashed line the 95th percentile (p95) of each cell.</source>
        <translation>Eine Farbe pro Endpunkt: Die durchgezogene Linie ist der Median (p50), die gestrichelte das 95. Perzentil (p95) jeder Zelle.</translation>
    </message>
    <message>
        <source>%1, p50</source>
        <extracomment>series name of a chart: %1 = endpoint</extracomment>
        <translation>%1, p50</translation>
    </message>
    <message>
        <source>%1, p95</source>
        <extracomment>series name of a chart: %1 = endpoint</extracomment>
        <translation>%1, p95</translation>
    </message>
    <message>
        <source>Success rate per dataset size</source>
        <translation>Erfolgsquote nach Größe des Datenbestands</translation>
    </message>
    <message>
        <source>Dataset size</source>
        <translation>Größe des Datenbestands</translation>
    </message>
    <message>
        <source>Successful requests (%)</source>
        <translation>Erfolgreiche Anfragen (%)</translation>
    </message>
    <message>
        <source>One bar per endpoint and dataset size; no bar: the cell was not measured.</source>
        <translation>Ein Balken pro Endpunkt und Größe des Datenbestands; kein Balken: Die Zelle wurde nicht gemessen.</translation>
    </message>
    <message>
        <source>Median response time by endpoint and dataset size</source>
        <translation>Median der Antwortzeit nach Endpunkt und Größe des Datenbestands</translation>
    </message>
    <message>
        <source>Each cell shows the median (p50) in milliseconds, coloured on the viridis scale from the fastest (dark) to the slowest (yellow) cell; grey: not measured.</source>
        <translation>Jede Zelle zeigt den Median (p50) in Millisekunden, eingefärbt auf der Viridis-Skala von der schnellsten (dunkel) bis zur langsamsten (gelb) Zelle; grau: nicht gemessen.</translation>
    </message>
    <message>
        <source>Throughput and response time over time</source>
        <translation>Durchsatz und Antwortzeit im Zeitverlauf</translation>
    </message>
    <message>
        <source>Measured requests and failures per second (left axis) and their p50 and p95 response times (right axis); warm-up, seeding and cleanup requests are not counted.</source>
        <translation>Gemessene Anfragen und Fehlschläge pro Sekunde (linke Achse) und ihre Antwortzeiten p50 und p95 (rechte Achse); Aufwärm-, Befüllungs- und Aufräumanfragen werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Median response time: base and candidate run</source>
        <translation>Median der Antwortzeit: Referenz- und Vergleichslauf</translation>
    </message>
    <message>
        <source>Median response time (ms)</source>
        <translation>Median der Antwortzeit (ms)</translation>
    </message>
    <message>
        <source>solid: %1</source>
        <extracomment>legend of the solid lines, %1 = the candidate run</extracomment>
        <translation>durchgezogen: %1</translation>
    </message>
    <message>
        <source>dashed: %1</source>
        <extracomment>legend of the dashed lines, %1 = the base run</extracomment>
        <translation>gestrichelt: %1</translation>
    </message>
    <message>
        <source>One colour per endpoint: the dashed line is the base run, the solid line the candidate run (medians of the raw samples).</source>
        <translation>Eine Farbe pro Endpunkt: Die gestrichelte Linie ist der Referenzlauf, die durchgezogene der Vergleichslauf (Mediane der Rohmesswerte).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>series name: %1 = endpoint, %2 = the base run</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Each point covers %n second(s): rates are their mean, percentiles the worst second&apos;s.</source>
        <translation>
            <numerusform>Jeder Punkt umfasst %n Sekunde: Raten sind der Mittelwert, Perzentile der Wert der schlechtesten Sekunde.</numerusform>
            <numerusform>Jeder Punkt umfasst %n Sekunden: Raten sind ihr Mittelwert, Perzentile der Wert der schlechtesten Sekunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>last good</source>
        <translation>zuletzt gut</translation>
    </message>
    <message>
        <source>breaking point</source>
        <translation>Bruchpunkt</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>Shaded: the last good step (green), the breaking point (red) and the recovery (blue).</source>
        <translation>Schattiert: die letzte gute Stufe (grün), der Bruchpunkt (rot) und die Erholung (blau).</translation>
    </message>
    <message>
        <source>Not a load test</source>
        <translation>Kein Lasttest</translation>
    </message>
    <message>
        <source>No second of load was recorded</source>
        <translation>Es wurde keine Sekunde Last aufgezeichnet</translation>
    </message>
    <message>
        <source>Load level and throughput</source>
        <translation>Laststufe und Durchsatz</translation>
    </message>
    <message>
        <source>Requests completed/s</source>
        <translation>Abgeschlossene Anfragen/s</translation>
    </message>
    <message>
        <source>Target arrival rate</source>
        <translation>Soll-Ankunftsrate</translation>
    </message>
    <message>
        <source>The arrival rate the schedule asked for (dashed) and the requests completed per second (solid).</source>
        <translation>Die vom Zeitplan vorgegebene Ankunftsrate (gestrichelt) und die pro Sekunde abgeschlossenen Anfragen (durchgezogen).</translation>
    </message>
    <message>
        <source>Virtual users</source>
        <translation>Virtuelle Benutzer</translation>
    </message>
    <message>
        <source>Virtual users running (dashed, left axis) and the requests they completed per second (solid, right axis).</source>
        <translation>Laufende virtuelle Benutzer (gestrichelt, linke Achse) und die von ihnen pro Sekunde abgeschlossenen Anfragen (durchgezogen, rechte Achse).</translation>
    </message>
    <message>
        <source>Response time over time</source>
        <translation>Antwortzeit über die Zeit</translation>
    </message>
    <message>
        <source>raw max</source>
        <translation>Maximum (roh)</translation>
    </message>
    <message>
        <source>raw p99</source>
        <translation>p99 (roh)</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>Solid: p50, p95 and p99 of each second, measured from every request&apos;s intended send time. Dashed and dotted: the raw p99 and max, measured from the moment a request was actually sent — what a closed-loop tool would report. Where the solid lines rise above the dashed one, the target (or the generator) stalled and requests queued behind the schedule.</source>
        <translation>Durchgezogen: p50, p95 und p99 jeder Sekunde, gemessen ab dem geplanten Sendezeitpunkt jeder Anfrage. Gestrichelt und gepunktet: p99 und Maximum (roh), gemessen ab dem Moment, in dem eine Anfrage tatsächlich gesendet wurde — was ein Werkzeug mit geschlossener Schleife melden würde. Wo die durchgezogenen Linien über die gestrichelte steigen, gab es beim Ziel (oder beim Lastgenerator) einen Stillstand, und Anfragen stauten sich hinter dem Zeitplan.</translation>
    </message>
    <message>
        <source>p50, p95, p99 (solid) and max (dotted) of the requests completed in each second. In the closed model a user waits for each answer before sending again, so a stall of the target delays the requests instead of showing in their latencies (coordinated omission); the open model shows it.</source>
        <translation>p50, p95, p99 (durchgezogen) und Maximum (gepunktet) der in jeder Sekunde abgeschlossenen Anfragen. Im geschlossenen Modell wartet ein Benutzer auf jede Antwort, bevor er erneut sendet, daher verzögert ein Stillstand des Ziels die Anfragen, statt sich in ihren Antwortzeiten zu zeigen (Coordinated Omission); das offene Modell zeigt ihn.</translation>
    </message>
    <message>
        <source>Errors, dropped and late requests</source>
        <translation>Fehler, verworfene und verspätete Anfragen</translation>
    </message>
    <message>
        <source>Failed requests over time</source>
        <translation>Fehlgeschlagene Anfragen über die Zeit</translation>
    </message>
    <message>
        <source>Dropped/s</source>
        <translation>Verworfen/s</translation>
    </message>
    <message>
        <source>Late/s</source>
        <translation>Verspätet/s</translation>
    </message>
    <message>
        <source>Failed requests per second; dropped: due requests not sent because %1 were in flight; late: sent more than %2 ms after their intended time (the generator fell behind).</source>
        <extracomment>%1 = the maximum of requests in flight, %2 = milliseconds</extracomment>
        <translation>Fehlgeschlagene Anfragen pro Sekunde; verworfen: fällige Anfragen, die nicht gesendet wurden, weil bereits %1 ausstanden; verspätet: mehr als %2 ms nach ihrem geplanten Zeitpunkt gesendet (der Lastgenerator geriet in Rückstand).</translation>
    </message>
    <message>
        <source>Failed requests (transport errors and unexpected statuses) per second.</source>
        <translation>Fehlgeschlagene Anfragen (Transportfehler und unerwartete Statuscodes) pro Sekunde.</translation>
    </message>
    <message>
        <source>Load generator CPU and memory</source>
        <translation>CPU und Speicher des Lastgenerators</translation>
    </message>
    <message>
        <source>CPU (% of one core)</source>
        <translation>CPU (% eines Kerns)</translation>
    </message>
    <message>
        <source>Resident memory (MB)</source>
        <translation>Residenter Speicher (MB)</translation>
    </message>
    <message>
        <source>The generator&apos;s CPU and memory were not measured</source>
        <translation>CPU und Speicher des Lastgenerators wurden nicht gemessen</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Resident memory</source>
        <translation>Residenter Speicher</translation>
    </message>
    <message numerus="yes">
        <source>ScaleScope&apos;s own process: 100 % is one core busy (%1 worker thread(s) generated the load). A generator near its cores&apos; limit, or one whose requests go out late, measures itself as much as the target: %n second(s) were saturated.</source>
        <extracomment>%1 = worker threads, %n = seconds</extracomment>
        <translation>
            <numerusform>Der eigene Prozess von ScaleScope: 100 % entspricht einem ausgelasteten Kern (%1 Worker-Thread(s) erzeugten die Last). Ein Lastgenerator nahe der Grenze seiner Kerne oder einer, dessen Anfragen verspätet hinausgehen, misst sich selbst ebenso sehr wie das Ziel: %n Sekunde war gesättigt.</numerusform>
            <numerusform>Der eigene Prozess von ScaleScope: 100 % entspricht einem ausgelasteten Kern (%1 Worker-Thread(s) erzeugten die Last). Ein Lastgenerator nahe der Grenze seiner Kerne oder einer, dessen Anfragen verspätet hinausgehen, misst sich selbst ebenso sehr wie das Ziel: %n Sekunden waren gesättigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Throughput vs concurrency</source>
        <translation>Durchsatz nach Nebenläufigkeit</translation>
    </message>
    <message>
        <source>Throughput (requests/s)</source>
        <translation>Durchsatz (Anfragen/s)</translation>
    </message>
    <message>
        <source>No level of the sweep was measured</source>
        <translation>Keine Laststufe der Reihe wurde gemessen</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>USL fit</source>
        <translation>USL-Anpassung</translation>
    </message>
    <message>
        <source>linear scaling (λ·N)</source>
        <translation>lineare Skalierung (λ·N)</translation>
    </message>
    <message>
        <source>peak ≈ %1 users</source>
        <extracomment>a marker of a chart, %1 = users</extracomment>
        <translation>Maximum ≈ %1 Benutzer</translation>
    </message>
    <message>
        <source>Measured throughput per level (points) and the Universal Scalability Law X(N) = λN / (1 + σ(N − 1) + κN(N − 1)) fitted to it: σ = %1 (contention), κ = %2 (coherency), λ = %3 requests/s per user, R² = %4.</source>
        <extracomment>%1 = sigma, %2 = kappa, %3 = lambda (requests/s of one user), %4 = R²</extracomment>
        <translation>Gemessener Durchsatz pro Laststufe (Punkte) und das daran angepasste Universal Scalability Law X(N) = λN / (1 + σ(N − 1) + κN(N − 1)): σ = %1 (Konkurrenz), κ = %2 (Kohärenz), λ = %3 Anfragen/s pro Benutzer, R² = %4.</translation>
    </message>
    <message>
        <source>Throughput peaks at about %1 users with %2 requests/s.</source>
        <extracomment>%1 = users, %2 = requests per second</extracomment>
        <translation>Der Durchsatz erreicht sein Maximum bei etwa %1 Benutzern mit %2 Anfragen/s.</translation>
    </message>
    <message>
        <source>The fitted curve has no peak: throughput still rises at the largest level measured.</source>
        <translation>Die angepasste Kurve hat kein Maximum: Der Durchsatz steigt bei der größten gemessenen Laststufe noch.</translation>
    </message>
    <message>
        <source>Measured throughput per level. No Universal Scalability Law curve: %1</source>
        <extracomment>%1 = why the fit failed</extracomment>
        <translation>Gemessener Durchsatz pro Laststufe. Keine Kurve des Universal Scalability Law: %1</translation>
    </message>
    <message>
        <source>the fit failed</source>
        <translation>die Anpassung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Response time and errors per interval</source>
        <translation>Antwortzeit und Fehler pro Intervall</translation>
    </message>
    <message>
        <source>Errors (%)</source>
        <translation>Fehler (%)</translation>
    </message>
    <message>
        <source>No interval was measured</source>
        <translation>Es wurde kein Intervall gemessen</translation>
    </message>
    <message>
        <source>errors %</source>
        <translation>Fehler %</translation>
    </message>
    <message>
        <source>Per interval of the hold: p95 and p99 (left axis) and the share of failed requests (right axis).</source>
        <translation>Pro Intervall der Haltephase: p95 und p99 (linke Achse) und der Anteil fehlgeschlagener Anfragen (rechte Achse).</translation>
    </message>
    <message>
        <source>p95 trend</source>
        <translation>p95-Trend</translation>
    </message>
    <message>
        <source>Dotted: the p95 trend (Theil–Sen), %1 ms per hour (Mann–Kendall p = %2).</source>
        <extracomment>%1 = signed ms per hour, %2 = p-value</extracomment>
        <translation>Gepunktet: der p95-Trend (Theil–Sen), %1 ms pro Stunde (Mann–Kendall p = %2).</translation>
    </message>
    <message>
        <source>Target memory over time</source>
        <translation>Speicher des Ziels über die Zeit</translation>
    </message>
    <message>
        <source>target resident memory</source>
        <translation>residenter Speicher des Ziels</translation>
    </message>
    <message>
        <source>No memory source was configured (--metrics-url or --memory-pid)</source>
        <translation>Keine Speicherquelle konfiguriert (--metrics-url oder --memory-pid)</translation>
    </message>
    <message>
        <source>No memory sample was taken</source>
        <translation>Es wurde kein Speicher-Messwert erfasst</translation>
    </message>
    <message>
        <source>Resident memory of the target from %1.</source>
        <extracomment>%1 = where the memory came from (&quot;http://…/metrics&quot;, &quot;pid 1234&quot;)</extracomment>
        <translation>Residenter Speicher des Ziels, gelesen von %1.</translation>
    </message>
    <message>
        <source>The source failed: %1</source>
        <extracomment>%1 = the error of the memory source</extracomment>
        <translation>Die Quelle ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Dotted: the trend (Theil–Sen), %1 MB per hour (Mann–Kendall p = %2).</source>
        <extracomment>%1 = signed MB per hour, %2 = p-value</extracomment>
        <translation>Gepunktet: der Trend (Theil–Sen), %1 MB pro Stunde (Mann–Kendall p = %2).</translation>
    </message>
    <message>
        <source>p99 and max over time, both runs</source>
        <translation>p99 und Maximum über die Zeit, beide Läufe</translation>
    </message>
    <message>
        <source>Time since the first stage started (s)</source>
        <translation>Zeit seit dem Start der ersten Phase (s)</translation>
    </message>
    <message>
        <source>Both runs must be load tests</source>
        <translation>Beide Läufe müssen Lasttests sein</translation>
    </message>
    <message>
        <source>max, %1</source>
        <extracomment>series of a chart, %1 = the run (&quot;base (run 12)&quot;)</extracomment>
        <translation>Maximum, %1</translation>
    </message>
    <message>
        <source>p99, %1</source>
        <translation>p99, %1</translation>
    </message>
    <message>
        <source>p99 and max of each second, dashed: the base run, solid: the candidate run. Open-model runs measure from the intended send time, closed-model runs from the actual send.</source>
        <translation>p99 und Maximum jeder Sekunde, gestrichelt: der Referenzlauf, durchgezogen: der Vergleichslauf. Läufe im offenen Modell messen ab dem geplanten Sendezeitpunkt, Läufe im geschlossenen Modell ab dem tatsächlichen Senden.</translation>
    </message>
</context>
<context>
    <name>scalescope::report::ComparisonReport</name>
    <message>
        <source>Unnamed plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <source>base (run %1)</source>
        <translation>Referenz (Lauf %1)</translation>
    </message>
    <message>
        <source>candidate (run %1)</source>
        <translation>Vergleich (Lauf %1)</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>The two runs</source>
        <translation>Die beiden Läufe</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Base run</source>
        <translation>Referenzlauf</translation>
    </message>
    <message>
        <source>Candidate run</source>
        <translation>Vergleichslauf</translation>
    </message>
    <message numerus="yes">
        <source>concurrent, up to %n in flight</source>
        <translation>
            <numerusform>parallel, bis zu %n gleichzeitig</numerusform>
            <numerusform>parallel, bis zu %n gleichzeitig</numerusform>
        </translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>sequenziell</translation>
    </message>
    <message>
        <source>interleaved</source>
        <translation>abwechselnd</translation>
    </message>
    <message>
        <source>grouped</source>
        <translation>gruppiert</translation>
    </message>
    <message>
        <source>%1 cells, %2 requests</source>
        <extracomment>%1 = measured cells, %2 = measured requests</extracomment>
        <translation>%1 Zellen, %2 Anfragen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Run in the history</source>
        <translation>Lauf im Verlauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Dataset sizes</source>
        <translation>Größen des Datenbestands</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Iterations per cell</source>
        <translation>Iterationen pro Zelle</translation>
    </message>
    <message>
        <source>Warm-up requests per cell</source>
        <translation>Aufwärmanfragen pro Zelle</translation>
    </message>
    <message>
        <source>Minimum duration per cell</source>
        <translation>Mindestdauer pro Zelle</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Template seed</source>
        <translation>Seed der Vorlagen</translation>
    </message>
    <message>
        <source>Differences in how the runs measured are marked.</source>
        <translation>Unterschiede in der Messweise der Läufe sind markiert.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The runs cannot be compared:</source>
        <translation>Die Läufe lassen sich nicht vergleichen:</translation>
    </message>
    <message>
        <source>Cells compared</source>
        <translation>Verglichene Zellen</translation>
    </message>
    <message>
        <source>Significantly slower</source>
        <translation>Signifikant langsamer</translation>
    </message>
    <message>
        <source>Significantly faster</source>
        <translation>Signifikant schneller</translation>
    </message>
    <message>
        <source>No significant change</source>
        <translation>Keine signifikante Änderung</translation>
    </message>
    <message>
        <source>Too few samples</source>
        <translation>Zu wenige Messwerte</translation>
    </message>
    <message>
        <source>Run-wide drift</source>
        <extracomment>%1 = signed percentage, %n = cells it was estimated from</extracomment>
        <translation>Drift über den ganzen Lauf</translation>
    </message>
    <message numerus="yes">
        <source>%1 (from %n cell(s), removed before testing)</source>
        <translation>
            <numerusform>%1 (aus %n Zelle, vor dem Test herausgerechnet)</numerusform>
            <numerusform>%1 (aus %n Zellen, vor dem Test herausgerechnet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (from %n cell(s), not removed)</source>
        <translation>
            <numerusform>%1 (aus %n Zelle, nicht herausgerechnet)</numerusform>
            <numerusform>%1 (aus %n Zellen, nicht herausgerechnet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run-to-run noise of a cell median</source>
        <extracomment>%1 = percentage</extracomment>
        <translation>Rauschen eines Zellmedians zwischen Läufen</translation>
    </message>
    <message>
        <source>%1 (one robust standard deviation)</source>
        <translation>%1 (eine robuste Standardabweichung)</translation>
    </message>
    <message>
        <source>not estimated (too few cells)</source>
        <translation>nicht geschätzt (zu wenige Zellen)</translation>
    </message>
    <message>
        <source>Holm-corrected over the cells</source>
        <translation>Holm-korrigiert über die Zellen</translation>
    </message>
    <message>
        <source>uncorrected</source>
        <translation>unkorrigiert</translation>
    </message>
    <message>
        <source>Significance</source>
        <extracomment>%1 = &quot;Holm-corrected over the cells&quot; or &quot;uncorrected&quot;, %2 = alpha, %3 = Cliff&apos;s delta, %4 = percent, %5 = ms</extracomment>
        <translation>Signifikanz</translation>
    </message>
    <message>
        <source>Mann–Whitney U on the raw samples, %1, p &lt; %2; a change counts when also |δ| ≥ %3, the median moves by at least %4 % and %5 ms</source>
        <translation>Mann-Whitney-U-Test auf den Rohmesswerten, %1, p &lt; %2; eine Änderung zählt, wenn zudem |δ| ≥ %3 ist und sich der Median um mindestens %4 % und %5 ms verschiebt</translation>
    </message>
    <message>
        <source>Differences between the runs to keep in mind:</source>
        <translation>Unterschiede zwischen den Läufen, die Sie beachten sollten:</translation>
    </message>
    <message>
        <source>Verdict per endpoint</source>
        <translation>Bewertung pro Endpunkt</translation>
    </message>
    <message>
        <source>No endpoint was compared.</source>
        <translation>Kein Endpunkt wurde verglichen.</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>fell</source>
        <translation>gesunken</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>Changes per cell</source>
        <translation>Änderungen pro Zelle</translation>
    </message>
    <message>
        <source>No cell was compared.</source>
        <translation>Keine Zelle wurde verglichen.</translation>
    </message>
    <message>
        <source>Medians of the raw samples in milliseconds. &quot;Adjusted&quot; is the change beyond the run-wide drift, which decides the verdict together with the corrected p-value and Cliff&apos;s δ (positive: the candidate is slower).</source>
        <translation>Mediane der Rohmesswerte in Millisekunden. „Bereinigt“ ist die Änderung über die Drift des ganzen Laufs hinaus; sie entscheidet zusammen mit dem korrigierten p-Wert und Cliffs δ über die Bewertung (positiv: Der Vergleichslauf ist langsamer).</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Base p50</source>
        <translation>p50 Referenz</translation>
    </message>
    <message>
        <source>Candidate p50</source>
        <translation>p50 Vergleich</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Bereinigt</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>δ</source>
        <translation>δ</translation>
    </message>
    <message>
        <source>isolated: the endpoint&apos;s other sizes do not confirm it</source>
        <translation>vereinzelt: Die anderen Größen des Endpunkts bestätigen es nicht</translation>
    </message>
    <message>
        <source>Complexity classes</source>
        <translation>Komplexitätsklassen</translation>
    </message>
    <message>
        <source>How each endpoint&apos;s median grows with the dataset in either run, fitted on the sizes both runs measured.</source>
        <translation>Wie der Median jedes Endpunkts in beiden Läufen mit dem Datenbestand wächst, angepasst an die Größen, die beide Läufe gemessen haben.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Base slope</source>
        <translation>Steigung Referenz</translation>
    </message>
    <message>
        <source>Candidate slope</source>
        <translation>Steigung Vergleich</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>nicht eindeutig</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>nicht feststellbar</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>grows faster</source>
        <translation>wächst schneller</translation>
    </message>
    <message>
        <source>grows slower</source>
        <translation>wächst langsamer</translation>
    </message>
    <message>
        <source>No endpoint changed its complexity class.</source>
        <translation>Kein Endpunkt hat seine Komplexitätsklasse geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) changed their complexity class.</source>
        <translation>
            <numerusform>%n Endpunkt hat seine Komplexitätsklasse geändert.</numerusform>
            <numerusform>%n Endpunkte haben ihre Komplexitätsklasse geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>Nicht verglichen</translation>
    </message>
    <message>
        <source>%1 at size %2</source>
        <translation>%1 bei Größe %2</translation>
    </message>
    <message>
        <source>Endpoints only in the base run</source>
        <translation>Endpunkte nur im Referenzlauf</translation>
    </message>
    <message>
        <source>Endpoints only in the candidate run</source>
        <translation>Endpunkte nur im Vergleichslauf</translation>
    </message>
    <message>
        <source>Cells only in the base run</source>
        <translation>Zellen nur im Referenzlauf</translation>
    </message>
    <message>
        <source>Cells only in the candidate run</source>
        <translation>Zellen nur im Vergleichslauf</translation>
    </message>
    <message>
        <source>Endpoints of the same name that measure different requests:</source>
        <translation>Gleichnamige Endpunkte, die unterschiedliche Anfragen messen:</translation>
    </message>
    <message>
        <source>Nothing was compared, because:</source>
        <translation>Es wurde nichts verglichen, denn:</translation>
    </message>
    <message>
        <source>Both runs measured the same endpoints at the same sizes.</source>
        <translation>Beide Läufe haben dieselben Endpunkte bei denselben Größen gemessen.</translation>
    </message>
    <message>
        <source>%1 — comparison</source>
        <extracomment>the report title, %1 = plan name</extracomment>
        <translation>%1 — Vergleich</translation>
    </message>
    <message>
        <source>%1 vs %2 — comparison</source>
        <extracomment>the report title, %1 = base plan name, %2 = candidate plan name</extracomment>
        <translation>%1 und %2 — Vergleich</translation>
    </message>
    <message>
        <source>base: %1 · candidate: %2</source>
        <extracomment>%1 = base run (&quot;run 12, 2026-12-01 09:00:00 UTC&quot;), %2 = candidate run</extracomment>
        <translation>Referenz: %1 · Vergleich: %2</translation>
    </message>
    <message>
        <source>Response time of both runs</source>
        <translation>Antwortzeit beider Läufe</translation>
    </message>
    <message>
        <source>Nothing to draw: the runs cannot be compared.</source>
        <translation>Nichts darzustellen: Die Läufe lassen sich nicht vergleichen.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>two stages paired, %1 = of the base run, %2 = of the candidate</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Stages side by side</source>
        <translation>Phasen nebeneinander</translation>
    </message>
    <message>
        <source>Every stage of both runs in adjacent rows, latencies in milliseconds. Open-model runs measure from each request&apos;s intended send time, their raw p99 and max from the moment it was sent; in closed-model runs both are the same. A marked value is at least twice the other run&apos;s.</source>
        <translation>Jede Phase beider Läufe in benachbarten Zeilen, Antwortzeiten in Millisekunden. Läufe im offenen Modell messen ab dem geplanten Sendezeitpunkt jeder Anfrage, ihr rohes p99 und Maximum ab dem Moment, in dem sie gesendet wurde; in Läufen im geschlossenen Modell ist beides gleich. Ein markierter Wert ist mindestens doppelt so hoch wie der des anderen Laufs.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Laststufe</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Raw p99</source>
        <translation>p99 roh</translation>
    </message>
    <message>
        <source>Raw max</source>
        <translation>Max. roh</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>No stage of one run has a counterpart in the other.</source>
        <translation>Keine Phase des einen Laufs hat eine Entsprechung im anderen.</translation>
    </message>
    <message>
        <source>Endpoints per stage</source>
        <translation>Endpunkte pro Phase</translation>
    </message>
    <message>
        <source>Base p99</source>
        <translation>p99 Referenz</translation>
    </message>
    <message>
        <source>Candidate p99</source>
        <translation>p99 Vergleich</translation>
    </message>
    <message>
        <source>Base max</source>
        <translation>Max. Referenz</translation>
    </message>
    <message>
        <source>Candidate max</source>
        <translation>Max. Vergleich</translation>
    </message>
    <message>
        <source>Base req/s</source>
        <translation>Anfr./s Referenz</translation>
    </message>
    <message>
        <source>Candidate req/s</source>
        <translation>Anfr./s Vergleich</translation>
    </message>
    <message>
        <source>No endpoint was measured in a stage of both runs.</source>
        <translation>Kein Endpunkt wurde in einer Phase beider Läufe gemessen.</translation>
    </message>
    <message>
        <source>Latencies in milliseconds; a candidate value at least twice the base&apos;s is marked as worse, at most half as better.</source>
        <translation>Antwortzeiten in Millisekunden; ein Wert des Vergleichslaufs, der mindestens doppelt so hoch ist wie der des Referenzlaufs, ist als schlechter markiert, einer, der höchstens halb so hoch ist, als besser.</translation>
    </message>
    <message>
        <source>Latencies in milliseconds; a value at least twice the other run&apos;s is marked. The models differ, so a lower value is not better: it may be a hidden stall.</source>
        <translation>Antwortzeiten in Millisekunden; ein Wert, der mindestens doppelt so hoch ist wie der des anderen Laufs, ist markiert. Die Modelle unterscheiden sich, daher ist ein niedrigerer Wert nicht besser: Dahinter kann ein verborgener Stillstand stecken.</translation>
    </message>
    <message>
        <source>%1 (base run only)</source>
        <extracomment>a stage only one run has, %1 = stage</extracomment>
        <translation>%1 (nur Referenzlauf)</translation>
    </message>
    <message>
        <source>%1 (candidate run only)</source>
        <translation>%1 (nur Vergleichslauf)</translation>
    </message>
    <message>
        <source>Not paired: %1.</source>
        <extracomment>%1 = list of stages</extracomment>
        <translation>Ohne Gegenstück: %1.</translation>
    </message>
    <message>
        <source>The runs are different kinds of load test: %1 in the base run, %2 in the candidate.</source>
        <extracomment>%1 = kind of the base run, %2 = of the candidate</extracomment>
        <translation>Die Läufe sind unterschiedliche Arten von Lasttest: %1 im Referenzlauf, %2 im Vergleichslauf.</translation>
    </message>
    <message>
        <source>The runs use different load models: the base run the %1, the candidate the %2. Their levels are in different units, so their stages are paired by order.</source>
        <extracomment>%1 = model of the base run, %2 = of the candidate</extracomment>
        <translation>Die Läufe verwenden unterschiedliche Lastmodelle (Referenzlauf: %1, Vergleichslauf: %2). Ihre Laststufen haben unterschiedliche Einheiten, daher werden ihre Phasen nach der Reihenfolge zugeordnet.</translation>
    </message>
    <message>
        <source>The open model (the %1 run) measures every request from its intended send time, so a stall of the target shows in its p99 and max; the closed model&apos;s users (the %2 run) wait for each answer and send fewer requests while it lasts, which hides the stall (coordinated omission). The open run&apos;s raw p99 and max are what a closed-loop tool would have reported.</source>
        <extracomment>%1 = &quot;base&quot; or &quot;candidate&quot; (the open-model run), %2 = the other one</extracomment>
        <translation>Das offene Modell (der %1) misst jede Anfrage ab ihrem geplanten Sendezeitpunkt, daher zeigt sich ein Stillstand des Ziels in seinem p99 und Maximum; die Benutzer des geschlossenen Modells (der %2) warten auf jede Antwort und senden, solange er andauert, weniger Anfragen, was den Stillstand verbirgt (Coordinated Omission). Das rohe p99 und Maximum des Laufs im offenen Modell sind das, was ein Werkzeug nach dem geschlossenen Modell gemeldet hätte.</translation>
    </message>
    <message>
        <source>Every stage is paired with the stage at the same level.</source>
        <translation>Jede Phase ist der Phase mit derselben Laststufe zugeordnet.</translation>
    </message>
    <message>
        <source>Some stages ran at different levels in the two runs (marked): they are paired by order.</source>
        <translation>Einige Phasen liefen in den beiden Läufen mit unterschiedlichen Laststufen (markiert): Sie werden nach der Reihenfolge zugeordnet.</translation>
    </message>
    <message>
        <source>The significance tests pair cells by endpoint and level; where the levels differ they are not made, but the stages are still shown side by side.</source>
        <translation>Die Signifikanztests ordnen Zellen nach Endpunkt und Laststufe einander zu; wo sich die Laststufen unterscheiden, entfallen sie, die Phasen werden aber trotzdem nebeneinander gezeigt.</translation>
    </message>
    <message>
        <source>scale test</source>
        <translation>Skalierungstest</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = the levels of the stages, %2 = their unit</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 thread(s), %2 connection(s)</source>
        <translation>%1 Thread(s), %2 Verbindung(en)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>Lastmodell</translation>
    </message>
    <message>
        <source>Stage levels</source>
        <translation>Laststufen der Phasen</translation>
    </message>
    <message>
        <source>Load generator</source>
        <translation>Lastgenerator</translation>
    </message>
    <message>
        <source>%1 at level %2</source>
        <extracomment>a cell of a load test, %1 = endpoint, %2 = level</extracomment>
        <translation>%1 bei Laststufe %2</translation>
    </message>
    <message>
        <source>Both runs measured the same endpoints at the same levels.</source>
        <translation>Beide Läufe haben dieselben Endpunkte bei denselben Laststufen gemessen.</translation>
    </message>
    <message>
        <source>p99 and max of both runs over time</source>
        <translation>p99 und Maximum beider Läufe im Zeitverlauf</translation>
    </message>
    <message>
        <source>One run is a load test, the other a scale test: their cells measure different things.</source>
        <translation>Ein Lauf ist ein Lasttest, der andere ein Skalierungstest: Ihre Zellen messen Unterschiedliches.</translation>
    </message>
</context>
<context>
    <name>scalescope::report::Html</name>
    <message>
        <source>en</source>
        <extracomment>the language code of this translation, for the lang attribute of HTML reports (&quot;de&quot; in German)</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>Generated by %1 on %2</source>
        <extracomment>%1 = tool and version, %2 = date and time</extracomment>
        <translation>Erstellt von %1 am %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Written by %1. This file is self-contained: it loads nothing from the network.</source>
        <extracomment>%1 = tool and version</extracomment>
        <translation>Geschrieben von %1. Diese Datei ist in sich geschlossen: Sie lädt nichts aus dem Netz.</translation>
    </message>
</context>
<context>
    <name>scalescope::report::JUnit</name>
    <message>
        <source>The run did not complete: %1</source>
        <translation>Der Lauf wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>No cell of %1 was measured.</source>
        <extracomment>%1 = endpoint</extracomment>
        <translation>Keine Zelle von %1 wurde gemessen.</translation>
    </message>
    <message>
        <source>The plan does not measure an endpoint named %1.</source>
        <extracomment>%1 = endpoint named by a threshold</extracomment>
        <translation>Der Plan misst keinen Endpunkt namens %1.</translation>
    </message>
    <message>
        <source>A scaling ceiling does not apply to a load test (one dataset size).</source>
        <translation>Eine Skalierungsobergrenze gilt nicht für einen Lasttest (eine einzige Größe des Datenbestands).</translation>
    </message>
    <message>
        <source>%1 at %2: %3 %4 is below %5</source>
        <extracomment>%1 = endpoint, %2 = stage (&quot;Step 3 (30 users)&quot;), %3 = metric, %4 = value, %5 = limit</extracomment>
        <translation>%1 bei %2: %3 %4 liegt unter %5</translation>
    </message>
    <message>
        <source>%1 at %2: %3 %4 exceeds %5</source>
        <translation>%1 bei %2: %3 %4 überschreitet %5</translation>
    </message>
    <message>
        <source>No stage of %1 was measured.</source>
        <extracomment>%1 = endpoint</extracomment>
        <translation>Für %1 wurde keine Phase gemessen.</translation>
    </message>
    <message numerus="yes">
        <source>Checked at %n stage(s).</source>
        <extracomment>%n = stages checked</extracomment>
        <translation>
            <numerusform>In %n Phase geprüft.</numerusform>
            <numerusform>In %n Phasen geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::report::Pdf</name>
    <message>
        <source>%1 · generated %2</source>
        <extracomment>The line under the report&apos;s title. %1 = tool and version (&quot;ScaleScope 0.1.0&quot;), %2 = date and time (UTC)</extracomment>
        <translation>%1 · erstellt am %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <extracomment>The caption of a table over its rows on the following pages. %1 = the caption</extracomment>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>This chart could not be drawn: its SVG is not valid.</source>
        <translation>Dieses Diagramm konnte nicht gezeichnet werden: Sein SVG ist ungültig.</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <extracomment>The footer of every PDF page: %1 = this page, %2 = the number of pages</extracomment>
        <translation>Seite %1 / %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 = file, %2 = reason</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: rendering a PDF needs a QGuiApplication</source>
        <translation>%1 kann nicht geschrieben werden: Zum Erstellen eines PDF ist eine QGuiApplication nötig</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>Das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>a page could not be added</source>
        <translation>Eine Seite konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>Das PDF konnte nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>scalescope::report::Reports</name>
    <message>
        <source>%1 ms</source>
        <extracomment>a duration, %1 = milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a duration, %1 = seconds with one decimal</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a duration, %1 = minutes, %2 = seconds (two digits)</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration, %1 = hours, %2 = minutes (two digits)</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Unnamed plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>nicht eindeutig</translation>
    </message>
    <message>
        <source>mean ≤ %1 ms</source>
        <extracomment>a threshold, %1 = limit in ms</extracomment>
        <translation>Mittelwert ≤ %1 ms</translation>
    </message>
    <message>
        <source>max ≤ %1 ms</source>
        <extracomment>a threshold, %1 = limit in ms</extracomment>
        <translation>Maximum ≤ %1 ms</translation>
    </message>
    <message>
        <source>error rate ≤ %1 %</source>
        <extracomment>a threshold, %1 = limit in percent</extracomment>
        <translation>Fehlerquote ≤ %1 %</translation>
    </message>
    <message>
        <source>throughput ≥ %1 req/s</source>
        <extracomment>a threshold, %1 = requests per second</extracomment>
        <translation>Durchsatz ≥ %1 Anfragen/s</translation>
    </message>
    <message>
        <source>growth at most %1</source>
        <extracomment>a scaling ceiling, %1 = complexity class (&quot;O(n)&quot;)</extracomment>
        <translation>Wachstum höchstens %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>HTTP Basic as %1</source>
        <translation>HTTP Basic als %1</translation>
    </message>
    <message>
        <source>Bearer token (supplied at run time)</source>
        <translation>Bearer-Token (zur Laufzeit übergeben)</translation>
    </message>
    <message>
        <source>Login through %1, token sent in the %2 header</source>
        <extracomment>%1 = login request (&quot;POST /api/auth/login/&quot;), %2 = header name</extracomment>
        <translation>Anmeldung über %1, Token im Header %2</translation>
    </message>
    <message>
        <source>Login as %1 through %2, token sent in the %3 header</source>
        <extracomment>%1 = user name, %2 = login request (&quot;POST /api/auth/login/&quot;), %3 = header name</extracomment>
        <translation>Anmeldung als %1 über %2, Token im Header %3</translation>
    </message>
    <message>
        <source>Parameter sweep: the size is substituted into the endpoints, no records are created</source>
        <translation>Parameterdurchlauf: Die Größe wird in die Endpunkte eingesetzt, es werden keine Datensätze angelegt</translation>
    </message>
    <message>
        <source>Seeded through the API with %1</source>
        <translation>Über die API befüllt mit %1</translation>
    </message>
    <message>
        <source>Seeded through the API</source>
        <translation>Über die API befüllt</translation>
    </message>
    <message>
        <source>; cleaned up with %1</source>
        <extracomment>appended to the dataset description, %1 = cleanup request (&quot;DELETE /api/prompts/{id}/&quot;)</extracomment>
        <translation>; aufgeräumt mit %1</translation>
    </message>
    <message>
        <source>; counted with %1</source>
        <extracomment>appended to the dataset description, %1 = count request</extracomment>
        <translation>; gezählt mit %1</translation>
    </message>
    <message numerus="yes">
        <source>Interleaved: the endpoints of a size take turns, %n request(s) each</source>
        <translation>
            <numerusform>Abwechselnd: Die Endpunkte einer Größe sind reihum dran, jeweils %n Anfrage</numerusform>
            <numerusform>Abwechselnd: Die Endpunkte einer Größe sind reihum dran, jeweils %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Grouped: one endpoint after another</source>
        <translation>Gruppiert: ein Endpunkt nach dem anderen</translation>
    </message>
    <message>
        <source>Sequential: one request at a time</source>
        <translation>Sequenziell: eine Anfrage nach der anderen</translation>
    </message>
    <message numerus="yes">
        <source>Concurrent: up to %n request(s) in flight</source>
        <translation>
            <numerusform>Parallel: bis zu %n Anfrage gleichzeitig</numerusform>
            <numerusform>Parallel: bis zu %n Anfragen gleichzeitig</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>, through the proxy %1</source>
        <extracomment>appended to the transport, %1 = proxy URL without credentials</extracomment>
        <translation>, über den Proxy %1</translation>
    </message>
    <message>
        <source>Test configuration</source>
        <translation>Testkonfiguration</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datenbestand</translation>
    </message>
    <message>
        <source>Size parameter values</source>
        <translation>Werte des Größenparameters</translation>
    </message>
    <message>
        <source>Dataset sizes</source>
        <translation>Größen des Datenbestands</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Iterations per cell</source>
        <translation>Iterationen pro Zelle</translation>
    </message>
    <message>
        <source>Warm-up requests per cell</source>
        <translation>Aufwärmanfragen pro Zelle</translation>
    </message>
    <message>
        <source>Minimum duration per cell</source>
        <translation>Mindestdauer pro Zelle</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Zeitlimit pro Anfrage</translation>
    </message>
    <message>
        <source>TLS certificate verification</source>
        <translation>Prüfung der TLS-Zertifikate</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Headers sent with every request</source>
        <extracomment>%1 = header names; their values are not shown (they may hold credentials)</extracomment>
        <translation>Mit jeder Anfrage gesendete Header</translation>
    </message>
    <message>
        <source>%1 (values not shown)</source>
        <translation>%1 (Werte nicht angezeigt)</translation>
    </message>
    <message>
        <source>Tool</source>
        <extracomment>the tool that measured and wrote the report</extracomment>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Run in the history</source>
        <translation>Lauf im Verlauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Template seed</source>
        <translation>Seed der Vorlagen</translation>
    </message>
    <message>
        <source>Records</source>
        <extracomment>%1 = records created, %2 = records deleted</extracomment>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>%1 created, %2 deleted</source>
        <translation>%1 angelegt, %2 gelöscht</translation>
    </message>
    <message>
        <source>Records left on the target</source>
        <translation>Im Ziel verbliebene Datensätze</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) created by this run were not deleted</source>
        <translation>
            <numerusform>%n von diesem Lauf angelegter Datensatz wurde nicht gelöscht</numerusform>
            <numerusform>%n von diesem Lauf angelegte Datensätze wurden nicht gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Records counted</source>
        <extracomment>%1 = records before the run, %2 = after it</extracomment>
        <translation>Gezählte Datensätze</translation>
    </message>
    <message>
        <source>%1 before the run, %2 after it</source>
        <translation>%1 vor dem Lauf, %2 danach</translation>
    </message>
    <message>
        <source>Endpoints measured</source>
        <translation>Gemessene Endpunkte</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Expected status</source>
        <translation>Erwarteter Status</translation>
    </message>
    <message>
        <source>any 2xx</source>
        <translation>jeder 2xx-Status</translation>
    </message>
    <message>
        <source>Passwords, tokens and header values are never written to a report.</source>
        <translation>Passwörter, Tokens und Header-Werte werden nie in einen Bericht geschrieben.</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>No cell was measured.</source>
        <translation>Keine Zelle wurde gemessen.</translation>
    </message>
    <message numerus="yes">
        <source>Every measured request succeeded (%n cell(s)).</source>
        <translation>
            <numerusform>Jede gemessene Anfrage war erfolgreich (%n Zelle).</numerusform>
            <numerusform>Jede gemessene Anfrage war erfolgreich (%n Zellen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) had failed requests; the lowest success rate is %1 at size %2: %3.</source>
        <extracomment>%n = cells with failures, %1 = endpoint, %2 = dataset size, %3 = its success rate</extracomment>
        <translation>
            <numerusform>%n Zelle hatte fehlgeschlagene Anfragen; die niedrigste Erfolgsquote hat %1 bei Größe %2: %3.</numerusform>
            <numerusform>%n Zellen hatten fehlgeschlagene Anfragen; die niedrigste Erfolgsquote hat %1 bei Größe %2: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>This run recorded no time series.</source>
        <translation>Dieser Lauf hat keinen Zeitverlauf aufgezeichnet.</translation>
    </message>
    <message>
        <source>Results per dataset size</source>
        <translation>Ergebnisse nach Größe des Datenbestands</translation>
    </message>
    <message>
        <source>Latencies in milliseconds over every measured request, failed ones included; a marked value failed a threshold of the plan.</source>
        <translation>Antwortzeiten in Millisekunden über alle gemessenen Anfragen, fehlgeschlagene eingeschlossen; ein markierter Wert hat einen Schwellenwert des Plans verfehlt.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>Size parameter %1</source>
        <translation>Größenparameter %1</translation>
    </message>
    <message>
        <source>Size %1 (%2 records)</source>
        <extracomment>%1 = nominal size, %2 = records the target held</extracomment>
        <translation>Größe %1 (%2 Datensätze)</translation>
    </message>
    <message>
        <source>Size %1</source>
        <translation>Größe %1</translation>
    </message>
    <message>
        <source>Summary statistics</source>
        <translation>Zusammenfassende Statistik</translation>
    </message>
    <message>
        <source>The run stopped with an error: %1</source>
        <extracomment>%1 = the error message</extracomment>
        <translation>Der Lauf wurde mit einem Fehler beendet: %1</translation>
    </message>
    <message>
        <source>The run did not finish (%1): the numbers cover the cells measured until then.</source>
        <translation>Der Lauf wurde nicht zu Ende geführt (%1): Die Zahlen umfassen die bis dahin gemessenen Zellen.</translation>
    </message>
    <message>
        <source>Cells measured</source>
        <extracomment>%1 = measured cells, %2 = planned cells (endpoints × sizes)</extracomment>
        <translation>Gemessene Zellen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Requests measured</source>
        <translation>Gemessene Anfragen</translation>
    </message>
    <message>
        <source>Failed requests</source>
        <translation>Fehlgeschlagene Anfragen</translation>
    </message>
    <message>
        <source>Time spent measuring</source>
        <translation>Messdauer</translation>
    </message>
    <message>
        <source>Mean throughput</source>
        <extracomment>%1 = requests per second</extracomment>
        <translation>Mittlerer Durchsatz</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <extracomment>a throughput, %1 = requests per second</extracomment>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <source>Run duration</source>
        <translation>Dauer des Laufs</translation>
    </message>
    <message>
        <source>Per endpoint, over every dataset size (latencies in ms)</source>
        <translation>Pro Endpunkt, über alle Größen des Datenbestands (Antwortzeiten in ms)</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>p50, smallest size</source>
        <translation>p50, kleinste Größe</translation>
    </message>
    <message>
        <source>p50, largest size</source>
        <translation>p50, größte Größe</translation>
    </message>
    <message>
        <source>Highest p95</source>
        <translation>Höchstes p95</translation>
    </message>
    <message>
        <source>Highest p99</source>
        <translation>Höchstes p99</translation>
    </message>
    <message>
        <source>Highest max</source>
        <translation>Höchstes Maximum</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>How the median response time of each endpoint grows with the dataset: the simplest model t = a + b·g(n) that the measurements support.</source>
        <translation>Wie der Median der Antwortzeit jedes Endpunkts mit dem Datenbestand wächst: das einfachste Modell t = a + b·g(n), das die Messungen stützen.</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Slope</source>
        <translation>Steigung</translation>
    </message>
    <message>
        <source>Fit (R²)</source>
        <translation>Anpassung (R²)</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>No endpoint was measured.</source>
        <translation>Kein Endpunkt wurde gemessen.</translation>
    </message>
    <message>
        <source>Findings and recommendations</source>
        <translation>Befunde und Empfehlungen</translation>
    </message>
    <message>
        <source>The analysis found nothing to report.</source>
        <translation>Die Analyse hat nichts Berichtenswertes gefunden.</translation>
    </message>
    <message>
        <source>Critical: %1</source>
        <extracomment>a finding, %1 = its message</extracomment>
        <translation>Kritisch: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <extracomment>a finding, %1 = its message</extracomment>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Info: %1</source>
        <extracomment>a finding, %1 = its message</extracomment>
        <translation>Info: %1</translation>
    </message>
    <message>
        <source>Threshold verdicts</source>
        <translation>Bewertung der Schwellenwerte</translation>
    </message>
    <message>
        <source>The plan sets no thresholds.</source>
        <translation>Der Plan legt keine Schwellenwerte fest.</translation>
    </message>
    <message>
        <source>No threshold could be checked: no cell was measured.</source>
        <translation>Kein Schwellenwert konnte geprüft werden: Keine Zelle wurde gemessen.</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>Die %n Prüfung wurde bestanden.</numerusform>
            <numerusform>Alle %n Prüfungen wurden bestanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) failed.</source>
        <extracomment>%1 = failed checks, %n = all checks</extracomment>
        <translation>
            <numerusform>%1 von %n Prüfung ist fehlgeschlagen.</numerusform>
            <numerusform>%1 von %n Prüfungen sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Failed at size</source>
        <translation>Verfehlt bei Größe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>worst: %1 at size %2</source>
        <extracomment>%1 = the worst value with its unit, %2 = the size where it was measured</extracomment>
        <translation>schlechtester Wert: %1 bei Größe %2</translation>
    </message>
    <message>
        <source>all sizes</source>
        <translation>alle Größen</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Fehlgeschlagene Prüfungen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more failed check(s) (see the JSON or JUnit export).</source>
        <translation>
            <numerusform>… und %n weitere fehlgeschlagene Prüfung (siehe JSON- oder JUnit-Export).</numerusform>
            <numerusform>… und %n weitere fehlgeschlagene Prüfungen (siehe JSON- oder JUnit-Export).</numerusform>
        </translation>
    </message>
    <message>
        <source>A threshold names the endpoint %1, which the plan does not measure: it was not checked.</source>
        <extracomment>%1 = endpoint name</extracomment>
        <translation>Ein Schwellenwert nennt den Endpunkt %1, den der Plan nicht misst: Er wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No measured request failed.</source>
        <translation>Keine gemessene Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Failed requests by kind</source>
        <translation>Fehlgeschlagene Anfragen nach Art</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Share of failures</source>
        <translation>Anteil an den Fehlschlägen</translation>
    </message>
    <message>
        <source>Cells with failed requests, with the first messages of each</source>
        <translation>Zellen mit fehlgeschlagenen Anfragen, mit den ersten Meldungen jeder Zelle</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sample messages</source>
        <translation>Beispielmeldungen</translation>
    </message>
    <message>
        <source>(no message recorded)</source>
        <translation>(keine Meldung aufgezeichnet)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more cell(s) with failed requests (see the CSV or JSON export).</source>
        <translation>
            <numerusform>… und %n weitere Zelle mit fehlgeschlagenen Anfragen (siehe CSV- oder JSON-Export).</numerusform>
            <numerusform>… und %n weitere Zellen mit fehlgeschlagenen Anfragen (siehe CSV- oder JSON-Export).</numerusform>
        </translation>
    </message>
    <message>
        <source>after %1</source>
        <extracomment>when an event happened, %1 = duration since the start of the run</extracomment>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>Warnings and errors during the run:</source>
        <translation>Warnungen und Fehler während des Laufs:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — scale test</source>
        <extracomment>the report title, %1 = plan (or run) name</extracomment>
        <translation>%1 — Skalierungstest</translation>
    </message>
    <message>
        <source>run %1</source>
        <extracomment>%1 = id of the run in the history</extracomment>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Response time vs dataset size</source>
        <translation>Antwortzeit nach Größe des Datenbestands</translation>
    </message>
    <message>
        <source>Endpoint × size heatmap</source>
        <translation>Heatmap Endpunkt × Größe</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) — critical: %1, warnings: %2.</source>
        <extracomment>%1 = critical findings, %2 = warnings; %n = all findings</extracomment>
        <translation>
            <numerusform>%n Befund — kritisch: %1, Warnungen: %2.</numerusform>
            <numerusform>%n Befunde — kritisch: %1, Warnungen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, p95 %2, p99 %3, errors %4</source>
        <extracomment>a stage&apos;s results, %1 = throughput, %2 = p95, %3 = p99, %4 = error rate</extracomment>
        <translation>%1, p95 %2, p99 %3, Fehler %4</translation>
    </message>
    <message>
        <source>not estimated: %1</source>
        <extracomment>%1 = why there is no trend</extracomment>
        <translation>nicht geschätzt: %1</translation>
    </message>
    <message>
        <source>%1 per hour (%2 per hour), significant (p = %3)</source>
        <extracomment>a trend, %1 = change per hour with its unit, %2 = relative change per hour, %3 = p-value</extracomment>
        <translation>%1 pro Stunde (%2 pro Stunde), signifikant (p = %3)</translation>
    </message>
    <message>
        <source>%1 per hour (%2 per hour), not significant (p = %3)</source>
        <extracomment>a trend, %1 = change per hour with its unit, %2 = relative change per hour, %3 = p-value</extracomment>
        <translation>%1 pro Stunde (%2 pro Stunde), nicht signifikant (p = %3)</translation>
    </message>
    <message>
        <source>process %1</source>
        <extracomment>a memory source, %1 = process id</extracomment>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>uniform in %1 … %2</source>
        <extracomment>think time, %1 = minimum, %2 = maximum</extracomment>
        <translation>gleichverteilt in %1 … %2</translation>
    </message>
    <message>
        <source>error rate above %1 %</source>
        <extracomment>a stop condition, %1 = percent</extracomment>
        <translation>Fehlerrate über %1 %</translation>
    </message>
    <message>
        <source>p95 above %1 ms</source>
        <extracomment>a stop condition, %1 = milliseconds</extracomment>
        <translation>p95 über %1 ms</translation>
    </message>
    <message>
        <source>throughput grows less than 5 % over the previous step</source>
        <translation>der Durchsatz wächst um weniger als 5 % gegenüber der vorigen Stufe</translation>
    </message>
    <message>
        <source>none: the ramp runs to its maximum</source>
        <translation>keine: Die Rampe läuft bis zu ihrem Maximum</translation>
    </message>
    <message>
        <source>error rate above the limit</source>
        <translation>Fehlerrate über der Grenze</translation>
    </message>
    <message>
        <source>p95 above the limit</source>
        <translation>p95 über der Grenze</translation>
    </message>
    <message>
        <source>throughput stopped rising</source>
        <translation>der Durchsatz stieg nicht mehr</translation>
    </message>
    <message>
        <source>reached the maximum level without breaking</source>
        <translation>hat die maximale Laststufe erreicht, ohne einzubrechen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Warning: the load generator did not keep up, so part of what this report shows describes the generator rather than the target.</source>
        <translation>Warnung: Der Lastgenerator kam nicht hinterher, daher beschreibt ein Teil dessen, was dieser Bericht zeigt, eher den Lastgenerator als das Ziel.</translation>
    </message>
    <message numerus="yes">
        <source>The generator was saturated for %n second(s) of the measured run: its CPU was above 90 % of its cores, or its requests went out late.</source>
        <translation>
            <numerusform>Der Lastgenerator war %n Sekunde des gemessenen Laufs lang gesättigt: Seine CPU-Auslastung lag über 90 % seiner Kerne, oder seine Anfragen gingen verspätet hinaus.</numerusform>
            <numerusform>Der Lastgenerator war %n Sekunden des gemessenen Laufs lang gesättigt: Seine CPU-Auslastung lag über 90 % seiner Kerne, oder seine Anfragen gingen verspätet hinaus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were dropped: they were due while %1 requests were already in flight.</source>
        <extracomment>%n = dropped requests, %1 = the maximum of requests in flight</extracomment>
        <translation>
            <numerusform>%n Anfrage wurde verworfen: Sie war fällig, während bereits %1 Anfragen unterwegs waren.</numerusform>
            <numerusform>%n Anfragen wurden verworfen: Sie waren fällig, während bereits %1 Anfragen unterwegs waren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) went out more than %1 ms after their intended send time.</source>
        <extracomment>%n = late requests, %1 = milliseconds</extracomment>
        <translation>
            <numerusform>%n Anfrage ging mehr als %1 ms nach ihrem geplanten Sendezeitpunkt hinaus.</numerusform>
            <numerusform>%n Anfragen gingen mehr als %1 ms nach ihrem geplanten Sendezeitpunkt hinaus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the generator more worker threads or connections, run it on a machine of its own, or lower the level.</source>
        <translation>Geben Sie dem Lastgenerator mehr Worker-Threads oder Verbindungen, führen Sie ihn auf einem eigenen Rechner aus, oder senken Sie die Laststufe.</translation>
    </message>
    <message>
        <source>The run did not finish (%1): the numbers cover the stages measured until then.</source>
        <translation>Der Lauf wurde nicht abgeschlossen (%1): Die Zahlen umfassen die bis dahin gemessenen Phasen.</translation>
    </message>
    <message>
        <source>Breaking point at %1: %2.</source>
        <extracomment>%1 = the stage (&quot;Step 5 (50 users)&quot;), %2 = the condition with its numbers</extracomment>
        <translation>Bruchpunkt bei %1: %2.</translation>
    </message>
    <message>
        <source>No breaking point: the ramp %1.</source>
        <extracomment>%1 = the outcome with its numbers</extracomment>
        <translation>Kein Bruchpunkt: Die Rampe %1.</translation>
    </message>
    <message>
        <source>The ramp ended before it found a breaking point (%1).</source>
        <translation>Die Rampe endete, bevor sie einen Bruchpunkt fand (%1).</translation>
    </message>
    <message>
        <source>No scalability model could be fitted: %1</source>
        <translation>Es konnte kein Skalierbarkeitsmodell angepasst werden: %1</translation>
    </message>
    <message>
        <source>Throughput peaks at about %1 concurrent users with %2 (Universal Scalability Law: contention σ = %3, coherency κ = %4); beyond that, more users make it slower.</source>
        <extracomment>%1 = users, %2 = requests per second, %3 = sigma, %4 = kappa</extracomment>
        <translation>Der Durchsatz erreicht seinen Höchstwert bei etwa %1 gleichzeitigen Benutzern mit %2 (Universal Scalability Law: Konkurrenz σ = %3, Kohärenz κ = %4); darüber hinaus senken weitere Benutzer den Durchsatz.</translation>
    </message>
    <message>
        <source>Throughput still rises at the largest level measured: the fitted curve has no peak (contention σ = %1, coherency negligible).</source>
        <extracomment>%1 = sigma</extracomment>
        <translation>Der Durchsatz steigt bei der größten gemessenen Laststufe noch: Die angepasste Kurve hat keinen Höchstwert (Konkurrenz σ = %1, Kohärenz vernachlässigbar).</translation>
    </message>
    <message>
        <source>p95 over the intervals: %1.</source>
        <extracomment>%1 = the trend of p95 in words</extracomment>
        <translation>p95 über die Intervalle: %1.</translation>
    </message>
    <message>
        <source>Target memory: %1.</source>
        <extracomment>%1 = the trend of the target&apos;s memory in words</extracomment>
        <translation>Speicher des Ziels: %1.</translation>
    </message>
    <message>
        <source>%1 held for %2: %3.</source>
        <extracomment>%1 = level (&quot;10 users&quot;), %2 = duration, %3 = the stage&apos;s results</extracomment>
        <translation>%1 für %2 gehalten: %3.</translation>
    </message>
    <message>
        <source>Requests queued behind the schedule in %1: p99 %2 and max %4 from the intended send times, but only %3 and %5 from the moment they were sent. The target (or the generator) stalled; a closed-loop tool would have reported %3.</source>
        <extracomment>%1 = stage, %2 = p99 from intended send times, %3 = raw p99, %4 = max, %5 = raw max</extracomment>
        <translation>Anfragen stauten sich in %1 hinter dem Zeitplan: p99 %2 und Maximum %4 ab den geplanten Sendezeitpunkten, aber nur %3 und %5 ab dem Moment, in dem sie gesendet wurden. Das Ziel (oder der Lastgenerator) kam zum Stillstand; ein Werkzeug nach dem geschlossenen Modell hätte %3 gemeldet.</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>%1 = kind (&quot;Stress test&quot;), %2 = model (&quot;closed model (virtual users)&quot;)</extracomment>
        <translation>Test</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 = stage (&quot;Step 2 (20 users)&quot;), %2 = its duration</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Dropped requests</source>
        <translation>Verworfene Anfragen</translation>
    </message>
    <message>
        <source>Late requests</source>
        <translation>Verspätete Anfragen</translation>
    </message>
    <message>
        <source>Highest throughput</source>
        <extracomment>%1 = throughput, %2 = the stage</extracomment>
        <translation>Höchster Durchsatz</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source> (raw: %1)</source>
        <extracomment>appended to a p99, %1 = the raw p99</extracomment>
        <translation> (roh: %1)</translation>
    </message>
    <message>
        <source>Generator saturated</source>
        <translation>Lastgenerator gesättigt</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Records during the load</source>
        <translation>Datensätze unter Last</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>Lastmodell</translation>
    </message>
    <message>
        <source>Virtual users</source>
        <translation>Virtuelle Benutzer</translation>
    </message>
    <message>
        <source>Users at the first step</source>
        <translation>Benutzer in der ersten Stufe</translation>
    </message>
    <message>
        <source>Spawn rate</source>
        <translation>Startrate</translation>
    </message>
    <message>
        <source>%1 users per second</source>
        <translation>%1 Benutzer pro Sekunde</translation>
    </message>
    <message>
        <source>all at once</source>
        <translation>alle auf einmal</translation>
    </message>
    <message>
        <source>Think time</source>
        <translation>Denkzeit</translation>
    </message>
    <message>
        <source>Rate at the first step</source>
        <translation>Rate in der ersten Stufe</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <extracomment>%1 = start rate, %2 = end rate, %3 = duration</extracomment>
        <translation>Ankunftsrate</translation>
    </message>
    <message>
        <source>ramping from %1 to %2 over %3</source>
        <translation>ansteigend von %1 auf %2 innerhalb von %3</translation>
    </message>
    <message>
        <source>Requests in flight at most</source>
        <translation>Höchstzahl gleichzeitiger Anfragen</translation>
    </message>
    <message>
        <source>Hold duration</source>
        <translation>Haltedauer</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>%1 = the increment (&quot;10 users&quot;), %2 = duration of a step</extracomment>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>+%1 every %2</source>
        <translation>+%1 alle %2</translation>
    </message>
    <message>
        <source>Maximum level</source>
        <translation>Maximale Laststufe</translation>
    </message>
    <message>
        <source>Stop conditions</source>
        <translation>Abbruchbedingungen</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>%1 at the first step&apos;s level</source>
        <translation>%1 bei der Last der ersten Stufe</translation>
    </message>
    <message>
        <source>Levels</source>
        <extracomment>%1 = users per level</extracomment>
        <translation>Laststufen</translation>
    </message>
    <message>
        <source>%1 users</source>
        <extracomment>a load level, %1 = number of virtual users</extracomment>
        <translation>%1 Benutzer</translation>
    </message>
    <message>
        <source>Time per level</source>
        <translation>Zeit pro Laststufe</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmphase</translation>
    </message>
    <message>
        <source>Worker threads</source>
        <translation>Worker-Threads</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>one per user</source>
        <translation>eine pro Benutzer</translation>
    </message>
    <message>
        <source>one per request in flight</source>
        <translation>eine pro laufender Anfrage</translation>
    </message>
    <message>
        <source>Target memory</source>
        <translation>Speicher des Ziels</translation>
    </message>
    <message>
        <source>Endpoints and their share of the load</source>
        <translation>Endpunkte und ihr Anteil an der Last</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>This run recorded no second of load.</source>
        <translation>Dieser Lauf hat keine Sekunde Last aufgezeichnet.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Laststufe</translation>
    </message>
    <message>
        <source>Breaking point</source>
        <translation>Bruchpunkt</translation>
    </message>
    <message>
        <source>The target broke at %1: %2.</source>
        <extracomment>%1 = stage, %2 = the condition with its numbers</extracomment>
        <translation>Das Ziel ist bei %1 eingebrochen: %2.</translation>
    </message>
    <message>
        <source>It still coped at %1, the step before.</source>
        <extracomment>%1 = stage</extracomment>
        <translation>Bei %1, der Stufe davor, hielt es noch stand.</translation>
    </message>
    <message>
        <source>Already the first step met a stop condition: no step was good. Start the ramp lower.</source>
        <translation>Schon die erste Stufe erfüllte eine Abbruchbedingung: Keine Stufe war gut. Starten Sie die Rampe niedriger.</translation>
    </message>
    <message>
        <source>Back at %1 for %2</source>
        <extracomment>%1 = level, %2 = duration</extracomment>
        <translation>Wieder %1 für %2</translation>
    </message>
    <message>
        <source>%1: p95 %2 (first step %3), errors %4 (first step %5).</source>
        <extracomment>%1 = &quot;Back at 10 users for 4 s&quot;, %2 = p95 now, %3 = p95 of the first step, %4 = error rate now, %5 = error rate of the first step</extracomment>
        <translation>%1: p95 %2 (erste Stufe %3), Fehler %4 (erste Stufe %5).</translation>
    </message>
    <message>
        <source>The target recovered once the load went back down.</source>
        <translation>Das Ziel hat sich erholt, sobald die Last wieder sank.</translation>
    </message>
    <message>
        <source>The target did not recover: back at the first step&apos;s level it stayed slower or kept failing.</source>
        <translation>Das Ziel hat sich nicht erholt: Zurück bei der Last der ersten Stufe blieb es langsamer oder lieferte weiter Fehler.</translation>
    </message>
    <message>
        <source>No recovery was measured.</source>
        <translation>Es wurde keine Erholung gemessen.</translation>
    </message>
    <message>
        <source>The target did not break: the ramp %1.</source>
        <translation>Das Ziel ist nicht eingebrochen: Die Rampe %1.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Last good step</source>
        <translation>Letzte gute Stufe</translation>
    </message>
    <message>
        <source>The steps that matter</source>
        <translation>Die entscheidenden Stufen</translation>
    </message>
    <message>
        <source>Throughput vs concurrency</source>
        <translation>Durchsatz nach Nebenläufigkeit</translation>
    </message>
    <message>
        <source>Contention σ</source>
        <translation>Konkurrenz σ</translation>
    </message>
    <message>
        <source>Coherency κ</source>
        <translation>Kohärenz κ</translation>
    </message>
    <message>
        <source>Throughput of one user λ</source>
        <translation>Durchsatz eines Benutzers λ</translation>
    </message>
    <message>
        <source>Predicted peak concurrency</source>
        <translation>Vorhergesagte Nebenläufigkeit beim Höchstwert</translation>
    </message>
    <message>
        <source>none: throughput keeps rising</source>
        <translation>keine: Der Durchsatz steigt weiter</translation>
    </message>
    <message>
        <source>Predicted maximum throughput</source>
        <translation>Vorhergesagter maximaler Durchsatz</translation>
    </message>
    <message>
        <source>unbounded (σ and κ ≈ 0)</source>
        <translation>unbegrenzt (σ und κ ≈ 0)</translation>
    </message>
    <message>
        <source>%1, approached but never reached</source>
        <translation>%1, angenähert, aber nie erreicht</translation>
    </message>
    <message>
        <source>Universal Scalability Law</source>
        <translation>Universal Scalability Law</translation>
    </message>
    <message>
        <source>Per level</source>
        <translation>Pro Laststufe</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Fitted req/s</source>
        <translation>Anfr./s (angepasst)</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>p95 trend</source>
        <translation>p95-Trend</translation>
    </message>
    <message>
        <source>Error rate trend</source>
        <translation>Trend der Fehlerrate</translation>
    </message>
    <message>
        <source>Per interval (latencies in ms)</source>
        <translation>Pro Intervall (Antwortzeiten in ms)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more interval(s) (the CSV export with --csv-samples has every second).</source>
        <translation>
            <numerusform>… und %n weiteres Intervall (der CSV-Export mit --csv-samples enthält jede Sekunde).</numerusform>
            <numerusform>… und %n weitere Intervalle (der CSV-Export mit --csv-samples enthält jede Sekunde).</numerusform>
        </translation>
    </message>
    <message>
        <source>The target&apos;s memory could not be read: %1</source>
        <extracomment>%1 = the error of the memory source</extracomment>
        <translation>Der Speicher des Ziels konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No sample of the target&apos;s memory was taken: give the endurance test a source with --metrics-url or --memory-pid.</source>
        <translation>Vom Speicher des Ziels wurde kein Messwert erfasst: Geben Sie dem Dauertest mit --metrics-url oder --memory-pid eine Quelle.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>none (--metrics-url or --memory-pid)</source>
        <translation>keine (--metrics-url oder --memory-pid)</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <extracomment>a memory size, %1 = megabytes</extracomment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>First sample</source>
        <translation>Erster Messwert</translation>
    </message>
    <message>
        <source>Last sample</source>
        <translation>Letzter Messwert</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Höchstwert</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Results per stage</source>
        <translation>Ergebnisse pro Phase</translation>
    </message>
    <message>
        <source>Latencies in milliseconds from each request&apos;s intended send time; &quot;raw&quot; from the moment it was actually sent, what a closed-loop tool would report. A marked p99 is at least twice its raw p99: requests queued behind the schedule.</source>
        <translation>Antwortzeiten in Millisekunden ab dem geplanten Sendezeitpunkt jeder Anfrage; „roh“ ab dem Moment, in dem sie tatsächlich gesendet wurde – das, was ein Werkzeug nach dem geschlossenen Modell melden würde. Ein markiertes p99 ist mindestens doppelt so hoch wie sein rohes p99: Anfragen stauten sich hinter dem Zeitplan.</translation>
    </message>
    <message>
        <source>Latencies in milliseconds over every measured request of the stage, failed ones included.</source>
        <translation>Antwortzeiten in Millisekunden über alle gemessenen Anfragen der Phase, fehlgeschlagene eingeschlossen.</translation>
    </message>
    <message>
        <source>Raw p99</source>
        <translation>p99 roh</translation>
    </message>
    <message>
        <source>Raw max</source>
        <translation>Max. roh</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>No stage was measured.</source>
        <translation>Es wurde keine Phase gemessen.</translation>
    </message>
    <message>
        <source>The intervals of the hold are listed under &quot;Intervals&quot;.</source>
        <translation>Die Intervalle der Haltephase sind unter „Intervalle“ aufgeführt.</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation>Fehlgeschlagen bei</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>A scaling ceiling judges growth with the dataset; a load test holds one dataset size.</source>
        <translation>Eine Skalierungsobergrenze beurteilt das Wachstum mit dem Datenbestand; ein Lasttest verwendet nur eine Größe des Datenbestands.</translation>
    </message>
    <message>
        <source>worst: %1 at %2</source>
        <extracomment>%1 = the worst value with its unit, %2 = the stage where it was measured</extracomment>
        <translation>am schlechtesten: %1 bei %2</translation>
    </message>
    <message>
        <source>No threshold could be checked: no stage was measured.</source>
        <translation>Es konnte kein Schwellenwert geprüft werden: Es wurde keine Phase gemessen.</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed (each threshold per endpoint per stage).</source>
        <translation>
            <numerusform>Die %n Prüfung wurde bestanden (jeder Schwellenwert pro Endpunkt und Phase).</numerusform>
            <numerusform>Alle %n Prüfungen wurden bestanden (jeder Schwellenwert pro Endpunkt und Phase).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) failed (each threshold per endpoint per stage).</source>
        <extracomment>%1 = failed checks, %n = all checks</extracomment>
        <translation>
            <numerusform>%1 von %n Prüfung ist fehlgeschlagen (jeder Schwellenwert pro Endpunkt und Phase).</numerusform>
            <numerusform>%1 von %n Prüfungen sind fehlgeschlagen (jeder Schwellenwert pro Endpunkt und Phase).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>the report title of a load test, %1 = plan (or run) name, %2 = kind (&quot;Stress test&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <extracomment>a load level, %1 = arrival rate</extracomment>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 = stage name (&quot;Step 3&quot;), %2 = its level (&quot;30 users&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>scalescope::results</name>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>mean ms</source>
        <translation>Mittel ms</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation>p99 ms</translation>
    </message>
    <message>
        <source>max ms</source>
        <translation>Max. ms</translation>
    </message>
    <message>
        <source>Size %1 (parameter sweep)</source>
        <translation>Größe %1 (Parameterdurchlauf)</translation>
    </message>
    <message>
        <source>Size %1 (%2 records)</source>
        <translation>Größe %1 (%2 Datensätze)</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>Interval %1</source>
        <translation>Intervall %1</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Laststufe %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Haltephase</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>%1: %2 %3 for %4 s</source>
        <extracomment>%1 = stage name, %2 = level, %3 = unit (users, requests/s), %4 = seconds</extracomment>
        <translation>%1: %2 %3 für %4 s</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>raw p99 ms</source>
        <translation>p99 roh ms</translation>
    </message>
    <message>
        <source>raw max ms</source>
        <translation>Max. roh ms</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>%1, %2 (latencies from %3):</source>
        <translation>%1, %2 (Antwortzeiten ab %3):</translation>
    </message>
    <message>
        <source>intended send times; raw = from actual send</source>
        <translation>den geplanten Sendezeitpunkten; roh = ab dem tatsächlichen Senden</translation>
    </message>
    <message>
        <source>send</source>
        <translation>dem Senden</translation>
    </message>
    <message>
        <source>Breaking point: %1</source>
        <translation>Bruchpunkt: %1</translation>
    </message>
    <message>
        <source>No breaking point: %1</source>
        <translation>Kein Bruchpunkt: %1</translation>
    </message>
    <message>
        <source>%1 requests, %2 failed, %3 dropped, %4 late; %5 worker thread(s), %6 connection(s)</source>
        <translation>%1 Anfragen, %2 fehlgeschlagen, %3 verworfen, %4 verspätet; %5 Worker-Thread(s), %6 Verbindung(en)</translation>
    </message>
</context>
<context>
    <name>scalescope::storage::HistoryStore</name>
    <message>
        <source>%1 is damaged and was left untouched: %2. Restore it from a backup or choose another history file.</source>
        <extracomment>%1 = file, %2 = SQLite&apos;s reason</extracomment>
        <translation>%1 ist beschädigt und wurde nicht verändert: %2. Stellen Sie die Datei aus einer Sicherung wieder her oder wählen Sie eine andere Verlaufsdatei.</translation>
    </message>
    <message>
        <source>the file is shorter than its header says (%1 of %2 bytes): a truncated copy?</source>
        <translation>die Datei ist kürzer, als ihr Header angibt (%1 von %2 Bytes): eine abgeschnittene Kopie?</translation>
    </message>
    <message>
        <source>%1 is not a ScaleScope history database: it belongs to another application (SQLite application id 0x%2).</source>
        <translation>%1 ist keine ScaleScope-Verlaufsdatenbank: Sie gehört zu einer anderen Anwendung (SQLite-Anwendungs-ID 0x%2).</translation>
    </message>
    <message>
        <source>%1 is not a ScaleScope history database: it is another application&apos;s SQLite database (tables: %2).</source>
        <translation>%1 ist keine ScaleScope-Verlaufsdatenbank: Es ist die SQLite-Datenbank einer anderen Anwendung (Tabellen: %2).</translation>
    </message>
    <message>
        <source>%1 was written by a newer ScaleScope (history schema version %2; this version writes version %3). Update ScaleScope, or open it read-only.</source>
        <translation>%1 wurde von einer neueren ScaleScope-Version geschrieben (Verlaufsschema-Version %2; diese Version schreibt Version %3). Aktualisieren Sie ScaleScope oder öffnen Sie die Datei schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 uses the older history schema version %2: open it read-write once to upgrade it to version %3.</source>
        <translation>%1 verwendet die ältere Verlaufsschema-Version %2: Öffnen Sie die Datei einmal mit Schreibzugriff, um sie auf Version %3 zu aktualisieren.</translation>
    </message>
    <message>
        <source>%1 was written by a newer ScaleScope (history schema version %2) in a way this version cannot read: %3</source>
        <translation>%1 wurde von einer neueren ScaleScope-Version (Verlaufsschema-Version %2) so geschrieben, dass diese Version die Datei nicht lesen kann: %3</translation>
    </message>
    <message>
        <source>No history database path given.</source>
        <translation>Kein Pfad zur Verlaufsdatenbank angegeben.</translation>
    </message>
    <message>
        <source>Cannot open %1: the Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>%1 kann nicht geöffnet werden: Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a directory.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist ein Verzeichnis.</translation>
    </message>
    <message>
        <source>No history database at %1.</source>
        <translation>Keine Verlaufsdatenbank unter %1.</translation>
    </message>
    <message>
        <source>Cannot create the history database %1: the directory %2 does not exist.</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht angelegt werden: Das Verzeichnis %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the history database %1: the directory %2 is not writable.</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht angelegt werden: Das Verzeichnis %2 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a ScaleScope history database: it is not an SQLite file.</source>
        <translation>%1 ist keine ScaleScope-Verlaufsdatenbank: Es ist keine SQLite-Datei.</translation>
    </message>
    <message>
        <source>%1 is not a ScaleScope history database: the SQLite file is truncated (%2 bytes).</source>
        <translation>%1 ist keine ScaleScope-Verlaufsdatenbank: Die SQLite-Datei ist abgeschnitten (%2 Bytes).</translation>
    </message>
    <message>
        <source>Cannot write to the history database %1: the file is read-only (open it read-only to browse it).</source>
        <translation>In die Verlaufsdatenbank %1 kann nicht geschrieben werden: Die Datei ist schreibgeschützt (öffnen Sie sie schreibgeschützt, um sie zu durchsuchen).</translation>
    </message>
    <message>
        <source>Cannot write to the history database %1: the directory %2 is not writable (SQLite keeps its journal next to the file).</source>
        <translation>In die Verlaufsdatenbank %1 kann nicht geschrieben werden: Das Verzeichnis %2 ist nicht beschreibbar (SQLite legt sein Journal neben der Datei ab).</translation>
    </message>
    <message>
        <source>%1 is not a ScaleScope history database: it is empty.</source>
        <translation>%1 ist keine ScaleScope-Verlaufsdatenbank: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>History: %1 failed in %2: %3</source>
        <extracomment>%1 = what was being done (&quot;storing cells of run 4&quot;), %2 = file, %3 = SQLite&apos;s reason</extracomment>
        <translation>Verlauf: %1 in %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation>Einrichten der Verbindung</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>upgrading the schema</source>
        <translation>Aktualisieren des Schemas</translation>
    </message>
    <message>
        <source>Cannot upgrade the history database %1 from schema version %2 to %3: %4</source>
        <translation>Die Verlaufsdatenbank %1 kann nicht von Schemaversion %2 auf %3 aktualisiert werden: %4</translation>
    </message>
    <message>
        <source>The history database %1 was opened read-only.</source>
        <translation>Die Verlaufsdatenbank %1 wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>No run with id %1 in %2.</source>
        <translation>Kein Lauf mit der ID %1 in %2.</translation>
    </message>
    <message>
        <source>looking up run %1</source>
        <translation>Nachschlagen von Lauf %1</translation>
    </message>
    <message>
        <source>updating run %1</source>
        <translation>Aktualisieren von Lauf %1</translation>
    </message>
    <message>
        <source>creating a run</source>
        <translation>Anlegen eines Laufs</translation>
    </message>
    <message>
        <source>storing the cells of run %1</source>
        <translation>Speichern der Zellen von Lauf %1</translation>
    </message>
    <message>
        <source>storing the time series of run %1</source>
        <translation>Speichern der Zeitreihen von Lauf %1</translation>
    </message>
    <message>
        <source>storing the events of run %1</source>
        <translation>Speichern der Ereignisse von Lauf %1</translation>
    </message>
    <message>
        <source>Cannot finish run %1: the result&apos;s status is still &quot;running&quot;.</source>
        <translation>Lauf %1 kann nicht abgeschlossen werden: Der Status des Ergebnisses ist noch „läuft“.</translation>
    </message>
    <message>
        <source>finishing run %1</source>
        <translation>Abschließen von Lauf %1</translation>
    </message>
    <message>
        <source>storing the findings of run %1</source>
        <translation>Speichern der Befunde von Lauf %1</translation>
    </message>
    <message>
        <source>storing the threshold verdict of run %1</source>
        <translation>Speichern der Schwellenwert-Bewertung von Lauf %1</translation>
    </message>
    <message>
        <source>storing a run</source>
        <translation>Speichern eines Laufs</translation>
    </message>
    <message>
        <source>listing runs</source>
        <translation>Auflisten der Läufe</translation>
    </message>
    <message>
        <source>reading run %1</source>
        <translation>Lesen von Lauf %1</translation>
    </message>
    <message>
        <source>Run %1 in %2 has a plan that cannot be read back: %3</source>
        <translation>Lauf %1 in %2 hat einen Plan, der sich nicht wieder einlesen lässt: %3</translation>
    </message>
    <message>
        <source>Run %1 in %2: the histogram of cell &quot;%3&quot; at size %4 is damaged.</source>
        <translation>Lauf %1 in %2: Das Histogramm der Zelle „%3“ bei Größe %4 ist beschädigt.</translation>
    </message>
    <message>
        <source>Run %1 in %2: the raw samples of cell &quot;%3&quot; at size %4 are damaged.</source>
        <translation>Lauf %1 in %2: Die Rohmesswerte der Zelle „%3“ bei Größe %4 sind beschädigt.</translation>
    </message>
    <message>
        <source>deleting run %1</source>
        <translation>Löschen von Lauf %1</translation>
    </message>
    <message>
        <source>A tag must not be empty.</source>
        <translation>Ein Tag darf nicht leer sein.</translation>
    </message>
    <message>
        <source>tagging run %1</source>
        <translation>Hinzufügen eines Tags zu Lauf %1</translation>
    </message>
    <message>
        <source>untagging run %1</source>
        <translation>Entfernen eines Tags von Lauf %1</translation>
    </message>
    <message>
        <source>Run %1 has no tag &quot;%2&quot;.</source>
        <translation>Lauf %1 hat kein Tag „%2“.</translation>
    </message>
    <message>
        <source>setting the notes of run %1</source>
        <translation>Setzen der Notizen von Lauf %1</translation>
    </message>
    <message>
        <source>renaming run %1</source>
        <translation>Umbenennen von Lauf %1</translation>
    </message>
    <message>
        <source>recovering interrupted runs</source>
        <translation>Wiederherstellen unterbrochener Läufe</translation>
    </message>
    <message>
        <source>The process that ran it (pid %1 on %2) ended before the run finished.</source>
        <translation>Der Prozess, der ihn ausgeführt hat (PID %1 auf %2), wurde beendet, bevor der Lauf fertig war.</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::AuthPage</name>
    <message>
        <source>Remember in the system &amp;keychain</source>
        <translation>Im Sch&amp;lüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Login request</source>
        <translation>Anmeldeanfrage</translation>
    </message>
    <message>
        <source>Test &amp;login</source>
        <translation>Anmeldung &amp;testen</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>How ScaleScope authenticates. Passwords and tokens stay in memory (or in your system keychain): a plan file never holds them.</source>
        <translation>Wie sich ScaleScope authentifiziert. Passwörter und Tokens bleiben im Speicher (oder im Schlüsselbund Ihres Systems): Eine Plandatei enthält sie nie.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>HTTP basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>Login request (token in the answer)</source>
        <translation>Anmeldeanfrage (Token in der Antwort)</translation>
    </message>
    <message>
        <source>None; HTTP basic (user name and password on every request); a bearer token you already have; or a login request whose answer holds a token for every later request</source>
        <translation>Keine; HTTP Basic (Benutzername und Passwort bei jeder Anfrage); ein Bearer-Token, das Sie bereits haben; oder eine Anmeldeanfrage, deren Antwort ein Token für alle späteren Anfragen enthält</translation>
    </message>
    <message>
        <source>The user to log in as ({username} in the login request)</source>
        <translation>Der Benutzer, als der angemeldet wird ({username} in der Anmeldeanfrage)</translation>
    </message>
    <message>
        <source>Kept in memory for this session and handed to the run ({password} in the login request); never written to the plan</source>
        <translation>Wird für diese Sitzung im Speicher gehalten und an den Lauf übergeben ({password} in der Anmeldeanfrage); nie in den Plan geschrieben</translation>
    </message>
    <message>
        <source>Sent as &quot;Authorization: Bearer &lt;token&gt;&quot;; kept in memory only, never written to the plan</source>
        <translation>Wird als &quot;Authorization: Bearer &lt;token&gt;&quot; gesendet; nur im Speicher gehalten, nie in den Plan geschrieben</translation>
    </message>
    <message>
        <source>The HTTP method of the login request (usually POST)</source>
        <translation>Die HTTP-Methode der Anmeldeanfrage (meist POST)</translation>
    </message>
    <message>
        <source>The login request&apos;s path, relative to the base URL</source>
        <translation>Der Pfad der Anmeldeanfrage, relativ zur Basis-URL</translation>
    </message>
    <message>
        <source>The login request&apos;s JSON body; {username} and {password} are replaced by the credentials, e.g. {&quot;username&quot;: &quot;{username}&quot;, &quot;password&quot;: &quot;{password}&quot;}</source>
        <translation>Der JSON-Body der Anmeldeanfrage; {username} und {password} werden durch die Zugangsdaten ersetzt, z. B. {&quot;username&quot;: &quot;{username}&quot;, &quot;password&quot;: &quot;{password}&quot;}</translation>
    </message>
    <message>
        <source>Where the token is in the login answer, as a JSON pointer: /token, /data/access_token, …</source>
        <translation>Wo das Token in der Anmeldeantwort steht, als JSON-Pointer: /token, /data/access_token, …</translation>
    </message>
    <message>
        <source>The header that carries the token on every later request</source>
        <translation>Der Header, der das Token bei jeder späteren Anfrage überträgt</translation>
    </message>
    <message>
        <source>The header&apos;s value; {token} is the token found: &quot;Token {token}&quot; (Django REST framework) or &quot;Bearer {token}&quot; (JWT)</source>
        <translation>Der Wert des Headers; {token} ist das gefundene Token: &quot;Token {token}&quot; (Django REST Framework) oder &quot;Bearer {token}&quot; (JWT)</translation>
    </message>
    <message>
        <source>Send the login request now and show the token the answer holds (masked) or what the server said</source>
        <translation>Die Anmeldeanfrage jetzt senden und das Token aus der Antwort (maskiert) oder die Antwort des Servers anzeigen</translation>
    </message>
    <message>
        <source>The result of the last login</source>
        <translation>Das Ergebnis der letzten Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>From &amp;environment:</source>
        <translation>Aus der &amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Method, path:</source>
        <translation>&amp;Methode, Pfad:</translation>
    </message>
    <message>
        <source>Token p&amp;ointer:</source>
        <translation>Token-Poi&amp;nter:</translation>
    </message>
    <message>
        <source>Heade&amp;r:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>Header &amp;value:</source>
        <translation>Header-W&amp;ert:</translation>
    </message>
    <message>
        <source>Bo&amp;dy (JSON):</source>
        <translation>Bo&amp;dy (JSON):</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>From environment</source>
        <translation>Aus der Umgebung</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>HTTP-Methode der Anmeldung</translation>
    </message>
    <message>
        <source>Login path</source>
        <translation>Anmeldepfad</translation>
    </message>
    <message>
        <source>Login body</source>
        <translation>Anmelde-Body</translation>
    </message>
    <message>
        <source>Token pointer</source>
        <translation>Token-Pointer</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Header-Wert</translation>
    </message>
    <message>
        <source>optional, e.g. ${API_TOKEN}</source>
        <translation>optional, z. B. ${API_TOKEN}</translation>
    </message>
    <message>
        <source>Optional: the environment variable that holds the token when the plan is run from the command line, written as ${NAME}; the plan stores only this reference. A token typed above takes precedence.</source>
        <translation>Optional: die Umgebungsvariable, die das Token enthält, wenn der Plan von der Kommandozeile ausgeführt wird, geschrieben als ${NAME}; der Plan speichert nur diesen Verweis. Ein oben eingegebenes Token hat Vorrang.</translation>
    </message>
    <message>
        <source>optional, e.g. ${SCALESCOPE_PASSWORD}</source>
        <translation>optional, z. B. ${SCALESCOPE_PASSWORD}</translation>
    </message>
    <message>
        <source>Optional: the environment variable that holds the password when the plan is run from the command line, written as ${NAME}; the plan stores only this reference. A password typed above takes precedence.</source>
        <translation>Optional: die Umgebungsvariable, die das Passwort enthält, wenn der Plan von der Kommandozeile ausgeführt wird, geschrieben als ${NAME}; der Plan speichert nur diesen Verweis. Ein oben eingegebenes Passwort hat Vorrang.</translation>
    </message>
    <message>
        <source>Requests are sent without credentials.</source>
        <translation>Anfragen werden ohne Zugangsdaten gesendet.</translation>
    </message>
    <message>
        <source>Every request carries &quot;Authorization: Basic …&quot; with the user name and password.</source>
        <translation>Jede Anfrage enthält &quot;Authorization: Basic …&quot; mit Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>Every request carries &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Jede Anfrage enthält &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>The run logs in once, then sends the token it got with every request.</source>
        <translation>Der Lauf meldet sich einmal an und sendet dann das erhaltene Token mit jeder Anfrage.</translation>
    </message>
    <message>
        <source>Asking the system keychain… Until it answers, the password stays in memory for this session only.</source>
        <translation>Der Schlüsselbund des Systems wird abgefragt… Bis er antwortet, bleibt das Passwort nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <source>Store the password in the system keychain under &quot;%1&quot; when the run starts, and offer it next time. Unchecked: the password is forgotten when ScaleScope exits.</source>
        <translation>Das Passwort beim Start des Laufs unter „%1“ im Schlüsselbund des Systems speichern und beim nächsten Mal anbieten. Nicht angekreuzt: Das Passwort wird beim Beenden von ScaleScope vergessen.</translation>
    </message>
    <message>
        <source>No system keychain answered (%1). The password stays in memory for this session only.</source>
        <extracomment>%1 = why (e.g. &quot;the system keychain did not answer within 3 s&quot;)</extracomment>
        <translation>Kein Schlüsselbund des Systems hat geantwortet (%1). Das Passwort bleibt nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <source>Choose &quot;Login request&quot; first.</source>
        <translation>Wählen Sie zuerst „Anmeldeanfrage“.</translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation>Beheben Sie zuerst: %1</translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation>Geben Sie zuerst das Passwort ein.</translation>
    </message>
    <message>
        <source>Logging in as %1 at %2…</source>
        <extracomment>%1 = user name, %2 = login URL</extracomment>
        <translation>Anmeldung als %1 bei %2…</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <extracomment>%1 = &quot;HTTP 400 Bad Request in 3 ms&quot; and the start of the server&apos;s answer</extracomment>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No token at %1 in the answer (%2): %3</source>
        <extracomment>%1 = JSON pointer, %2 = &quot;HTTP 200 OK in 3 ms&quot;, %3 = the start of the answer</extracomment>
        <translation>Kein Token unter %1 in der Antwort (%2): %3</translation>
    </message>
    <message>
        <source>Logged in as %1: token %2 (HTTP %3 in %4 ms)</source>
        <extracomment>%1 = user name, %2 = masked token, %3 = HTTP status, %4 = milliseconds</extracomment>
        <translation>Angemeldet als %1: Token %2 (HTTP %3 in %4 ms)</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::Banner</name>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::BodyEditor</name>
    <message>
        <source>Raw te&amp;xt, not JSON</source>
        <translation>Rohte&amp;xt, kein JSON</translation>
    </message>
    <message>
        <source>Send the text as it is (a text template) instead of a JSON value; set a Content-Type header in the plan file for it</source>
        <translation>Den Text unverändert (als Textvorlage) statt eines JSON-Werts senden; setzen Sie dafür in der Plandatei einen Content-Type-Header</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::CellMetric</name>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>%1 = a duration in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>%1 = a percentage</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::CompareCellModel</name>
    <message>
        <source>%1 ms</source>
        <extracomment>milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (isolated)</source>
        <translation>%1 (vereinzelt)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Base p50</source>
        <translation>p50 Referenz</translation>
    </message>
    <message>
        <source>Candidate p50</source>
        <translation>p50 Vergleich</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>p (Holm)</source>
        <extracomment>column: p-value after the Holm correction</extracomment>
        <translation>p (Holm)</translation>
    </message>
    <message>
        <source>δ</source>
        <extracomment>column: Cliff&apos;s delta effect size</extracomment>
        <translation>δ</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::CompareChartView</name>
    <message>
        <source>Show every endpoint, or one</source>
        <translation>Alle Endpunkte oder einen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>solid: candidate, dashed: base (median)</source>
        <translation>durchgezogen: Vergleich, gestrichelt: Referenz (Median)</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <extracomment>legend: an endpoint&apos;s line of the base run</extracomment>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>Dataset size (records)</source>
        <translation>Größe des Datenbestands (Datensätze)</translation>
    </message>
    <message>
        <source>Median response time (ms)</source>
        <translation>Median der Antwortzeit (ms)</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::CompareEndpointModel</name>
    <message>
        <source>%1 slower, %2 faster of %3</source>
        <extracomment>%1 slower, %2 faster, %3 sizes compared</extracomment>
        <translation>%1 langsamer, %2 schneller von %3</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>Scaling (base → candidate)</source>
        <translation>Skalierung (Referenz → Vergleich)</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::CompareHeadline</name>
    <message numerus="yes">
        <source>%n endpoint(s) slower</source>
        <translation>
            <numerusform>%n Endpunkt langsamer</numerusform>
            <numerusform>%n Endpunkte langsamer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) faster</source>
        <translation>
            <numerusform>%n Endpunkt schneller</numerusform>
            <numerusform>%n Endpunkte schneller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mixed</source>
        <translation>
            <numerusform>%n uneinheitlich</numerusform>
            <numerusform>%n uneinheitlich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without significant change</source>
        <translation>
            <numerusform>%n ohne signifikante Änderung</numerusform>
            <numerusform>%n ohne signifikante Änderung</numerusform>
        </translation>
    </message>
    <message>
        <source>No endpoint could be tested: too few samples</source>
        <translation>Kein Endpunkt konnte getestet werden: zu wenige Messwerte</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::CompareView</name>
    <message>
        <source>Per endpoint: slower or faster only when several sizes agree, judged against the noise between the runs</source>
        <translation>Pro Endpunkt: langsamer oder schneller nur, wenn mehrere Größen übereinstimmen, gemessen am Rauschen zwischen den Läufen</translation>
    </message>
    <message>
        <source>Per endpoint and size: the medians, the change beyond the run-wide drift, the Mann–Whitney p-value (Holm-corrected) and Cliff&apos;s δ</source>
        <translation>Pro Endpunkt und Größe: die Mediane, die Änderung über die Drift des ganzen Laufs hinaus, der p-Wert nach Mann-Whitney (Holm-korrigiert) und Cliffs δ</translation>
    </message>
    <message>
        <source>By endpoint</source>
        <translation>Nach Endpunkt</translation>
    </message>
    <message>
        <source>By endpoint and size</source>
        <translation>Nach Endpunkt und Größe</translation>
    </message>
    <message>
        <source>Select two runs in the history and press Compare, or compare a run with its plan&apos;s baseline.</source>
        <translation>Wählen Sie im Verlauf zwei Läufe aus und klicken Sie auf „Vergleichen“, oder vergleichen Sie einen Lauf mit dem Referenzlauf seines Plans.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; compared with the base &lt;b&gt;%2&lt;/b&gt;</source>
        <extracomment>%1 = the candidate run, %2 = the base run</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; verglichen mit der Referenz &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Run-wide drift %1 % (removed before testing), run-to-run noise of a cell median ±%2 %, from %3 cells.</source>
        <extracomment>%1 = signed drift percent, %2 = noise percent, %3 = cells</extracomment>
        <translation>Drift des ganzen Laufs %1 % (vor dem Test herausgerechnet), Rauschen eines Zellmedians zwischen den Läufen ±%2 %, aus %3 Zellen.</translation>
    </message>
    <message>
        <source>Only the base run measured %1 at size %2.</source>
        <translation>Nur der Referenzlauf hat %1 bei Größe %2 gemessen.</translation>
    </message>
    <message>
        <source>Only the candidate run measured %1 at size %2.</source>
        <translation>Nur der Vergleichslauf hat %1 bei Größe %2 gemessen.</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::DashboardWidget</name>
    <message>
        <source>What the run is doing now</source>
        <translation>Was der Lauf gerade tut</translation>
    </message>
    <message>
        <source>The dataset size being measured, and its place among the plan&apos;s sizes</source>
        <translation>Die gerade gemessene Größe des Datenbestands und ihre Position unter den Größen des Plans</translation>
    </message>
    <message>
        <source>The (size, endpoint) cell being measured, of all cells of the plan</source>
        <translation>Die gerade gemessene Zelle (Größe, Endpunkt) unter allen Zellen des Plans</translation>
    </message>
    <message>
        <source>%p %</source>
        <extracomment>%p is replaced by the percentage</extracomment>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Overall progress, weighted by requests</source>
        <translation>Gesamtfortschritt, gewichtet nach Anfragen</translation>
    </message>
    <message>
        <source>Time since the start and the estimated time left</source>
        <translation>Zeit seit dem Start und geschätzte Restzeit</translation>
    </message>
    <message>
        <source>Records the run created in the target to reach the dataset sizes</source>
        <translation>Datensätze, die der Lauf im Ziel angelegt hat, um die Größen des Datenbestands zu erreichen</translation>
    </message>
    <message>
        <source>Requests sent so far, seeding and warm-up included</source>
        <translation>Bisher gesendete Anfragen, einschließlich Befüllen und Aufwärmen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop the run; the cells measured so far are kept</source>
        <translation>Den Lauf stoppen; die bisher gemessenen Zellen bleiben erhalten</translation>
    </message>
    <message>
        <source>Every cell coloured by a statistic</source>
        <translation>Jede Zelle nach einer Kennzahl eingefärbt</translation>
    </message>
    <message>
        <source>S&amp;uccess rate</source>
        <translation>&amp;Erfolgsquote</translation>
    </message>
    <message>
        <source>Successful requests per endpoint and size</source>
        <translation>Erfolgreiche Anfragen pro Endpunkt und Größe</translation>
    </message>
    <message>
        <source>What happened during the run: login, seeding, sizes, warnings and errors</source>
        <translation>Was während des Laufs geschah: Anmeldung, Befüllen, Größen, Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>No run</source>
        <translation>Kein Lauf</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Unbenannter Plan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 = run status (&quot;Failed&quot;), %2 = why</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Size %1 (%2 / %3)</source>
        <extracomment>%1 = dataset size, %2 = its position among the plan&apos;s sizes, %3 = how many sizes</extracomment>
        <translation>Größe %1 (%2 / %3)</translation>
    </message>
    <message>
        <source>Sizes %1 to %2</source>
        <extracomment>the plan&apos;s dataset sizes: %1 = smallest, %2 = largest</extracomment>
        <translation>Größen %1 bis %2</translation>
    </message>
    <message>
        <source>Size %1</source>
        <translation>Größe %1</translation>
    </message>
    <message>
        <source>%1 / %2 cells</source>
        <extracomment>%1 = cells measured, %2 = cells in the plan</extracomment>
        <translation>%1 / %2 Zellen</translation>
    </message>
    <message>
        <source>Cell %1 / %2</source>
        <extracomment>the cell being measured: %1 = its number, %2 = cells in the plan</extracomment>
        <translation>Zelle %1 / %2</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Elapsed %1, ETA %2</source>
        <extracomment>%1 = time since the start, %2 = estimated time left</extracomment>
        <translation>Verstrichen: %1, verbleibend: %2</translation>
    </message>
    <message>
        <source>Records created: %1</source>
        <translation>Angelegte Datensätze: %1</translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation>Anfragen: %1</translation>
    </message>
    <message>
        <source>Measured requests: %1</source>
        <translation>Gemessene Anfragen: %1</translation>
    </message>
    <message>
        <source>Heat&amp;map</source>
        <translation>Heat&amp;map</translation>
    </message>
    <message>
        <source>%1: %2 %3 now</source>
        <extracomment>%1 = &quot;Stress test&quot;, %2 = the level applied now (&quot;40&quot;, &quot;250.5&quot;), %3 = &quot;users&quot; or &quot;requests/s&quot;</extracomment>
        <translation>%1: jetzt %2 %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 = &quot;Stress test&quot;, %2 = &quot;closed model (virtual users)&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The kind of load test, and the users or requests per second it applies now</source>
        <translation>Die Art des Lasttests und die Last, die er gerade erzeugt: Benutzer oder Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Stages done: %1</source>
        <translation>Abgeschlossene Phasen: %1</translation>
    </message>
    <message>
        <source>Stages of the load test that are over (steps, levels or intervals)</source>
        <translation>Phasen des Lasttests, die vorbei sind (Stufen der Rampe, Nebenläufigkeitsstufen oder Intervalle)</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::DatasetPage</name>
    <message>
        <source>&amp;Seed records through the API</source>
        <translation>Datensätze über die API &amp;anlegen</translation>
    </message>
    <message>
        <source>S&amp;weep a parameter ({size}), no records</source>
        <translation>Einen Parameter d&amp;urchlaufen ({size}), keine Datensätze</translation>
    </message>
    <message>
        <source>Seed request: creates record {n}</source>
        <translation>Anlegeanfrage: legt Datensatz {n} an</translation>
    </message>
    <message>
        <source>&amp;Clean up:</source>
        <translation>Au&amp;fräumen:</translation>
    </message>
    <message>
        <source>C&amp;ount records:</source>
        <translation>Datensätze zä&amp;hlen:</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datenbestand</translation>
    </message>
    <message>
        <source>How the data grows: ScaleScope measures every endpoint at each size.</source>
        <translation>Wie die Daten wachsen: ScaleScope misst jeden Endpunkt bei jeder Größe.</translation>
    </message>
    <message>
        <source>Create records through the API up to each size (record {n} by the seed request), measure, and delete them at the end</source>
        <translation>Datensätze über die API bis zu jeder Größe anlegen (Datensatz {n} per Anlegeanfrage), messen und am Ende löschen</translation>
    </message>
    <message>
        <source>Create nothing: each size is substituted as {size} into the endpoints (e.g. a page size or the number of items in a batch)</source>
        <translation>Nichts anlegen: Jede Größe wird als {size} in die Endpunkte eingesetzt (z. B. eine Seitengröße oder die Anzahl der Elemente in einem Stapel)</translation>
    </message>
    <message>
        <source>The dataset sizes to measure at, ascending, separated by spaces or commas; at least three let the analysis tell O(n) from O(n²)</source>
        <translation>Die zu messenden Größen des Datenbestands, aufsteigend, durch Leerzeichen oder Kommas getrennt; ab drei Größen kann die Analyse O(n) von O(n²) unterscheiden</translation>
    </message>
    <message>
        <source>Measure at the sizes %1</source>
        <translation>Bei den Größen %1 messen</translation>
    </message>
    <message>
        <source>The HTTP method that creates one record (usually POST)</source>
        <translation>Die HTTP-Methode, die einen Datensatz anlegt (meist POST)</translation>
    </message>
    <message>
        <source>The path that creates one record, relative to the base URL</source>
        <translation>Der Pfad, der einen Datensatz anlegt, relativ zur Basis-URL</translation>
    </message>
    <message>
        <source>The JSON body of one new record; {n} is the record number, {word}, {lorem:K}, {uuid} and {random_int:a:b} give varied content</source>
        <translation>Der JSON-Body eines neuen Datensatzes; {n} ist die Nummer des Datensatzes, {word}, {lorem:K}, {uuid} und {random_int:a:b} liefern abwechslungsreiche Inhalte</translation>
    </message>
    <message>
        <source>What the seed request sends for record 1, updated as you type (random values differ in the run)</source>
        <translation>Was die Anlegeanfrage für Datensatz 1 sendet, bei der Eingabe aktualisiert (Zufallswerte unterscheiden sich im Lauf)</translation>
    </message>
    <message>
        <source>JSON pointer in the answer</source>
        <translation>JSON-Pointer in der Antwort</translation>
    </message>
    <message>
        <source>Location header</source>
        <translation>Location-Header</translation>
    </message>
    <message>
        <source>Where the new record&apos;s id is: in the JSON answer, or the last segment of the answer&apos;s Location header; endpoints use it as {id}</source>
        <translation>Wo die ID des neuen Datensatzes steht: in der JSON-Antwort oder im letzten Segment des Location-Headers der Antwort; Endpunkte verwenden sie als {id}</translation>
    </message>
    <message>
        <source>The JSON pointer to the id in the seed request&apos;s answer: /id, /data/id, …</source>
        <translation>Der JSON-Pointer auf die ID in der Antwort der Anlegeanfrage: /id, /data/id, …</translation>
    </message>
    <message>
        <source>&amp;Method, path:</source>
        <translation>&amp;Methode, Pfad:</translation>
    </message>
    <message>
        <source>&amp;Id from:</source>
        <translation>&amp;ID aus:</translation>
    </message>
    <message>
        <source>Bo&amp;dy:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>Delete every record the run created at the end, one request per record with {id} set to it; unchecked, the records stay on the target</source>
        <translation>Am Ende jeden vom Lauf angelegten Datensatz löschen, eine Anfrage pro Datensatz mit dessen ID als {id}; nicht angekreuzt bleiben die Datensätze im Ziel</translation>
    </message>
    <message>
        <source>The HTTP method that deletes one record (usually DELETE)</source>
        <translation>Die HTTP-Methode, die einen Datensatz löscht (meist DELETE)</translation>
    </message>
    <message>
        <source>The path that deletes one record; must use {id}</source>
        <translation>Der Pfad, der einen Datensatz löscht; muss {id} verwenden</translation>
    </message>
    <message>
        <source>Optional: ask the target how many records it holds before and after the run, to account for records that were there already</source>
        <translation>Optional: das Ziel vor und nach dem Lauf fragen, wie viele Datensätze es enthält, um bereits vorhandene Datensätze zu berücksichtigen</translation>
    </message>
    <message>
        <source>The path (GET) that answers with the number of records</source>
        <translation>Der Pfad (GET), der mit der Anzahl der Datensätze antwortet</translation>
    </message>
    <message>
        <source>The JSON pointer to the number in the count answer</source>
        <translation>Der JSON-Pointer auf die Zahl in der Antwort der Zählanfrage</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datenbestand:</translation>
    </message>
    <message>
        <source>Si&amp;zes:</source>
        <translation>&amp;Größen:</translation>
    </message>
    <message>
        <source>&amp;Pointer:</source>
        <translation>&amp;Pointer:</translation>
    </message>
    <message>
        <source>Dataset mode</source>
        <translation>Modus des Datenbestands</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>Seed request</source>
        <translation>Anlegeanfrage</translation>
    </message>
    <message>
        <source>Seed method</source>
        <translation>Methode der Anlegeanfrage</translation>
    </message>
    <message>
        <source>Seed path</source>
        <translation>Pfad der Anlegeanfrage</translation>
    </message>
    <message>
        <source>Seed body</source>
        <translation>Body der Anlegeanfrage</translation>
    </message>
    <message>
        <source>Id from</source>
        <translation>ID aus</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>Clean-up method</source>
        <translation>Methode zum Aufräumen</translation>
    </message>
    <message>
        <source>Count records</source>
        <translation>Datensätze zählen</translation>
    </message>
    <message>
        <source>Count pointer</source>
        <translation>Pointer der Zählanfrage</translation>
    </message>
    <message>
        <source>%1 is not a whole number (write the sizes like &quot;10 50 100&quot;)</source>
        <translation>%1 ist keine ganze Zahl (schreiben Sie die Größen wie „10 50 100“)</translation>
    </message>
    <message>
        <source>A sweep creates no records.</source>
        <translation>Ein Parameterdurchlauf legt keine Datensätze an.</translation>
    </message>
    <message>
        <source>No preview: the body is %1</source>
        <translation>Keine Vorschau: Der Body ist %1</translation>
    </message>
    <message>
        <source>No preview until the placeholders are valid.</source>
        <translation>Keine Vorschau, solange die Platzhalter ungültig sind.</translation>
    </message>
    <message>
        <source>A load test grows the dataset once, to its largest size, before the load. To test the API with the data it has, choose no records and leave the sizes empty.</source>
        <translation>Ein Lasttest lässt den Datenbestand vor der Last einmal auf seine größte Größe anwachsen. Um die API mit ihren vorhandenen Daten zu testen, wählen Sie keine Datensätze und lassen Sie die Größen leer.</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::EndpointsModel</name>
    <message>
        <source>%1 is not a list of HTTP statuses (write e.g. &quot;200&quot; or &quot;200, 201&quot;; empty = any 2xx)</source>
        <translation>%1 ist keine Liste von HTTP-Statuscodes (schreiben Sie z. B. „200“ oder „200, 201“; leer = beliebiger 2xx)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a copy&apos;s name: %1 = original name, %2 = number</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>name of a duplicated endpoint; %1 = the original&apos;s name</extracomment>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>any 2xx</source>
        <translation>beliebiger 2xx</translation>
    </message>
    <message>
        <source>A short name, unique in the plan; thresholds and reports use it</source>
        <translation>Ein kurzer, im Plan eindeutiger Name; Schwellenwerte und Berichte verwenden ihn</translation>
    </message>
    <message>
        <source>The HTTP method of the request</source>
        <translation>Die HTTP-Methode der Anfrage</translation>
    </message>
    <message>
        <source>Starts with &quot;/&quot;, relative to the base URL; may carry a query and placeholders such as {id}, {word} or {size}</source>
        <translation>Beginnt mit „/“, relativ zur Basis-URL; darf einen Query-Teil und Platzhalter wie {id}, {word} oder {size} enthalten</translation>
    </message>
    <message>
        <source>Statuses that count as success, e.g. &quot;200&quot; or &quot;200, 201&quot;; empty = any 2xx</source>
        <translation>Statuscodes, die als Erfolg zählen, z. B. „200“ oder „200, 201“; leer = beliebiger 2xx</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Expected status</source>
        <translation>Erwarteter Status</translation>
    </message>
    <message>
        <source>Load tests: this endpoint&apos;s share of the requests relative to the others (weights 6 and 2: three of four requests go to the first); 0 = not sent in load tests</source>
        <translation>Lasttests: der Anteil dieses Endpunkts an den Anfragen im Verhältnis zu den anderen (Gewichte 6 und 2: drei von vier Anfragen gehen an den ersten); 0 = wird in Lasttests nicht gesendet</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::EndpointsPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>B&amp;ody of the selected endpoint (JSON, optional):</source>
        <translation>&amp;Body des ausgewählten Endpunkts (JSON, optional):</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>The requests whose latency is measured at every dataset size.</source>
        <translation>Die Anfragen, deren Antwortzeit bei jeder Größe des Datenbestands gemessen wird.</translation>
    </message>
    <message>
        <source>Each endpoint is measured at every size. Double-click or press F2 to edit a cell; the path may use {id} (a record created by the run), {word}, {size} and other placeholders</source>
        <translation>Jeder Endpunkt wird bei jeder Größe gemessen. Zum Bearbeiten einer Zelle doppelklicken oder F2 drücken; der Pfad kann {id} (ein vom Lauf angelegter Datensatz), {word}, {size} und andere Platzhalter verwenden</translation>
    </message>
    <message>
        <source>Add an endpoint after the selected one</source>
        <translation>Einen Endpunkt nach dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Add a copy of the selected endpoint</source>
        <translation>Eine Kopie des ausgewählten Endpunkts hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected endpoints</source>
        <translation>Die ausgewählten Endpunkte entfernen</translation>
    </message>
    <message>
        <source>Move the selected endpoint up (endpoints are measured and reported in this order)</source>
        <translation>Den ausgewählten Endpunkt nach oben verschieben (Endpunkte werden in dieser Reihenfolge gemessen und berichtet)</translation>
    </message>
    <message>
        <source>Move the selected endpoint down (endpoints are measured and reported in this order)</source>
        <translation>Den ausgewählten Endpunkt nach unten verschieben (Endpunkte werden in dieser Reihenfolge gemessen und berichtet)</translation>
    </message>
    <message>
        <source>The JSON body the selected endpoint sends (empty: none); placeholders such as {size} work in its strings, and {&quot;$repeat&quot;: &quot;{size}&quot;, &quot;item&quot;: …} makes an array of {size} items</source>
        <translation>Der JSON-Body, den der ausgewählte Endpunkt sendet (leer: keiner); Platzhalter wie {size} funktionieren in seinen Zeichenketten, und {&quot;$repeat&quot;: &quot;{size}&quot;, &quot;item&quot;: …} erzeugt ein Array mit {size} Elementen</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>kein Body</translation>
    </message>
    <message>
        <source>Send one request of the selected endpoint now (as record 1, logging in first if needed) and show the status, the time and the start of the answer</source>
        <translation>Jetzt eine Anfrage des ausgewählten Endpunkts senden (als Datensatz 1, bei Bedarf nach vorheriger Anmeldung) und Status, Zeit und Anfang der Antwort anzeigen</translation>
    </message>
    <message>
        <source>an existing id</source>
        <translation>eine vorhandene ID</translation>
    </message>
    <message>
        <source>The value of {id} in a Try request: the id of a record that exists on the target (the run itself uses the records it creates)</source>
        <translation>Der Wert von {id} in einer Testanfrage: die ID eines Datensatzes, der im Ziel existiert (der Lauf selbst verwendet die Datensätze, die er anlegt)</translation>
    </message>
    <message>
        <source>The answer to the last Try</source>
        <translation>Die Antwort auf den letzten Test</translation>
    </message>
    <message>
        <source>with {&amp;id} =</source>
        <translation>mit {&amp;id} =</translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation>E&amp;ndpunkte:</translation>
    </message>
    <message>
        <source>Dataset mode</source>
        <translation>Modus des Datenbestands</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>expected status</source>
        <translation>erwarteter Status</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <extracomment>%1 = endpoint number (1-based)
----------
default name of a new endpoint; %1 = its number</extracomment>
        <translation>Endpunkt %1</translation>
    </message>
    <message>
        <source>Endpoint %1 &quot;%2&quot;</source>
        <extracomment>%1 = endpoint number (1-based), %2 = its name</extracomment>
        <translation>Endpunkt %1 „%2“</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 = &quot;Endpoint 2 &quot;List items&quot;&quot;, %2 = the field (&quot;path&quot;)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Select an endpoint first.</source>
        <translation>Wählen Sie zuerst einen Endpunkt aus.</translation>
    </message>
    <message>
        <source>Fix this first: %1</source>
        <translation>Beheben Sie zuerst: %1</translation>
    </message>
    <message>
        <source>Logging in first…</source>
        <translation>Zunächst Anmeldung…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = method, %2 = URL</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(without credentials: none entered yet)</source>
        <translation>(ohne Zugangsdaten: noch keine eingegeben)</translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <extracomment>%1 = &quot;GET http://host/path&quot;, %2 = &quot;HTTP 200 OK in 3 ms&quot; and the start of the answer</extracomment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>The requests the load test sends, each in proportion to its weight (0: not sent).</source>
        <translation>Die Anfragen, die der Lasttest sendet, jede im Verhältnis zu ihrem Gewicht (0: nicht gesendet).</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::EventLogModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::ExportDialog</name>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 = file, %2 = reason</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;HTML report (one self-contained file)</source>
        <translation>&amp;HTML-Bericht (eine eigenständige Datei)</translation>
    </message>
    <message>
        <source>&amp;PDF report</source>
        <translation>&amp;PDF-Bericht</translation>
    </message>
    <message>
        <source>Ch&amp;arts as files:</source>
        <translation>&amp;Diagramme als Dateien:</translation>
    </message>
    <message>
        <source>&amp;CSV, one row per cell</source>
        <translation>&amp;CSV, eine Zeile pro Zelle</translation>
    </message>
    <message>
        <source>one row per raw &amp;sample</source>
        <translation>eine Zeile pro Roh&amp;messwert</translation>
    </message>
    <message>
        <source>&amp;JSON results file</source>
        <translation>&amp;JSON-Ergebnisdatei</translation>
    </message>
    <message>
        <source>J&amp;Unit XML (thresholds as test cases)</source>
        <translation>J&amp;Unit-XML (Schwellenwerte als Testfälle)</translation>
    </message>
    <message>
        <source>&amp;Open the report when done</source>
        <translation>Bericht danach ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>Lauf exportieren</translation>
    </message>
    <message>
        <source>The folder the files are written to</source>
        <translation>Der Ordner, in den die Dateien geschrieben werden</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>Every chart, table, finding and verdict in one HTML file that opens offline</source>
        <translation>Alle Diagramme, Tabellen, Befunde und Bewertungen in einer HTML-Datei, die sich ohne Netz öffnet</translation>
    </message>
    <message>
        <source>The same content as the HTML report, paginated, with vector charts</source>
        <translation>Derselbe Inhalt wie im HTML-Bericht, in Seiten umbrochen, mit Vektordiagrammen</translation>
    </message>
    <message>
        <source>Each chart of the report as its own file</source>
        <translation>Jedes Diagramm des Berichts als eigene Datei</translation>
    </message>
    <message>
        <source>SVG and PDF stay sharp at any size; PNG is written at twice the chart&apos;s size</source>
        <translation>SVG und PDF bleiben in jeder Größe scharf; PNG wird in doppelter Diagrammgröße geschrieben</translation>
    </message>
    <message>
        <source>The statistics of every cell, for a spreadsheet</source>
        <translation>Die Statistik jeder Zelle, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>The results file of scalescope-cli (schema scalescope-results)</source>
        <translation>Die Ergebnisdatei von scalescope-cli (Schema scalescope-results)</translation>
    </message>
    <message>
        <source>For CI systems: a test case per threshold per endpoint, failed with the violating cells</source>
        <translation>Für CI-Systeme: ein Testfall pro Schwellenwert und Endpunkt, fehlgeschlagen mit den verletzenden Zellen</translation>
    </message>
    <message>
        <source>The paper size of the PDF report</source>
        <translation>Das Papierformat des PDF-Berichts</translation>
    </message>
    <message>
        <source>Opens the HTML (or PDF) report with the system&apos;s viewer when the export is done</source>
        <translation>Öffnet den HTML- (oder PDF-)Bericht nach dem Export mit dem Betrachter des Systems</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>JSON results file</source>
        <translation>JSON-Ergebnisdatei</translation>
    </message>
    <message>
        <source>JUnit file</source>
        <translation>JUnit-Datei</translation>
    </message>
    <message>
        <source>Writing the %1…</source>
        <extracomment>%1 = what is being written (&quot;PDF report&quot;)</extracomment>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Written to %1: %2</source>
        <extracomment>%1 = folder, %2 = file names</extracomment>
        <translation>Geschrieben nach %1: %2</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::FindingsModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Size</source>
        <extracomment>column: dataset size</extracomment>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Finding and recommendation</source>
        <translation>Befund und Empfehlung</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::FindingsView</name>
    <message>
        <source>Show only &amp;failures</source>
        <translation>Nur &amp;Fehlschläge anzeigen</translation>
    </message>
    <message>
        <source>How each endpoint&apos;s median latency grows with the dataset: a fit of t = a + b·g(n) for O(1) … O(n²), chosen by BIC</source>
        <translation>Wie der Median der Antwortzeit jedes Endpunkts mit dem Datenbestand wächst: eine Anpassung von t = a + b·g(n) für O(1) … O(n²), ausgewählt nach BIC</translation>
    </message>
    <message>
        <source>What the analysis found, most severe first, with what to do about it</source>
        <translation>Was die Analyse gefunden hat, das Schwerwiegendste zuerst, und was dagegen zu tun ist</translation>
    </message>
    <message>
        <source>Every threshold of the plan checked against every measured cell</source>
        <translation>Jeder Schwellenwert des Plans, geprüft an jeder gemessenen Zelle</translation>
    </message>
    <message>
        <source>Hide the checks that passed</source>
        <translation>Bestandene Prüfungen ausblenden</translation>
    </message>
    <message>
        <source>How each endpoint scales</source>
        <translation>Wie jeder Endpunkt skaliert</translation>
    </message>
    <message>
        <source>Findings and recommendations</source>
        <translation>Befunde und Empfehlungen</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>No run yet: the analysis appears here when a run finishes or is opened from the history.</source>
        <translation>Noch kein Lauf: Die Analyse erscheint hier, wenn ein Lauf endet oder aus dem Verlauf geöffnet wird.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>%1 = number of endpoints, %2 = a complexity class such as O(n)</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>no thresholds</source>
        <translation>keine Schwellenwerte</translation>
    </message>
    <message numerus="yes">
        <source>thresholds: all %n check(s) passed</source>
        <translation>
            <numerusform>Schwellenwerte: %n Prüfung bestanden</numerusform>
            <numerusform>Schwellenwerte: alle %n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>thresholds: %1 of %2 checks FAILED</source>
        <extracomment>%1 failed of %2</extracomment>
        <translation>Schwellenwerte: %1 von %2 Prüfungen NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>Scaling: %1 · %2, %3 · %4</source>
        <extracomment>%1 = classes, %2 = &quot;1 critical finding&quot;, %3 = &quot;4 warnings&quot;, %4 = threshold verdict</extracomment>
        <translation>Skalierung: %1 · %2, %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n critical finding(s)</source>
        <translation>
            <numerusform>%n kritischer Befund</numerusform>
            <numerusform>%n kritische Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 · %4</source>
        <extracomment>%1 = &quot;Stress test&quot; etc., %2 = &quot;1 critical finding&quot;, %3 = &quot;4 warnings&quot;, %4 = threshold verdict</extracomment>
        <translation>%1: %2, %3 · %4</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::HeatmapView</name>
    <message>
        <source>The number that colours the cells</source>
        <translation>Die Kennzahl, nach der die Zellen eingefärbt werden</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Färben nach:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at size %2</source>
        <extracomment>%1 = endpoint name, %2 = dataset size</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; bei Größe %2</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>Noch nicht gemessen.</translation>
    </message>
    <message>
        <source>Records in the dataset: %1</source>
        <extracomment>%1 = records the target held while measuring</extracomment>
        <translation>Datensätze im Datenbestand: %1</translation>
    </message>
    <message>
        <source>Requests (n)</source>
        <translation>Anfragen (n)</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>%1 = percentage of requests that succeeded</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>No run to show.</source>
        <translation>Kein Lauf zum Anzeigen.</translation>
    </message>
    <message>
        <source>Size parameter</source>
        <translation>Größenparameter</translation>
    </message>
    <message>
        <source>Dataset size</source>
        <translation>Größe des Datenbestands</translation>
    </message>
    <message>
        <source>%1 (log)</source>
        <translation>%1 (log)</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::HistoryView</name>
    <message>
        <source>Save notes</source>
        <translation>Notizen speichern</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Mark as &amp;baseline</source>
        <translation>Als &amp;Referenz markieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lö&amp;schen…</translation>
    </message>
    <message>
        <source>Search name, plan, target, tags, notes…</source>
        <translation>Name, Plan, Ziel, Tags, Notizen durchsuchen…</translation>
    </message>
    <message>
        <source>Shows the runs whose name, plan, target, tags or notes contain every word typed</source>
        <translation>Zeigt die Läufe, deren Name, Plan, Ziel, Tags oder Notizen jedes eingegebene Wort enthalten</translation>
    </message>
    <message>
        <source>Show only the runs that ended this way</source>
        <translation>Nur die Läufe anzeigen, die so geendet haben</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Alle Läufe</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a run; select two runs to compare them</source>
        <translation>Zum Öffnen eines Laufs doppelklicken oder die Eingabetaste drücken; zwei Läufe auswählen, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>Show the selected run in the dashboard: the same charts, findings and events</source>
        <translation>Den ausgewählten Lauf im Dashboard anzeigen: dieselben Diagramme, Befunde und Ereignisse</translation>
    </message>
    <message>
        <source>Open the selected run&apos;s plan in the wizard to run it again</source>
        <translation>Den Plan des ausgewählten Laufs im Assistenten öffnen, um ihn erneut auszuführen</translation>
    </message>
    <message>
        <source>Two runs selected: compare them (the older is the base). One run: compare it with its plan&apos;s baseline</source>
        <translation>Zwei Läufe ausgewählt: sie vergleichen (der ältere ist die Referenz). Ein Lauf: ihn mit dem Referenzlauf seines Plans vergleichen</translation>
    </message>
    <message>
        <source>Make the selected run the baseline of its plan, the run others are compared with</source>
        <translation>Den ausgewählten Lauf zur Referenz seines Plans machen, mit der andere Läufe verglichen werden</translation>
    </message>
    <message>
        <source>Delete the selected runs from the history, with everything they measured (Del)</source>
        <translation>Die ausgewählten Läufe mit allen Messdaten aus dem Verlauf löschen (Entf)</translation>
    </message>
    <message>
        <source>The run&apos;s name in the history (empty: the plan&apos;s name); Enter saves it</source>
        <translation>Der Name des Laufs im Verlauf (leer: der Name des Plans); die Eingabetaste speichert ihn</translation>
    </message>
    <message>
        <source>e.g. release-1.4, after-index</source>
        <translation>z. B. release-1.4, nach-index</translation>
    </message>
    <message>
        <source>Tags, separated by commas; Enter saves them</source>
        <translation>Tags, durch Kommas getrennt; die Eingabetaste speichert sie</translation>
    </message>
    <message>
        <source>What changed before this run, what it showed…</source>
        <translation>Was sich vor diesem Lauf geändert hat, was er gezeigt hat…</translation>
    </message>
    <message>
        <source>Free-text notes on the run</source>
        <translation>Freitext-Notizen zum Lauf</translation>
    </message>
    <message>
        <source>Store the notes in the history</source>
        <translation>Die Notizen im Verlauf speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>No run stored yet. Runs appear here as they go, cell by cell: start one with File ▸ New run… or try the demo.</source>
        <translation>Noch kein Lauf gespeichert. Läufe erscheinen hier schon während der Messung, Zelle für Zelle: Starten Sie einen mit Datei ▸ Neuer Lauf… oder probieren Sie die Demo aus.</translation>
    </message>
    <message>
        <source>The history is off: no database could be opened.</source>
        <translation>Der Verlauf ist ausgeschaltet: Es konnte keine Datenbank geöffnet werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 = what was attempted, %2 = the reason</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select a run to see its details.</source>
        <translation>Wählen Sie einen Lauf aus, um seine Details zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n runs selected.</source>
        <translation>
            <numerusform>%n Lauf ausgewählt.</numerusform>
            <numerusform>%n Läufe ausgewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Run %1&lt;/b&gt; — %2&lt;br&gt;%3 against %4&lt;br&gt;Started %5, %6&lt;br&gt;Sizes %7; %n endpoint(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Lauf %1&lt;/b&gt; — %2&lt;br&gt;%3 gegen %4&lt;br&gt;Gestartet %5, %6&lt;br&gt;Größen %7; %n Endpunkt</numerusform>
            <numerusform>&lt;b&gt;Lauf %1&lt;/b&gt; — %2&lt;br&gt;%3 gegen %4&lt;br&gt;Gestartet %5, %6&lt;br&gt;Größen %7; %n Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Thresholds: %1</source>
        <translation>Schwellenwerte: %1</translation>
    </message>
    <message numerus="yes">
        <source>The process running it ended before it finished; the %n cell(s) it completed are kept.</source>
        <translation>
            <numerusform>Der ausführende Prozess endete, bevor der Lauf fertig war; die %n abgeschlossene Zelle bleibt erhalten.</numerusform>
            <numerusform>Der ausführende Prozess endete, bevor der Lauf fertig war; die %n abgeschlossenen Zellen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline of this plan: run %1</source>
        <translation>Referenz dieses Plans: Lauf %1</translation>
    </message>
    <message>
        <source>Cannot rename run %1</source>
        <translation>Lauf %1 kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Cannot remove the tag %1</source>
        <translation>Das Tag %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot add the tag %1</source>
        <translation>Das Tag %1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot store the notes of run %1</source>
        <translation>Die Notizen von Lauf %1 können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Run %1 has no baseline to compare with: mark a run of the same plan as baseline, or select two runs.</source>
        <translation>Lauf %1 hat keine Referenz zum Vergleichen: Markieren Sie einen Lauf desselben Plans als Referenz, oder wählen Sie zwei Läufe aus.</translation>
    </message>
    <message>
        <source>Cannot remove the baseline tag of run %1</source>
        <translation>Die Referenzmarkierung von Lauf %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot mark run %1 as baseline</source>
        <translation>Lauf %1 kann nicht als Referenz markiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) (%1) from the history with everything measured? This cannot be undone.</source>
        <translation>
            <numerusform>%n Lauf (%1) mit allen Messdaten aus dem Verlauf löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Läufe (%1) mit allen Messdaten aus dem Verlauf löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message>
        <source>Cannot delete run %1</source>
        <translation>Lauf %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>R&amp;e-run</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::Labels</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>seconds with one decimal</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>minutes and seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>no thresholds</source>
        <translation>keine Schwellenwerte</translation>
    </message>
    <message numerus="yes">
        <source>passed (%n check(s))</source>
        <translation>
            <numerusform>bestanden (%n Prüfung)</numerusform>
            <numerusform>bestanden (%n Prüfungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 failed</source>
        <extracomment>%1 = failed checks, %2 = all checks</extracomment>
        <translation>%1 von %2 nicht bestanden</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::LoadOverTimeView</name>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>p99 raw (uncorrected)</source>
        <translation>p99 roh (unkorrigiert)</translation>
    </message>
    <message>
        <source>Errors/s</source>
        <translation>Fehler/s</translation>
    </message>
    <message>
        <source>Dropped/s</source>
        <translation>Verworfen/s</translation>
    </message>
    <message>
        <source>Late/s</source>
        <translation>Verspätet/s</translation>
    </message>
    <message>
        <source>Generator CPU</source>
        <translation>Lastgenerator-CPU</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>Pro Sekunde</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <source>Time since start (s)</source>
        <translation>Zeit seit dem Start (s)</translation>
    </message>
    <message>
        <source>The load applied (users, or the arrival rate asked for) and the requests completed per second</source>
        <translation>Die angelegte Last (Benutzer oder die angeforderte Ankunftsrate) und die pro Sekunde abgeschlossenen Anfragen</translation>
    </message>
    <message>
        <source>Latency percentiles per second. In the open model they count from each request&apos;s intended send time; the dashed raw p99 counts from when it was actually sent</source>
        <translation>Antwortzeit-Perzentile pro Sekunde. Im offenen Modell zählen sie ab dem geplanten Sendezeitpunkt jeder Anfrage; das gestrichelte rohe p99 zählt ab dem tatsächlichen Senden</translation>
    </message>
    <message>
        <source>Failed requests per second; in the open model also requests dropped (too many in flight) and sent late</source>
        <translation>Fehlgeschlagene Anfragen pro Sekunde; im offenen Modell auch verworfene (zu viele gleichzeitig ausstehend) und verspätet gesendete Anfragen</translation>
    </message>
    <message>
        <source>The load generator&apos;s own CPU (100 % = one core busy): near its cores&apos; limit its numbers are suspect</source>
        <translation>Die eigene CPU des Lastgenerators (100 % = ein Kern ausgelastet): Nahe an der Grenze seiner Kerne sind seine Zahlen fragwürdig</translation>
    </message>
    <message>
        <source>Target rate</source>
        <translation>Zielrate</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::LoadPage</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Scale sweep: every endpoint at every dataset size</source>
        <translation>&amp;Skalierungsreihe: jeder Endpunkt bei jeder Größe des Datenbestands</translation>
    </message>
    <message>
        <source>&amp;Load test: many requests at once, against one dataset</source>
        <translation>&amp;Lasttest: viele Anfragen gleichzeitig, gegen einen Datenbestand</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Error rate abo&amp;ve</source>
        <translation>F&amp;ehlerrate über</translation>
    </message>
    <message>
        <source>p9&amp;5 above</source>
        <translation>p9&amp;5 über</translation>
    </message>
    <message>
        <source>T&amp;hroughput plateaus</source>
        <translation>Durc&amp;hsatz stagniert</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>A scale sweep shows how latency grows with the data; a load test shows how the API behaves as the load grows.</source>
        <translation>Eine Skalierungsreihe zeigt, wie die Antwortzeit mit den Daten wächst; ein Lasttest zeigt, wie sich die API bei wachsender Last verhält.</translation>
    </message>
    <message>
        <source>Measure each endpoint at each dataset size, a few requests at a time, and classify how its latency grows (O(1), O(n), …)</source>
        <translation>Jeden Endpunkt bei jeder Größe des Datenbestands mit wenigen Anfragen gleichzeitig messen und einordnen, wie seine Antwortzeit wächst (O(1), O(n), …)</translation>
    </message>
    <message>
        <source>Send the endpoints many requests at once — virtual users or an arrival rate — and follow throughput, latency and errors as the load is held or raised</source>
        <translation>Den Endpunkten viele Anfragen gleichzeitig senden — virtuelle Benutzer oder eine Ankunftsrate — und Durchsatz, Antwortzeit und Fehler verfolgen, während die Last gehalten oder gesteigert wird</translation>
    </message>
    <message>
        <source>Load: one level for a while. Stress: raise the level step by step until the target breaks. Endurance: one level for hours, watching trends and memory. Concurrency sweep: 1, 2, 4 … users, to see where throughput stops growing.</source>
        <translation>Lasttest: eine Stufe für eine Weile. Stresstest: die Last Stufe um Stufe erhöhen, bis das Ziel versagt. Dauertest: eine Stufe über Stunden, mit Blick auf Trends und Speicher. Nebenläufigkeitsreihe: 1, 2, 4 … Benutzer, um zu sehen, wo der Durchsatz nicht mehr wächst.</translation>
    </message>
    <message>
        <source>Closed: virtual users, each waits for its answer before the next request (a slow target gets fewer requests). Open: requests start at a rate whatever the answers, as real traffic does.</source>
        <translation>Geschlossen: virtuelle Benutzer, von denen jeder vor der nächsten Anfrage auf seine Antwort wartet (ein langsames Ziel erhält weniger Anfragen). Offen: Anfragen starten mit einer Rate, unabhängig von den Antworten, wie bei echtem Verkehr.</translation>
    </message>
    <message>
        <source>Virtual users running at once (a stress test starts with this many)</source>
        <translation>Gleichzeitig laufende virtuelle Benutzer (ein Stresstest beginnt mit so vielen)</translation>
    </message>
    <message>
        <source> users/s</source>
        <translation> Benutzer/s</translation>
    </message>
    <message>
        <source>all at once</source>
        <translation>alle auf einmal</translation>
    </message>
    <message>
        <source>Users started per second until all run (0: all at once)</source>
        <translation>Pro Sekunde gestartete Benutzer, bis alle laufen (0: alle auf einmal)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The shortest pause of a user between an answer and its next request</source>
        <translation>Die kürzeste Pause eines Benutzers zwischen einer Antwort und seiner nächsten Anfrage</translation>
    </message>
    <message>
        <source>The longest pause: each pause is drawn uniformly between the two (0 and 0: none)</source>
        <translation>Die längste Pause: Jede Pause wird gleichverteilt zwischen beiden Werten gewählt (0 und 0: keine)</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>Requests started per second, whatever the answers (a stress test starts at this rate)</source>
        <translation>Pro Sekunde gestartete Anfragen, unabhängig von den Antworten (ein Stresstest beginnt mit dieser Rate)</translation>
    </message>
    <message>
        <source>off (constant)</source>
        <translation>aus (konstant)</translation>
    </message>
    <message>
        <source>A ramping arrival rate: from the rate to this one over the duration (0: constant)</source>
        <translation>Eine ansteigende Ankunftsrate: von der Rate bis zu dieser über die Dauer (0: konstant)</translation>
    </message>
    <message>
        <source>Requests in flight at most; a request due beyond them is dropped and counted — a sign that the target (or the generator) cannot keep up</source>
        <translation>Höchstzahl gleichzeitig ausstehender Anfragen; eine darüber hinaus fällige Anfrage wird verworfen und gezählt — ein Zeichen, dass das Ziel (oder der Lastgenerator) nicht mithält</translation>
    </message>
    <message>
        <source>The numbers of users to measure at, ascending, separated by spaces or commas; each level is held for the time per level</source>
        <translation>Die Benutzerzahlen, bei denen gemessen wird, aufsteigend, getrennt durch Leerzeichen oder Kommas; jede Stufe wird für die Zeit pro Stufe gehalten</translation>
    </message>
    <message>
        <source>How much each step adds to the level (users or requests/s)</source>
        <translation>Wie viel jede Stufe zur Last hinzufügt (Benutzer oder Anfragen/s)</translation>
    </message>
    <message>
        <source>The ramp ends here at the latest, broken or not</source>
        <translation>Hier endet die Rampe spätestens, mit oder ohne Bruch</translation>
    </message>
    <message>
        <source>How long each step (stress) or each level (concurrency sweep) is held and measured</source>
        <translation>Wie lange jede Stufe gehalten und gemessen wird (Stresstest und Nebenläufigkeitsreihe)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>After the breaking point: the start level again for this long, to see whether the target recovers (0: no recovery stage)</source>
        <translation>Nach dem Bruchpunkt: so lange wieder die Startstufe, um zu sehen, ob sich das Ziel erholt (0: keine Erholungsphase)</translation>
    </message>
    <message>
        <source>Stop the ramp at the first step whose error rate exceeds this</source>
        <translation>Die Rampe bei der ersten Stufe stoppen, deren Fehlerrate diesen Wert überschreitet</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The error rate (percent of a step&apos;s requests) that counts as broken</source>
        <translation>Die Fehlerrate (Prozent der Anfragen einer Stufe), die als Bruch gilt</translation>
    </message>
    <message>
        <source>Stop the ramp at the first step whose 95th percentile latency exceeds this</source>
        <translation>Die Rampe bei der ersten Stufe stoppen, deren Antwortzeit im 95. Perzentil diesen Wert überschreitet</translation>
    </message>
    <message>
        <source>The p95 latency that counts as broken</source>
        <translation>Die p95-Antwortzeit, die als Bruch gilt</translation>
    </message>
    <message>
        <source>Stop the ramp when a step&apos;s throughput grew by less than a quarter of the load&apos;s growth (or fell): more load no longer brings more answers</source>
        <translation>Die Rampe stoppen, wenn der Durchsatz einer Stufe um weniger als ein Viertel des Lastzuwachses gestiegen (oder gesunken) ist: Mehr Last bringt keine weiteren Antworten mehr</translation>
    </message>
    <message>
        <source>How long the level is held and measured (after the users are spawned)</source>
        <translation>Wie lange die Stufe gehalten und gemessen wird (nachdem die Benutzer gestartet sind)</translation>
    </message>
    <message>
        <source>Endurance: statistics per interval of this length, whose trends show a slow degradation</source>
        <translation>Dauertest: Statistiken pro Intervall dieser Länge, deren Trends eine langsame Verschlechterung zeigen</translation>
    </message>
    <message>
        <source>At the start, not measured: connections open and caches fill</source>
        <translation>Zu Beginn, nicht gemessen: Verbindungen werden geöffnet und Caches gefüllt</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>Prometheus metrics URL</source>
        <translation>Prometheus-Metrik-URL</translation>
    </message>
    <message>
        <source>Process id on this machine</source>
        <translation>Prozess-ID auf diesem Rechner</translation>
    </message>
    <message>
        <source>Where the target&apos;s resident memory is read during the run, to spot a leak: a Prometheus text endpoint with process_resident_memory_bytes, or a local process</source>
        <translation>Wo der residente Speicher des Ziels während des Laufs gelesen wird, um ein Leck zu erkennen: ein Prometheus-Text-Endpunkt mit process_resident_memory_bytes oder ein lokaler Prozess</translation>
    </message>
    <message>
        <source>The target&apos;s Prometheus metrics URL (process_resident_memory_bytes is read)</source>
        <translation>Die Prometheus-Metrik-URL des Ziels (process_resident_memory_bytes wird gelesen)</translation>
    </message>
    <message>
        <source>The target&apos;s process id on this machine (its memory is read from /proc)</source>
        <translation>Die Prozess-ID des Ziels auf diesem Rechner (sein Speicher wird aus /proc gelesen)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>S&amp;pawn rate:</source>
        <translation>S&amp;tartrate:</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Think time:</source>
        <translation>Den&amp;kzeit:</translation>
    </message>
    <message>
        <source>Ramp t&amp;o:</source>
        <translation>Ram&amp;pe bis:</translation>
    </message>
    <message>
        <source>Max in &amp;flight:</source>
        <translation>Max. &amp;gleichzeitig:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <source>Concurrenc&amp;y levels:</source>
        <translation>&amp;Nebenläufigkeitsstufen:</translation>
    </message>
    <message>
        <source>Ma&amp;x level:</source>
        <translation>Ma&amp;x. Laststufe:</translation>
    </message>
    <message>
        <source>St&amp;ep:</source>
        <translation>Schritt&amp;weite:</translation>
    </message>
    <message>
        <source>Step durat&amp;ion:</source>
        <translation>Stu&amp;fendauer:</translation>
    </message>
    <message>
        <source>Re&amp;covery:</source>
        <translation>Erh&amp;olung:</translation>
    </message>
    <message>
        <source>Stop when:</source>
        <translation>Stoppen, wenn:</translation>
    </message>
    <message>
        <source>Interv&amp;al:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Warm-up:</source>
        <translation>A&amp;ufwärmphase:</translation>
    </message>
    <message>
        <source>Tar&amp;get memory:</source>
        <translation>Spei&amp;cher des Ziels:</translation>
    </message>
    <message>
        <source>Load test</source>
        <translation>Lasttest</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Spawn rate</source>
        <translation>Startrate</translation>
    </message>
    <message>
        <source>Think time</source>
        <translation>Denkzeit</translation>
    </message>
    <message>
        <source>Think time from</source>
        <translation>Denkzeit von</translation>
    </message>
    <message>
        <source>Think time to</source>
        <translation>Denkzeit bis</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Ramp to</source>
        <translation>Rampe bis</translation>
    </message>
    <message>
        <source>Max in flight</source>
        <translation>Max. gleichzeitig</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Concurrency levels</source>
        <translation>Nebenläufigkeitsstufen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Max level</source>
        <translation>Max. Laststufe</translation>
    </message>
    <message>
        <source>Step duration</source>
        <translation>Stufendauer</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>Stop when</source>
        <translation>Stoppen, wenn</translation>
    </message>
    <message>
        <source>Error rate above</source>
        <translation>Fehlerrate über</translation>
    </message>
    <message>
        <source>p95 above</source>
        <translation>p95 über</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmphase</translation>
    </message>
    <message>
        <source>Target memory</source>
        <translation>Speicher des Ziels</translation>
    </message>
    <message>
        <source>Metrics URL</source>
        <translation>Metrik-URL</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>Prozess-ID</translation>
    </message>
    <message>
        <source>%1 is not a whole number (write the levels like &quot;1 2 4 8 16&quot;)</source>
        <translation>%1 ist keine ganze Zahl (schreiben Sie die Stufen wie &quot;1 2 4 8 16&quot;)</translation>
    </message>
    <message>
        <source>Time per level</source>
        <translation>Zeit pro Stufe</translation>
    </message>
    <message>
        <source>T&amp;ime per level:</source>
        <translation>&amp;Zeit pro Stufe:</translation>
    </message>
    <message>
        <source>Each endpoint is measured at every dataset size, a few requests at a time; the findings say how its latency grows with the data (O(1), O(log n), O(n), …).</source>
        <translation>Jeder Endpunkt wird bei jeder Größe des Datenbestands mit wenigen Anfragen gleichzeitig gemessen; die Befunde zeigen, wie seine Antwortzeit mit den Daten wächst (O(1), O(log n), O(n), …).</translation>
    </message>
    <message>
        <source>The endpoints get requests in proportion to their weights (Endpoints page), against the dataset grown once to its largest size — or against the API as it is, without sizes.</source>
        <translation>Die Endpunkte erhalten Anfragen im Verhältnis zu ihren Gewichten (Seite „Endpunkte“), gegen den einmal auf seine größte Größe angewachsenen Datenbestand — oder ohne Größen gegen die API, wie sie ist.</translation>
    </message>
    <message>
        <source>One level held for the duration.</source>
        <translation>Eine Stufe, die über die Dauer gehalten wird.</translation>
    </message>
    <message>
        <source>A step ramp from the start level until a stop condition is met or the maximum is reached, then the start level again to see whether the target recovers.</source>
        <translation>Eine Stufenrampe ab der Startstufe, bis eine Abbruchbedingung erfüllt oder das Maximum erreicht ist, danach wieder die Startstufe, um zu sehen, ob sich das Ziel erholt.</translation>
    </message>
    <message>
        <source>One level for a long time: statistics per interval show trends of latency, errors and the target&apos;s memory.</source>
        <translation>Eine Stufe über lange Zeit: Statistiken pro Intervall zeigen Trends von Antwortzeit, Fehlern und dem Speicher des Ziels.</translation>
    </message>
    <message>
        <source>The closed model at each number of users in turn; the Universal Scalability Law fitted to the throughputs shows where adding users stops helping.</source>
        <translation>Das geschlossene Modell nacheinander bei jeder Benutzerzahl; das an die Durchsätze angepasste Universal Scalability Law zeigt, ab wann weitere Benutzer nicht mehr helfen.</translation>
    </message>
    <message>
        <source>Each virtual user sends a request, waits for the answer and the think time, and repeats.</source>
        <translation>Jeder virtuelle Benutzer sendet eine Anfrage, wartet auf die Antwort und die Denkzeit und wiederholt das.</translation>
    </message>
    <message>
        <source>Requests start at the rate whatever the answers; latency counts from each request&apos;s intended start, so a stall of the target is not hidden.</source>
        <translation>Anfragen starten mit der Rate, unabhängig von den Antworten; die Antwortzeit zählt ab dem geplanten Start jeder Anfrage, sodass ein Stillstand des Ziels nicht verborgen bleibt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = what the kind of test does, %2 = what the model does
----------
a load level: %1 = number, %2 = &quot;users&quot; or &quot;requests/s&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 = &quot;Stress test&quot;, %2 = &quot;closed model (virtual users)&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>From %1 to %2 over %3</source>
        <extracomment>%1 = start rate, %2 = end rate, %3 = duration</extracomment>
        <translation>Von %1 bis %2 in %3</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>%1 = &quot;10 users&quot;, %2 = duration</extracomment>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Statistics every %1</source>
        <translation>Statistiken alle %1</translation>
    </message>
    <message>
        <source>From %1 to at most %2 in steps of %3, %4 each</source>
        <extracomment>%1 = start level, %2 = maximum level, %3 = step, %4 = duration of a step</extracomment>
        <translation>Von %1 bis höchstens %2 in Stufen von %3, je %4</translation>
    </message>
    <message>
        <source>error rate above %1 %</source>
        <translation>Fehlerrate über %1 %</translation>
    </message>
    <message>
        <source>p95 above %1 ms</source>
        <translation>p95 über %1 ms</translation>
    </message>
    <message>
        <source>throughput plateaus</source>
        <translation>Durchsatz stagniert</translation>
    </message>
    <message>
        <source>Stops when: %1</source>
        <translation>Stoppt bei: %1</translation>
    </message>
    <message>
        <source>Then %1 of recovery at %2</source>
        <translation>Danach %1 Erholung bei %2</translation>
    </message>
    <message>
        <source>No recovery stage</source>
        <translation>Keine Erholungsphase</translation>
    </message>
    <message>
        <source>%1 users, %2 per level</source>
        <extracomment>%1 = &quot;1, 2, 4, 8&quot; users, %2 = time per level</extracomment>
        <translation>%1 Benutzer, %2 pro Stufe</translation>
    </message>
    <message>
        <source>Users spawned at %1 per second</source>
        <translation>Benutzer werden mit %1 pro Sekunde gestartet</translation>
    </message>
    <message>
        <source>Users start all at once</source>
        <translation>Benutzer starten alle auf einmal</translation>
    </message>
    <message>
        <source>Think time %1 to %2 ms</source>
        <translation>Denkzeit %1 bis %2 ms</translation>
    </message>
    <message>
        <source>At most %1 requests in flight</source>
        <translation>Höchstens %1 Anfragen gleichzeitig ausstehend</translation>
    </message>
    <message>
        <source>The first %1 are a warm-up, not measured</source>
        <translation>Die ersten %1 dienen dem Aufwärmen und werden nicht gemessen</translation>
    </message>
    <message>
        <source>Target memory from %1</source>
        <translation>Speicher des Ziels aus %1</translation>
    </message>
    <message>
        <source>Target memory of process %1</source>
        <translation>Speicher des Ziels aus Prozess %1</translation>
    </message>
    <message>
        <source>About %1 of load at most, spawning not included</source>
        <translation>Höchstens etwa %1 Last, ohne das Starten der Benutzer</translation>
    </message>
    <message>
        <source>About %1 of load, spawning not included</source>
        <translation>Etwa %1 Last, ohne das Starten der Benutzer</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::LoadScalingView</name>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>USL fit</source>
        <translation>USL-Anpassung</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Requests per second each level achieved: where more users stop bringing more answers, the target is saturated</source>
        <translation>Anfragen pro Sekunde, die jede Stufe erreicht hat: Wo mehr Benutzer keine weiteren Antworten mehr bringen, ist das Ziel gesättigt</translation>
    </message>
    <message>
        <source>Arrival rate (requests/s)</source>
        <translation>Ankunftsrate (Anfragen/s)</translation>
    </message>
    <message>
        <source>Throughput against the level: for stress tests and concurrency sweeps.</source>
        <translation>Durchsatz über der Stufe: für Stresstests und Nebenläufigkeitsreihen.</translation>
    </message>
    <message>
        <source>Each step appears here as it finishes.</source>
        <translation>Jede Stufe erscheint hier, sobald sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Each step&apos;s throughput; the stages table says where the ramp broke.</source>
        <translation>Der Durchsatz jeder Stufe; die Phasentabelle zeigt, wo die Rampe gebrochen ist.</translation>
    </message>
    <message>
        <source>throughput peaks near %1 users at %2 requests/s</source>
        <extracomment>%1 = users, %2 = requests/s</extracomment>
        <translation>der Durchsatz erreicht seinen Höchstwert bei etwa %1 Benutzern mit %2 Anfragen/s</translation>
    </message>
    <message>
        <source>no peak: throughput approaches %1 requests/s</source>
        <extracomment>%1 = requests/s</extracomment>
        <translation>kein Höchstwert: Der Durchsatz nähert sich %1 Anfragen/s</translation>
    </message>
    <message>
        <source>no peak: throughput still grows linearly</source>
        <translation>kein Höchstwert: Der Durchsatz wächst noch linear</translation>
    </message>
    <message>
        <source>Universal Scalability Law: %1 (contention σ = %2, coherency κ = %3, R² = %4).</source>
        <extracomment>%1 = where throughput peaks, %2 = σ (contention), %3 = κ (coherency), %4 = R²</extracomment>
        <translation>Universal Scalability Law: %1 (Konkurrenz σ = %2, Kohärenz κ = %3, R² = %4).</translation>
    </message>
    <message>
        <source>The Universal Scalability Law is fitted from three levels on (%1 so far).</source>
        <translation>Das Universal Scalability Law wird ab drei Stufen angepasst (bisher %1).</translation>
    </message>
    <message>
        <source>No Universal Scalability Law fit: %1</source>
        <translation>Keine Anpassung des Universal Scalability Law: %1</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::LoadStagesModel</name>
    <message>
        <source>%1 %</source>
        <extracomment>%1 = a percentage</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 to %2 s of the run</source>
        <translation>%1 bis %2 s des Laufs</translation>
    </message>
    <message>
        <source>%1; percentiles approximate (means of the seconds&apos;) until the run ends</source>
        <extracomment>%1 = when the stage ran</extracomment>
        <translation>%1; Perzentile angenähert (Mittelwerte der Sekundenwerte), bis der Lauf endet</translation>
    </message>
    <message>
        <source>%1; the breaking point: %2</source>
        <translation>%1; der Bruchpunkt: %2</translation>
    </message>
    <message>
        <source>%1; the last step before the breaking point</source>
        <translation>%1; die letzte Stufe vor dem Bruchpunkt</translation>
    </message>
    <message>
        <source>%1; back at the start level after the breaking point</source>
        <translation>%1; nach dem Bruchpunkt wieder auf der Startstufe</translation>
    </message>
    <message>
        <source>Users running (closed model) or the arrival rate asked for (open model)</source>
        <translation>Laufende Benutzer (geschlossenes Modell) oder die angeforderte Ankunftsrate (offenes Modell)</translation>
    </message>
    <message>
        <source>Requests completed per second</source>
        <translation>Pro Sekunde abgeschlossene Anfragen</translation>
    </message>
    <message>
        <source>Latency percentiles of every request of the stage; in the open model from the intended send time, so that a stall is not hidden</source>
        <translation>Antwortzeit-Perzentile aller Anfragen der Phase; im offenen Modell ab dem geplanten Sendezeitpunkt, damit ein Stillstand nicht verborgen bleibt</translation>
    </message>
    <message>
        <source>Failed requests (transport errors, unexpected statuses) of all</source>
        <translation>Anteil fehlgeschlagener Anfragen (Transportfehler, unerwartete Statuscodes) an allen</translation>
    </message>
    <message>
        <source>Open model: requests due while the maximum in flight were in flight, not sent</source>
        <translation>Offenes Modell: Anfragen, die fällig waren, während bereits die Höchstzahl ausstand, und nicht gesendet wurden</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::LoadStagesView</name>
    <message>
        <source>%1 %2</source>
        <extracomment>a load level: %1 = number, %2 = &quot;users&quot; or &quot;requests/s&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3 requests/s, p95 %4, %5 % errors</source>
        <extracomment>%1 = stage name, %2 = level, %3 = requests/s, %4 = p95, %5 = error rate</extracomment>
        <translation>%1 bei %2: %3 Anfragen/s, p95 %4, %5 % Fehler</translation>
    </message>
    <message>
        <source>What the load test found</source>
        <translation>Was der Lasttest ergeben hat</translation>
    </message>
    <message>
        <source>Every stage of the load test as it finished: its level, throughput, latency and errors</source>
        <translation>Jede Phase des Lasttests, sobald sie abgeschlossen war: ihre Stufe, ihr Durchsatz, ihre Antwortzeit und ihre Fehler</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No stage finished.</source>
        <translation>Keine Phase abgeschlossen.</translation>
    </message>
    <message>
        <source>Breaking point: %1 at %2 (%3).</source>
        <extracomment>%1 = stage name, %2 = level, %3 = why (&quot;error rate 12.4 % &gt; 5 % at 180 users&quot;)</extracomment>
        <translation>Bruchpunkt: %1 bei %2 (%3).</translation>
    </message>
    <message>
        <source>Last good step: %1.</source>
        <translation>Letzte gute Stufe: %1.</translation>
    </message>
    <message>
        <source>Last good step: none, the first step already broke.</source>
        <translation>Letzte gute Stufe: keine, schon die erste Stufe ist gebrochen.</translation>
    </message>
    <message>
        <source>Stopped before the ramp found a breaking point.</source>
        <translation>Gestoppt, bevor die Rampe einen Bruchpunkt gefunden hat.</translation>
    </message>
    <message>
        <source>Last step: %1.</source>
        <translation>Letzte Stufe: %1.</translation>
    </message>
    <message>
        <source>No breaking point up to %1, the ramp&apos;s maximum.</source>
        <extracomment>%1 = the ramp&apos;s maximum level</extracomment>
        <translation>Kein Bruchpunkt bis %1, dem Maximum der Rampe.</translation>
    </message>
    <message>
        <source>Recovery: %1.</source>
        <translation>Erholung: %1.</translation>
    </message>
    <message>
        <source>Highest throughput: %1.</source>
        <translation>Höchster Durchsatz: %1.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::MeasurementPage</name>
    <message>
        <source>Se&amp;quential: one request at a time</source>
        <translation>&amp;Sequenziell: eine Anfrage nach der anderen</translation>
    </message>
    <message>
        <source>&amp;Concurrent, at most</source>
        <translation>&amp;Parallel, höchstens</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>How many requests each endpoint gets at each size, and in which order.</source>
        <translation>Wie viele Anfragen jeder Endpunkt bei jeder Größe erhält, und in welcher Reihenfolge.</translation>
    </message>
    <message>
        <source>Measured requests per endpoint and size (more beyond them while the minimum duration is not reached)</source>
        <translation>Gemessene Anfragen pro Endpunkt und Größe (mehr, solange die Mindestdauer nicht erreicht ist)</translation>
    </message>
    <message>
        <source>Unmeasured requests per endpoint and size, sent first so that caches and connections are warm</source>
        <translation>Nicht gemessene Anfragen pro Endpunkt und Größe, die zuerst gesendet werden, damit Caches und Verbindungen warm sind</translation>
    </message>
    <message>
        <source>One request at a time: latency without contention, the usual choice for growth curves</source>
        <translation>Eine Anfrage nach der anderen: Antwortzeit ohne Konkurrenz, die übliche Wahl für Wachstumskurven</translation>
    </message>
    <message>
        <source>Several requests in flight at once: latency under load</source>
        <translation>Mehrere Anfragen gleichzeitig unterwegs: Antwortzeit unter Last</translation>
    </message>
    <message>
        <source> in flight</source>
        <translation> gleichzeitig</translation>
    </message>
    <message>
        <source>Requests in flight at once in concurrent mode (also the concurrency of seeding and clean-up)</source>
        <translation>Gleichzeitig laufende Anfragen im parallelen Modus (auch die Parallelität beim Befüllen und Aufräumen)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long one request may take before it counts as a timeout error (the same setting as on the Target page)</source>
        <translation>Wie lange eine Anfrage dauern darf, bevor sie als Zeitüberschreitung zählt (dieselbe Einstellung wie auf der Seite „Ziel“)</translation>
    </message>
    <message>
        <source>On a laptop or a shared machine the speed changes every few tens of milliseconds (frequency scaling, other load). Interleaving puts every endpoint of a size under the same conditions; a minimum duration averages the changes out. Measured on the demo target: grouped with 10 iterations classified every endpoint right in 2 of 5 runs, interleaved in blocks of 5 for 1000 ms in 18 of 18.</source>
        <translation>Auf einem Laptop oder einem geteilten Rechner ändert sich die Geschwindigkeit alle paar zehn Millisekunden (Taktanpassung, andere Last). Abwechselndes Messen stellt alle Endpunkte einer Größe unter dieselben Bedingungen; eine Mindestdauer mittelt die Schwankungen heraus. Gemessen am Demo-Ziel: Gruppiert mit 10 Iterationen wurde jeder Endpunkt in 2 von 5 Läufen richtig eingeordnet, abwechselnd in Blöcken zu 5 für 1000 ms in 18 von 18.</translation>
    </message>
    <message>
        <source>Interleaved: endpoints take turns</source>
        <translation>Abwechselnd: Die Endpunkte sind reihum dran</translation>
    </message>
    <message>
        <source>Grouped: one endpoint after another</source>
        <translation>Gruppiert: ein Endpunkt nach dem anderen</translation>
    </message>
    <message>
        <source>Interleaved (recommended): at each size the endpoints take turns, a block of requests each. Grouped: each endpoint&apos;s requests one after another (cells finish one by one).</source>
        <translation>Abwechselnd (empfohlen): Bei jeder Größe sind die Endpunkte reihum dran, jeweils mit einem Block von Anfragen. Gruppiert: die Anfragen jedes Endpunkts nacheinander (die Zellen werden eine nach der anderen fertig).</translation>
    </message>
    <message>
        <source> requests per turn</source>
        <translation> Anfragen pro Durchgang</translation>
    </message>
    <message>
        <source>Interleaved: consecutive requests of one endpoint per turn. A few (5) rather than one keep an endpoint measured mostly after itself, not after a slow neighbour.</source>
        <translation>Abwechselnd: aufeinanderfolgende Anfragen eines Endpunkts pro Durchgang. Einige wenige (5) statt einer sorgen dafür, dass ein Endpunkt meist nach sich selbst gemessen wird, nicht nach einem langsamen Nachbarn.</translation>
    </message>
    <message>
        <source>off (exactly the iterations)</source>
        <translation>aus (genau die Iterationen)</translation>
    </message>
    <message>
        <source>Keep measuring each endpoint at each size until its requests span at least this long (at most %1 requests); 1000 ms is recommended.</source>
        <translation>Jeden Endpunkt bei jeder Größe so lange messen, bis seine Anfragen mindestens diese Zeit umfassen (höchstens %1 Anfragen); empfohlen sind 1000 ms.</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>&amp;Iterationen:</translation>
    </message>
    <message>
        <source>&amp;Warm-up requests:</source>
        <translation>&amp;Aufwärmanfragen:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>&amp;Timeout per request:</source>
        <translation>Zeit&amp;limit pro Anfrage:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>B&amp;lock:</source>
        <translation>&amp;Block:</translation>
    </message>
    <message>
        <source>&amp;Minimum duration:</source>
        <translation>&amp;Mindestdauer:</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Warm-up requests</source>
        <translation>Aufwärmanfragen</translation>
    </message>
    <message>
        <source>Concurrent</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Minimum duration</source>
        <translation>Mindestdauer</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>This plan uses HTTP/2 or a proxy, so it is measured through Qt&apos;s network stack (QNetworkAccessManager), which opens at most %1 HTTP/1.1 connections per host on Qt 6.4: more workers than that add no concurrency unless HTTP/2 multiplexes them.</source>
        <translation>Dieser Plan verwendet HTTP/2 oder einen Proxy und wird deshalb über den Netzwerk-Stack von Qt (QNetworkAccessManager) gemessen, der unter Qt 6.4 höchstens %1 HTTP/1.1-Verbindungen pro Host öffnet: Mehr Worker erhöhen die Parallelität nicht, es sei denn, HTTP/2 bündelt sie.</translation>
    </message>
    <message>
        <source>Measured with ScaleScope&apos;s lean HTTP/1.1 transport: every request in flight has its own connection, so the concurrency set above is the real one (Qt&apos;s limit of %1 connections per host applies only with HTTP/2 or a proxy).</source>
        <translation>Gemessen mit dem schlanken HTTP/1.1-Transport von ScaleScope: Jede laufende Anfrage hat eine eigene Verbindung, die oben eingestellte Parallelität ist also die tatsächliche (die Grenze von Qt von %1 Verbindungen pro Host gilt nur mit HTTP/2 oder einem Proxy).</translation>
    </message>
    <message numerus="yes">
        <source>At least %n measured request(s)</source>
        <extracomment>%n = number of requests</extracomment>
        <translation>
            <numerusform>Mindestens %n gemessene Anfrage</numerusform>
            <numerusform>Mindestens %n gemessene Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (sizes × endpoints × requests per cell, warm-up included: %2 × %3 × %4)</source>
        <extracomment>%1 = &quot;At least 330 measured requests&quot;, %2 = sizes, %3 = endpoints, %4 = requests per endpoint and size</extracomment>
        <translation>%1 (Größen × Endpunkte × Anfragen pro Zelle, einschließlich Aufwärmen: %2 × %3 × %4)</translation>
    </message>
    <message>
        <source>%1, more while a cell has run for less than %2 ms.</source>
        <extracomment>%1 = the sentence before, %2 = milliseconds</extracomment>
        <translation>%1, mehr, solange eine Zelle weniger als %2 ms gelaufen ist.</translation>
    </message>
    <message numerus="yes">
        <source>Seeding creates %n record(s).</source>
        <extracomment>%n = records created (the largest size)</extracomment>
        <translation>
            <numerusform>Das Befüllen legt %n Datensatz an.</numerusform>
            <numerusform>Das Befüllen legt %n Datensätze an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::ui::OverTimeChartView</name>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Errors/s</source>
        <translation>Fehler/s</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <source>Time since start (s)</source>
        <translation>Zeit seit dem Start (s)</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Response time (ms)</source>
        <translation>Antwortzeit (ms)</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::PlanPage</name>
    <message>
        <source>What must be fixed before you can continue: the field in the plan and the reason</source>
        <translation>Was behoben werden muss, bevor Sie fortfahren können: das Feld im Plan und der Grund</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>%1 = the field&apos;s label on the page, %2 = its path in the plan file, %3 = what is wrong</extracomment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at character %2)</source>
        <translation>kein gültiges JSON: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>must be exactly one JSON value</source>
        <translation>muss genau ein JSON-Wert sein</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::RequestProbe</name>
    <message>
        <source>No answer from %1 within %2 ms</source>
        <translation>Keine Antwort von %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2 in %3 ms</source>
        <extracomment>%1 = HTTP status code, %2 = reason phrase, %3 = milliseconds</extracomment>
        <translation>HTTP %1 %2 in %3 ms</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::ReviewPage</name>
    <message>
        <source>Save plan &amp;as…</source>
        <translation>Plan speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Check the plan, save it to run it again (or from the command line), and start the run.</source>
        <translation>Prüfen Sie den Plan, speichern Sie ihn, um ihn erneut (oder von der Kommandozeile) auszuführen, und starten Sie den Lauf.</translation>
    </message>
    <message>
        <source>e.g. Prompts API</source>
        <translation>z. B. Prompts-API</translation>
    </message>
    <message>
        <source>A name for the plan, shown in reports and in the run history</source>
        <translation>Ein Name für den Plan, angezeigt in Berichten und im Verlauf der Läufe</translation>
    </message>
    <message>
        <source>optional: what is measured and what to expect</source>
        <translation>optional: was gemessen wird und was zu erwarten ist</translation>
    </message>
    <message>
        <source>An optional description, shown in reports</source>
        <translation>Eine optionale Beschreibung, angezeigt in Berichten</translation>
    </message>
    <message>
        <source>The whole plan as it will run; secrets are never shown or saved</source>
        <translation>Der gesamte Plan, wie er ausgeführt wird; Geheimnisse werden nie angezeigt oder gespeichert</translation>
    </message>
    <message>
        <source>Write the plan to a JSON file (without any password or token) to run it again or with scalescope-cli</source>
        <translation>Den Plan in eine JSON-Datei schreiben (ohne Passwort oder Token), um ihn erneut oder mit scalescope-cli auszuführen</translation>
    </message>
    <message>
        <source>Where the plan was saved</source>
        <translation>Wo der Plan gespeichert wurde</translation>
    </message>
    <message>
        <source>&amp;Plan name:</source>
        <translation>&amp;Planname:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Planname</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>%1, timeout %2 ms per request</source>
        <extracomment>%1 = base URL, %2 = timeout in ms</extracomment>
        <translation>%1, Zeitlimit %2 ms pro Anfrage</translation>
    </message>
    <message>
        <source>TLS certificates verified</source>
        <translation>TLS-Zertifikate werden geprüft</translation>
    </message>
    <message>
        <source>TLS certificates not verified</source>
        <translation>TLS-Zertifikate werden nicht geprüft</translation>
    </message>
    <message>
        <source>HTTP/2</source>
        <translation>HTTP/2</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>Proxy %1</translation>
    </message>
    <message>
        <source>Headers: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>the password typed (kept in memory, not in the plan)</source>
        <translation>dem eingegebenen Passwort (im Speicher gehalten, nicht im Plan)</translation>
    </message>
    <message>
        <source>the password from %1</source>
        <translation>dem Passwort aus %1</translation>
    </message>
    <message>
        <source>no password entered yet (supply it at run time)</source>
        <translation>einem Passwort, das beim Ausführen angegeben wird (noch keines eingegeben)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>HTTP basic as %1, with %2</source>
        <extracomment>%1 = user name, %2 = where the password comes from</extracomment>
        <translation>HTTP Basic als %1, mit %2</translation>
    </message>
    <message>
        <source>Bearer token (kept in memory, not in the plan)</source>
        <translation>Bearer-Token (im Speicher gehalten, nicht im Plan)</translation>
    </message>
    <message>
        <source>Bearer token from %1</source>
        <translation>Bearer-Token aus %1</translation>
    </message>
    <message>
        <source>Log in as %1 with %2 and %3; the token at %4 is sent as %5</source>
        <extracomment>%1 = user name, %2 = login request, %3 = where the password comes from, %4 = JSON pointer, %5 = header</extracomment>
        <translation>Anmeldung als %1 mit %2 und %3; das Token unter %4 wird als %5 gesendet</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Seeded records at the sizes %1</source>
        <extracomment>%1 = list of sizes</extracomment>
        <translation>Angelegte Datensätze bei den Größen %1</translation>
    </message>
    <message>
        <source>the Location header</source>
        <translation>dem Location-Header</translation>
    </message>
    <message>
        <source>Created with %1, id from %2</source>
        <extracomment>%1 = seed request, %2 = where the id is</extracomment>
        <translation>Angelegt mit %1, ID aus %2</translation>
    </message>
    <message>
        <source>Deleted afterwards with %1</source>
        <translation>Danach gelöscht mit %1</translation>
    </message>
    <message>
        <source>The created records stay on the target (no clean-up request)</source>
        <translation>Die angelegten Datensätze bleiben im Ziel (keine Aufräumanfrage)</translation>
    </message>
    <message>
        <source>Counted with %1 at %2</source>
        <translation>Gezählt mit %1 unter %2</translation>
    </message>
    <message>
        <source>A sweep: {size} takes the values %1 in the endpoints</source>
        <translation>Ein Parameterdurchlauf: {size} nimmt in den Endpunkten die Werte %1 an</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datenbestand</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>any 2xx</source>
        <translation>beliebiger 2xx</translation>
    </message>
    <message numerus="yes">
        <source>Endpoints (%n)</source>
        <translation>
            <numerusform>Endpunkte (%n)</numerusform>
            <numerusform>Endpunkte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Per endpoint and size: %1 measured + %2 warm-up requests</source>
        <extracomment>%1 = measured requests, %2 = warm-up requests</extracomment>
        <translation>Pro Endpunkt und Größe: %1 gemessene + %2 Aufwärmanfragen</translation>
    </message>
    <message numerus="yes">
        <source>Concurrent, %n request(s) in flight</source>
        <translation>
            <numerusform>Parallel, %n Anfrage gleichzeitig</numerusform>
            <numerusform>Parallel, %n Anfragen gleichzeitig</numerusform>
        </translation>
    </message>
    <message>
        <source>Sequential, one request at a time</source>
        <translation>Sequenziell, eine Anfrage nach der anderen</translation>
    </message>
    <message>
        <source>Interleaved: endpoints take turns, %1 at a time</source>
        <extracomment>%1 = requests per turn</extracomment>
        <translation>Abwechselnd: Die Endpunkte sind reihum dran, jeweils %1</translation>
    </message>
    <message>
        <source>Grouped: one endpoint after another</source>
        <translation>Gruppiert: ein Endpunkt nach dem anderen</translation>
    </message>
    <message>
        <source>Each endpoint measured for at least %1 ms at each size</source>
        <translation>Jeder Endpunkt wird bei jeder Größe mindestens %1 ms lang gemessen</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>%1 = endpoint or &quot;All endpoints&quot;, %2 = metric, %3 = limit (&quot;&lt; 300 ms&quot;)</extracomment>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <extracomment>%1 = file name, %2 = reason</extracomment>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>ScaleScope plans (*.json);;All files (*)</source>
        <translation>ScaleScope-Pläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>None: the load test runs against the data the API has</source>
        <translation>Keiner: Der Lasttest läuft mit den vorhandenen Daten der API</translation>
    </message>
    <message>
        <source>Seeded once, to %1 records, before the load</source>
        <extracomment>%1 = the largest dataset size</extracomment>
        <translation>Einmal vor der Last auf %1 Datensätze befüllt</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::RunHistoryModel</name>
    <message>
        <source>%1 ms</source>
        <extracomment>a latency in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>column: history id of the run</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>Worst p95</source>
        <translation>Schlechtestes p95</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::RunWizard</name>
    <message>
        <source>New run</source>
        <translation>Neuer Lauf</translation>
    </message>
    <message>
        <source>&amp;Start run</source>
        <translation>Lauf &amp;starten</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::ScaleChartView</name>
    <message>
        <source>p50 and p95</source>
        <translation>p50 und p95</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>The response time statistic the lines show</source>
        <translation>Die Kennzahl der Antwortzeit, die die Linien zeigen</translation>
    </message>
    <message>
        <source>S&amp;tatistic:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>solid: p50, dashed: p95</source>
        <translation>durchgezogen: p50, gestrichelt: p95</translation>
    </message>
    <message>
        <source>&amp;Logarithmic axes</source>
        <translation>Lo&amp;garithmische Achsen</translation>
    </message>
    <message>
        <source>Offered when the values span more than two decades</source>
        <translation>Verfügbar, wenn die Werte mehr als zwei Größenordnungen umfassen</translation>
    </message>
    <message>
        <source>%1 (p95)</source>
        <extracomment>legend of the dashed line, %1 = endpoint name</extracomment>
        <translation>%1 (p95)</translation>
    </message>
    <message>
        <source>Size parameter</source>
        <translation>Größenparameter</translation>
    </message>
    <message>
        <source>Dataset size (records)</source>
        <translation>Größe des Datenbestands (Datensätze)</translation>
    </message>
    <message>
        <source>Response time (ms)</source>
        <translation>Antwortzeit (ms)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 = endpoint, %2 = dataset size</extracomment>
        <translation>%1 bei %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n request(s))</source>
        <extracomment>%1 = statistic name, %2 = its value, %n = requests measured</extracomment>
        <translation>
            <numerusform>%1: %2 (%n Anfrage)</numerusform>
            <numerusform>%1: %2 (%n Anfragen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::ui::ScalingModel</name>
    <message>
        <source>R² %1, n %2 → %3</source>
        <extracomment>R² of the fitted curve, and the sizes it spans</extracomment>
        <translation>R² %1, n %2 → %3</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Class</source>
        <extracomment>column: complexity class such as O(n)</extracomment>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Anpassung</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::SecretStore</name>
    <message>
        <source>this build of ScaleScope has no keychain support (QtKeychain)</source>
        <translation>dieser Build von ScaleScope unterstützt keinen Schlüsselbund (QtKeychain)</translation>
    </message>
    <message>
        <source>the keychain is turned off (SCALESCOPE_NO_KEYCHAIN is set)</source>
        <translation>der Schlüsselbund ist ausgeschaltet (SCALESCOPE_NO_KEYCHAIN ist gesetzt)</translation>
    </message>
    <message>
        <source>the system keychain did not answer earlier in this session</source>
        <translation>der Schlüsselbund des Systems hat früher in dieser Sitzung nicht geantwortet</translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 s</source>
        <extracomment>%1 = seconds, e.g. 3</extracomment>
        <translation>der Schlüsselbund des Systems hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>no system keychain is available</source>
        <translation>kein Schlüsselbund des Systems verfügbar</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::SuccessBarsView</name>
    <message>
        <source>%1 %</source>
        <extracomment>%1 = a percentage</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Successful requests (%)</source>
        <translation>Erfolgreiche Anfragen (%)</translation>
    </message>
    <message>
        <source>Size parameter</source>
        <translation>Größenparameter</translation>
    </message>
    <message>
        <source>Dataset size</source>
        <translation>Größe des Datenbestands</translation>
    </message>
    <message>
        <source>No cell measured yet.</source>
        <translation>Noch keine Zelle gemessen.</translation>
    </message>
    <message numerus="yes">
        <source>Every measured request succeeded (%n cell(s)).</source>
        <translation>
            <numerusform>Jede gemessene Anfrage war erfolgreich (%n Zelle).</numerusform>
            <numerusform>Jede gemessene Anfrage war erfolgreich (%n Zellen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) had failed requests; the lowest success rate is %1 at size %2: %3.</source>
        <extracomment>%n = cells with failures, %1 = endpoint, %2 = dataset size, %3 = its success rate</extracomment>
        <translation>
            <numerusform>%n Zelle hatte fehlgeschlagene Anfragen; die niedrigste Erfolgsquote hat %1 bei Größe %2: %3.</numerusform>
            <numerusform>%n Zellen hatten fehlgeschlagene Anfragen; die niedrigste Erfolgsquote hat %1 bei Größe %2: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at size %2: not measured yet</source>
        <extracomment>%1 = endpoint, %2 = dataset size</extracomment>
        <translation>%1 bei Größe %2: noch nicht gemessen</translation>
    </message>
    <message numerus="yes">
        <source>%1 at size %2: %3 succeeded (%4 of %n request(s))</source>
        <extracomment>%1 = endpoint, %2 = dataset size, %3 = success rate, %4 = successful requests, %n = all requests</extracomment>
        <translation>
            <numerusform>%1 bei Größe %2: %3 erfolgreich (%4 von %n Anfrage)</numerusform>
            <numerusform>%1 bei Größe %2: %3 erfolgreich (%4 von %n Anfragen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalescope::ui::TargetPage</name>
    <message>
        <source>Verify TLS c&amp;ertificates</source>
        <translation>TLS-Zertifikate p&amp;rüfen</translation>
    </message>
    <message>
        <source>Use HTTP/&amp;2 (measured through Qt&apos;s network stack)</source>
        <translation>HTTP/&amp;2 verwenden (gemessen über den Netzwerk-Stack von Qt)</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>Header &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove header</source>
        <translation>Header &amp;entfernen</translation>
    </message>
    <message>
        <source>Check &amp;connection</source>
        <translation>&amp;Verbindung prüfen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The API to measure: where it is and how every request to it is sent.</source>
        <translation>Die zu messende API: wo sie erreichbar ist und wie jede Anfrage an sie gesendet wird.</translation>
    </message>
    <message>
        <source>Scheme, host and port of the API, optionally with a path prefix (https://api.example.org/v2); every request path is appended to it</source>
        <translation>Schema, Host und Port der API, optional mit Pfadpräfix (https://api.example.org/v2); jeder Anfragepfad wird daran angehängt</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long one request may take before it counts as a timeout error</source>
        <translation>Wie lange eine Anfrage dauern darf, bevor sie als Zeitüberschreitung zählt</translation>
    </message>
    <message>
        <source>Reject servers whose certificate is not trusted; turn off only for test servers with self-signed certificates</source>
        <translation>Server mit nicht vertrauenswürdigem Zertifikat ablehnen; nur für Testserver mit selbstsignierten Zertifikaten ausschalten</translation>
    </message>
    <message>
        <source>Measure with HTTP/2 through QNetworkAccessManager; it adds its own overhead (a few milliseconds) to every latency</source>
        <translation>Mit HTTP/2 über QNetworkAccessManager messen; das fügt jeder Antwortzeit eigenen Overhead (einige Millisekunden) hinzu</translation>
    </message>
    <message>
        <source>none (e.g. http://proxy:3128)</source>
        <translation>keiner (z. B. http://proxy:3128)</translation>
    </message>
    <message>
        <source>Send the requests through this proxy (http:// or socks5://, no password); measured through Qt&apos;s network stack</source>
        <translation>Die Anfragen über diesen Proxy senden (http:// oder socks5://, ohne Passwort); gemessen über den Netzwerk-Stack von Qt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Headers sent with every request (not the login&apos;s authentication header); values may use placeholders such as {env:API_KEY}</source>
        <translation>Header, die mit jeder Anfrage gesendet werden (nicht der Authentifizierungs-Header der Anmeldung); Werte können Platzhalter wie {env:API_KEY} verwenden</translation>
    </message>
    <message>
        <source>Add a header sent with every request</source>
        <translation>Einen Header hinzufügen, der mit jeder Anfrage gesendet wird</translation>
    </message>
    <message>
        <source>Remove the selected headers</source>
        <translation>Die ausgewählten Header entfernen</translation>
    </message>
    <message>
        <source>Send one GET request to the base URL and show what the server answers</source>
        <translation>Eine GET-Anfrage an die Basis-URL senden und die Antwort des Servers anzeigen</translation>
    </message>
    <message>
        <source>The answer to the last connection check</source>
        <translation>Die Antwort auf die letzte Verbindungsprüfung</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Timeout per request:</source>
        <translation>Zeit&amp;limit pro Anfrage:</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Default &amp;headers:</source>
        <translation>Standard-Hea&amp;der:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Default headers</source>
        <translation>Standard-Header</translation>
    </message>
    <message>
        <source>Fix the base URL first: %1</source>
        <translation>Korrigieren Sie zuerst die Basis-URL: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>%1 — the server answers (the base URL itself need not be a page)</source>
        <translation>%1 – der Server antwortet (die Basis-URL selbst muss keine Seite sein)</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::ThresholdModel</name>
    <message>
        <source>%1 %</source>
        <extracomment>a percentage</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <extracomment>requests per second</extracomment>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>ΔBIC %1</source>
        <extracomment>the BIC evidence of a scaling ceiling</extracomment>
        <translation>ΔBIC %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>at most %1</source>
        <extracomment>a scaling ceiling, e.g. &quot;at most O(n)&quot;</extracomment>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <extracomment>an upper limit</extracomment>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::ThresholdsModel</name>
    <message>
        <source>p50 latency</source>
        <translation>p50-Antwortzeit</translation>
    </message>
    <message>
        <source>p90 latency</source>
        <translation>p90-Antwortzeit</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95-Antwortzeit</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>p99-Antwortzeit</translation>
    </message>
    <message>
        <source>mean latency</source>
        <translation>mittlere Antwortzeit</translation>
    </message>
    <message>
        <source>max latency</source>
        <translation>maximale Antwortzeit</translation>
    </message>
    <message>
        <source>error rate</source>
        <translation>Fehlerrate</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>&lt; %1 ms</source>
        <extracomment>a latency limit; %1 = milliseconds</extracomment>
        <translation>&lt; %1 ms</translation>
    </message>
    <message>
        <source>&lt; %1 %</source>
        <extracomment>an error-rate limit; %1 = percent</extracomment>
        <translation>&lt; %1 %</translation>
    </message>
    <message>
        <source>&gt; %1 req/s</source>
        <extracomment>a throughput minimum; %1 = requests per second</extracomment>
        <translation>&gt; %1 req/s</translation>
    </message>
    <message>
        <source>no worse than %1</source>
        <extracomment>a scaling ceiling; %1 = complexity class such as O(n)</extracomment>
        <translation>nicht schlechter als %1</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message>
        <source>The endpoint this limit applies to, or all endpoints</source>
        <translation>Der Endpunkt, für den diese Grenze gilt, oder alle Endpunkte</translation>
    </message>
    <message>
        <source>What is measured: a latency percentile, the mean or maximum latency, the error rate, the throughput, or how latency grows with the dataset (scaling)</source>
        <translation>Was gemessen wird: ein Perzentil der Antwortzeit, die mittlere oder maximale Antwortzeit, die Fehlerrate, der Durchsatz oder wie die Antwortzeit mit dem Datenbestand wächst (Skalierung)</translation>
    </message>
    <message>
        <source>The latency must stay below this many milliseconds at every size</source>
        <translation>Die Antwortzeit muss bei jeder Größe unter so vielen Millisekunden bleiben</translation>
    </message>
    <message>
        <source>The share of failed requests must stay below this percentage at every size</source>
        <translation>Der Anteil fehlgeschlagener Anfragen muss bei jeder Größe unter diesem Prozentsatz bleiben</translation>
    </message>
    <message>
        <source>The throughput must stay above this many requests per second at every size</source>
        <translation>Der Durchsatz muss bei jeder Größe über so vielen Anfragen pro Sekunde bleiben</translation>
    </message>
    <message>
        <source>A scaling ceiling: latency may grow no worse than this class with the dataset size; it fails only when the fitted growth is worse with confidence</source>
        <translation>Eine Skalierungsobergrenze: Die Antwortzeit darf mit der Größe des Datenbestands nicht schlechter als diese Klasse wachsen; sie gilt nur dann als verletzt, wenn das angepasste Wachstum mit Sicherheit schlechter ist</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
</context>
<context>
    <name>scalescope::ui::ThresholdsPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>Stan&amp;dardwerte</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>Limits the results must respect at every size; a run that breaks one is marked as failed.</source>
        <translation>Grenzen, die die Ergebnisse bei jeder Größe einhalten müssen; ein Lauf, der eine davon verletzt, wird als fehlgeschlagen markiert.</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit a cell. Latencies are in milliseconds, the error rate in percent, throughput in requests per second; &quot;scaling&quot; takes a complexity class</source>
        <translation>Zum Bearbeiten einer Zelle doppelklicken oder F2 drücken. Antwortzeiten sind in Millisekunden, die Fehlerrate in Prozent, der Durchsatz in Anfragen pro Sekunde; „Skalierung“ erwartet eine Komplexitätsklasse</translation>
    </message>
    <message>
        <source>Add a threshold (p95 latency for all endpoints; change it in the table)</source>
        <translation>Einen Schwellenwert hinzufügen (p95-Antwortzeit für alle Endpunkte; in der Tabelle ändern)</translation>
    </message>
    <message>
        <source>Remove the selected thresholds</source>
        <translation>Die ausgewählten Schwellenwerte entfernen</translation>
    </message>
    <message>
        <source>Replace the table with the usual limits: p50 &lt; 100 ms, p95 &lt; 300 ms, p99 &lt; 500 ms, errors &lt; 1 %, throughput &gt; 100 req/s</source>
        <translation>Die Tabelle durch die üblichen Grenzen ersetzen: p50 &lt; 100 ms, p95 &lt; 300 ms, p99 &lt; 500 ms, Fehler &lt; 1 %, Durchsatz &gt; 100 req/s</translation>
    </message>
    <message>
        <source>A scaling ceiling such as &quot;List items: scaling no worse than O(n)&quot; fails only when the fitted growth is worse with confidence; data too noisy to classify passes with a note.</source>
        <translation>Eine Skalierungsobergrenze wie „List items: Skalierung nicht schlechter als O(n)“ gilt nur dann als verletzt, wenn das angepasste Wachstum mit Sicherheit schlechter ist; zu verrauschte Daten gelten mit einem Hinweis als bestanden.</translation>
    </message>
    <message>
        <source>&amp;Thresholds:</source>
        <translation>&amp;Schwellenwerte:</translation>
    </message>
    <message>
        <source>Threshold %1</source>
        <extracomment>%1 = threshold number (1-based)</extracomment>
        <translation>Schwellenwert %1</translation>
    </message>
</context>
</TS>
