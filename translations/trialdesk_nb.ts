<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Access</name>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) har ikke lov til å %3.</translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>Acknowledging an alert needs a note saying what was done.</source>
        <translation>Å kvittere ut et varsel krever et notat om hva som ble gjort.</translation>
    </message>
    <message>
        <source>Alert %1 is already acknowledged.</source>
        <translation>Varsel %1 er allerede kvittert ut.</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Varsel %1</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>%1, item %2 (%3): answered %4</source>
        <translation>%1, ledd %2 (%3): svarte %4</translation>
    </message>
    <message>
        <source>%1 went from %2 at baseline to %3: a reliable deterioration (reliable change index %4)</source>
        <translation>%1 gikk fra %2 ved baseline til %3: en reliabel forverring (reliabel endringsindeks %4)</translation>
    </message>
</context>
<context>
    <name>AllocationCsvExport</name>
    <message>
        <source>Allocation list CSV: every list entry and allocation</source>
        <translation>Allokeringsliste CSV: hver listeplass og allokering</translation>
    </message>
    <message>
        <source>Exporting the allocation list</source>
        <translation>Eksporterer allokeringslisten</translation>
    </message>
</context>
<context>
    <name>AllocationListRepository</name>
    <message>
        <source>Set the randomization settings (method, block lengths, strata) before generating the allocation list.</source>
        <translation>Angi randomiseringsinnstillingene (metode, blokklengder, strata) før allokeringslisten genereres.</translation>
    </message>
    <message>
        <source>This trial randomizes by minimization, which needs no allocation list; lists are for permuted blocks.</source>
        <translation>Denne studien randomiserer med minimering, som ikke trenger allokeringsliste; lister brukes for permuterte blokker.</translation>
    </message>
    <message>
        <source>The list is stratified by site, but the trial has no sites yet.</source>
        <translation>Listen er stratifisert etter senter, men studien har ingen sentre ennå.</translation>
    </message>
    <message>
        <source>Allocation has begun (%1 participants), so the list in use cannot be replaced; a stratum that runs out is extended automatically.</source>
        <translation>Allokeringen har begynt (%1 deltakere), så listen som er i bruk kan ikke erstattes; et stratum som går tomt, utvides automatisk.</translation>
    </message>
    <message>
        <source>The allocation list of stratum %1 does not end on a whole block; it cannot be extended. Ask the statistician to check it.</source>
        <translation>Allokeringslisten for stratum %1 slutter ikke på en hel blokk og kan ikke utvides. Be statistikeren kontrollere den.</translation>
    </message>
    <message>
        <source>No allocation list entry is left in stratum %1.</source>
        <translation>Det er ingen allokeringer igjen i stratum %1.</translation>
    </message>
    <message>
        <source>Generating the allocation list</source>
        <translation>Genererer allokeringslisten</translation>
    </message>
    <message>
        <source>Could not make the allocation key (libsodium could not lock memory).</source>
        <translation>Kunne ikke lage allokeringsnøkkelen (libsodium kunne ikke låse minnet).</translation>
    </message>
    <message>
        <source>Reading the allocation list</source>
        <translation>Leser allokeringslisten</translation>
    </message>
    <message>
        <source>Stratum %1 has used every entry of the allocation list; extending it</source>
        <translation>Stratum %1 har brukt alle oppføringene i allokeringslisten; utvider den</translation>
    </message>
    <message>
        <source>No allocation list has been generated yet, so there is none to extend.</source>
        <translation>Ingen allokeringsliste er laget ennå, så det finnes ingen å forlenge.</translation>
    </message>
    <message>
        <source>The allocation list is sealed under the statisticians&apos; key; a sealed list is extended by the randomization that needs it.</source>
        <translation>Allokeringslisten er forseglet med statistikernes nøkkel; en forseglet liste forlenges av randomiseringen som trenger det.</translation>
    </message>
    <message>
        <source>Only a permuted-block list is extended; this trial does not randomize by permuted blocks.</source>
        <translation>Bare en liste med permuterte blokker forlenges; denne studien randomiserer ikke med permuterte blokker.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stratum of this trial&apos;s list; its strata are %2.</source>
        <translation>«%1» er ikke et stratum i studiens liste; stratumene er %2.</translation>
    </message>
    <message>
        <source>Stratum %1 has used every entry of the allocation list. The list is extended from its seed, which on this server only a statistician&apos;s login may read: ask a statistician of the trial to extend it (randomization extend). Nothing was changed; the participant is not randomized.</source>
        <translation>Stratum %1 har brukt alle oppføringene i allokeringslisten. Listen forlenges fra frøet, som på denne serveren bare en statistikers innlogging kan lese: be en statistiker i studien om å forlenge den (randomization extend). Ingenting ble endret; deltakeren er ikke randomisert.</translation>
    </message>
</context>
<context>
    <name>AllocationSeal</name>
    <message>
        <source>The sealed allocation list %1 does not open with the allocation key: it was changed outside TrialDesk or is damaged.</source>
        <translation>Den forseglede allokeringslisten %1 kan ikke åpnes med allokeringsnøkkelen: den er endret utenfor TrialDesk eller er skadet.</translation>
    </message>
    <message>
        <source>Entry %1 of stratum %2 of the allocation list does not open: it was changed or moved outside TrialDesk, or is damaged.</source>
        <translation>Oppføring %1 i stratum %2 av allokeringslisten kan ikke åpnes: den er endret eller flyttet utenfor TrialDesk, eller er skadet.</translation>
    </message>
    <message>
        <source>no active statistician holds it now</source>
        <translation>ingen aktiv statistiker har den nå</translation>
    </message>
    <message>
        <source>it is held by %1</source>
        <translation>den innehas av %1</translation>
    </message>
    <message>
        <source>%1 needs the allocation key of this encrypted trial: the allocation list and its seed are sealed under a key that only statisticians hold (%2). Sign in as one of them.</source>
        <translation>%1 trenger allokeringsnøkkelen til denne krypterte studien: allokeringslisten og frøet (seed) er forseglet med en nøkkel som bare statistikere har (%2). Logg inn som en av dem.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>TrialDesk</source>
        <translation>TrialDesk</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Create the demo trial if the database is new.</source>
        <translation>Opprett demostudien hvis databasen er ny.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>Sign in as this user (password from TRIALDESK_PASSWORD).</source>
        <translation>Logg inn som denne brukeren (passord fra TRIALDESK_PASSWORD).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>Save a picture of the main window and quit.</source>
        <translation>Lagre et bilde av hovedvinduet og avslutt.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Signing in as %1 failed.</source>
        <translation>Innlogging som %1 mislyktes.</translation>
    </message>
    <message>
        <source>Interface language for this run: nb or en.</source>
        <translation>Språk i grensesnittet for denne kjøringen: nb eller en.</translation>
    </message>
    <message>
        <source>The automatic backup on closing failed: %1</source>
        <translation>Den automatiske sikkerhetskopien ved lukking mislyktes: %1</translation>
    </message>
    <message>
        <source>Create a new, empty trial file at --db.</source>
        <translation>Opprett en ny, tom studiefil i --db.</translation>
    </message>
    <message>
        <source>The trial was restored from %1. The file before the restore is kept as %2. Sign in again to go on.</source>
        <translation>Studien ble gjenopprettet fra %1. Filen fra før gjenopprettingen er beholdt som %2. Logg inn igjen for å fortsette.</translation>
    </message>
    <message>
        <source>TrialDesk: randomized psychotherapy trials, from protocol to locked data.</source>
        <translation>TrialDesk: randomiserte psykoterapistudier, fra protokoll til låste data.</translation>
    </message>
    <message>
        <source>Make the new trial or demo a plain file (they are encrypted at rest otherwise).</source>
        <translation>Gjør den nye studien eller demoen til en ukryptert fil (ellers krypteres de på disk).</translation>
    </message>
    <message>
        <source>The trial file is encrypted. Sign in again to go on.</source>
        <translation>Studiefilen er kryptert. Logg inn på nytt for å fortsette.</translation>
    </message>
    <message>
        <source>These users open it once you give them a new password: %1.</source>
        <translation>Disse brukerne kan åpne den når du har gitt dem et nytt passord: %1.</translation>
    </message>
    <message>
        <source>The trial database: a file, or a server database (postgresql://host:port/database?sslmode=verify-full).</source>
        <translation>Studiedatabasen: en fil eller en serverdatabase (postgresql://host:port/database?sslmode=verify-full).</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>fil eller URI</translation>
    </message>
</context>
<context>
    <name>ArmGuessRepository</name>
    <message>
        <source>Assessment %1 was not found.</source>
        <translation>Fant ikke vurdering %1.</translation>
    </message>
    <message>
        <source>Assessment %1 was removed: no guess of the arm is recorded for it.</source>
        <translation>Vurdering %1 er fjernet: ingen gjetning av arm registreres for den.</translation>
    </message>
    <message>
        <source>Only the assessor who rated assessment %1 records the guess of the arm after it.</source>
        <translation>Bare vurdereren som gjennomførte vurdering %1, registrerer gjetningen av arm etter den.</translation>
    </message>
    <message>
        <source>Assessment %1 is a draft: the guess of the arm is recorded once the rating is complete.</source>
        <translation>Vurdering %1 er et utkast: gjetningen av arm registreres når vurderingen er fullført.</translation>
    </message>
    <message>
        <source>The participant was not yet randomized when assessment %1 was rated: there is no arm to guess.</source>
        <translation>Deltakeren var ennå ikke randomisert da vurdering %1 ble gjennomført: det finnes ingen arm å gjette.</translation>
    </message>
    <message>
        <source>A guess of the arm was already recorded for assessment %1; it cannot be recorded again or changed.</source>
        <translation>En gjetning av arm er allerede registrert for vurdering %1; den kan ikke registreres på nytt eller endres.</translation>
    </message>
    <message>
        <source>Arm %1 is not an arm of this trial; guess one of the trial&apos;s arms, or &quot;don&apos;t know&quot;.</source>
        <translation>Arm %1 er ikke en arm i denne studien; gjett en av studiens armer, eller «vet ikke».</translation>
    </message>
</context>
<context>
    <name>AssessmentImport</name>
    <message>
        <source>the column appears twice in the header</source>
        <translation>kolonnen forekommer to ganger i overskriftsraden</translation>
    </message>
    <message>
        <source>the required column is missing (the header needs the columns of the long CSV export)</source>
        <translation>den påkrevde kolonnen mangler (overskriftsraden trenger kolonnene fra den lange CSV-eksporten)</translation>
    </message>
    <message>
        <source>unknown participant &quot;%1&quot;</source>
        <translation>ukjent deltaker «%1»</translation>
    </message>
    <message>
        <source>participant %1 belongs to site %2, not %3</source>
        <translation>deltaker %1 tilhører senter %2, ikke %3</translation>
    </message>
    <message>
        <source>unknown visit &quot;%1&quot;; the protocol&apos;s visits are %2</source>
        <translation>ukjent besøk «%1»; protokollens besøk er %2</translation>
    </message>
    <message>
        <source>session-by-session measures follow the arm&apos;s schedule: a user who may not see arms cannot import them</source>
        <translation>mål fra time til time følger armens timeplan: en bruker som ikke har lov til å se armer, kan ikke importere dem</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session number</source>
        <translation>«%1» er ikke et timenummer</translation>
    </message>
    <message>
        <source>participant %1 has no session %2</source>
        <translation>deltaker %1 har ingen time %2</translation>
    </message>
    <message>
        <source>participant %1 has more than one session %2</source>
        <translation>deltaker %1 har mer enn én time %2</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is not one of complete, draft</source>
        <translation>statusen «%1» er ikke en av complete, draft</translation>
    </message>
    <message>
        <source>the user %1 may not enter assessments</source>
        <translation>brukeren %1 har ikke lov til å registrere vurderinger</translation>
    </message>
    <message>
        <source>unknown user &quot;%1&quot;</source>
        <translation>ukjent bruker «%1»</translation>
    </message>
    <message>
        <source>the file has no column %1, and %2 has %3 items (this applies to every %2 row)</source>
        <translation>filen har ingen kolonne %1, og %2 har %3 ledd (dette gjelder alle %2-rader)</translation>
    </message>
    <message>
        <source>%1 has %2 items: this column must be empty</source>
        <translation>%1 har %2 ledd: denne kolonnen må være tom</translation>
    </message>
    <message>
        <source>%1 of participant %2 is already recorded for this visit or session</source>
        <translation>%1 for deltaker %2 er allerede registrert for dette besøket eller denne timen</translation>
    </message>
    <message>
        <source>the same assessment as on line %1 (participant, visit or session, and instrument)</source>
        <translation>samme vurdering som på linje %1 (deltaker, besøk eller time, og instrument)</translation>
    </message>
    <message>
        <source>the file is empty; it needs the header of the long CSV export and one row per assessment</source>
        <translation>filen er tom; den trenger overskriftsraden fra den lange CSV-eksporten og én rad per vurdering</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importert fra %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Importen ble avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>%1 at this visit is rated by a blinded assessor, as the protocol says; %2 is not one</source>
        <translation>%1 ved dette besøket skåres av en blindet vurderer, slik protokollen sier; %2 er ikke blindet vurderer</translation>
    </message>
    <message>
        <source>the header is one column, &quot;%1&quot;: the columns of the long CSV export must be separated by commas, semicolons or tabs</source>
        <translation>overskriftsraden er én kolonne, «%1»: kolonnene i den lange CSV-eksporten må skilles med komma, semikolon eller tabulator</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD or as %2</source>
        <translation>«%1» er ikke en dato; skriv den som ÅÅÅÅ-MM-DD eller som %2</translation>
    </message>
    <message>
        <source>Columns are separated by semicolons.</source>
        <translation>Kolonnene er skilt med semikolon.</translation>
    </message>
    <message>
        <source>Columns are separated by tabs.</source>
        <translation>Kolonnene er skilt med tabulator.</translation>
    </message>
    <message>
        <source>Dates are read as YYYY-MM-DD or as %1, the way %2 writes them.</source>
        <translation>Datoer leses som ÅÅÅÅ-MM-DD eller som %1, slik %2 skriver dem.</translation>
    </message>
    <message>
        <source>Decimal commas are read as decimal points (2,5 is 2.5).</source>
        <translation>Desimalkomma leses som desimaltegn (2,5 er 2.5).</translation>
    </message>
    <message>
        <source>the file has a header but no rows: there is nothing to import (one row per assessment is needed)</source>
        <translation>filen har en overskriftsrad, men ingen rader: det er ingenting å importere (én rad per vurdering trengs)</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>The assessment date must be a valid date no later than today.</source>
        <translation>Vurderingsdatoen må være en gyldig dato, senest i dag.</translation>
    </message>
    <message>
        <source>An assessment belongs to a visit or to a session, not both.</source>
        <translation>En vurdering hører til et besøk eller en time, ikke begge.</translation>
    </message>
    <message>
        <source>Every item is missing: record why the data are missing.</source>
        <translation>Alle ledd mangler: oppgi hvorfor dataene mangler.</translation>
    </message>
    <message>
        <source>Session %1 does not belong to this participant.</source>
        <translation>Time %1 tilhører ikke denne deltakeren.</translation>
    </message>
    <message>
        <source>Assessment %1 was not found.</source>
        <translation>Fant ikke vurdering %1.</translation>
    </message>
    <message>
        <source>Assessment %1 was removed and cannot be changed.</source>
        <translation>Vurdering %1 er fjernet og kan ikke endres.</translation>
    </message>
    <message>
        <source>A correction keeps the instrument and its number of items; record a new assessment instead.</source>
        <translation>En korrigering beholder instrumentet og antall ledd; registrer heller en ny vurdering.</translation>
    </message>
    <message>
        <source>Removing an assessment needs a reason.</source>
        <translation>Å fjerne en vurdering krever en begrunnelse.</translation>
    </message>
    <message>
        <source>Assessment %1 is already removed.</source>
        <translation>Vurdering %1 er allerede fjernet.</translation>
    </message>
    <message>
        <source>An import writes its assessments inside its own transaction.</source>
        <translation>En import skriver vurderingene sine i sin egen transaksjon.</translation>
    </message>
    <message>
        <source>%1 at this visit is rated by a blinded assessor, as the protocol says; %2 (%3) may not enter it.</source>
        <translation>%1 ved dette besøket skåres av en blindet vurderer, slik protokollen sier; %2 (%3) kan ikke registrere den.</translation>
    </message>
    <message>
        <source>%1 on %2 is outside the window of the visit %3 (%4 to %5). To enter it anyway, confirm and give the reason; the export flags it.</source>
        <translation>%1 datert %2 ligger utenfor tidsvinduet for besøk %3 (%4 til %5). For å registrere den likevel må du bekrefte og oppgi begrunnelsen; eksporten markerer den.</translation>
    </message>
    <message>
        <source>A missed visit needs the reason it was missed.</source>
        <translation>Et besøk som ikke er gjennomført, krever en begrunnelse for hvorfor det ikke ble gjennomført.</translation>
    </message>
    <message>
        <source>Visit %1 is not in this participant&apos;s schedule.</source>
        <translation>Besøk %1 finnes ikke i denne deltakerens besøksplan.</translation>
    </message>
    <message>
        <source>Every instrument of the visit %1 is already recorded.</source>
        <translation>Alle instrumentene ved besøk %1 er allerede registrert.</translation>
    </message>
    <message>
        <source>The rater %1 is not a user of this trial.</source>
        <translation>Vurdereren %1 er ikke bruker i denne studien.</translation>
    </message>
    <message>
        <source>The visit %1 cannot be missed yet: its window opens on %2.</source>
        <translation>Besøket %1 kan ikke registreres som ikke gjennomført ennå: tidsvinduet åpner %2.</translation>
    </message>
    <message>
        <source>The visit %1 is not scheduled yet: it counts from randomization.</source>
        <translation>Besøket %1 er ikke planlagt ennå: det regnes fra randomiseringen.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit row must be written inside the change&apos;s transaction.</source>
        <translation>En revisjonsrad må skrives i samme transaksjon som endringen.</translation>
    </message>
</context>
<context>
    <name>AuditReplay</name>
    <message>
        <source>The audit trail is too large to replay.</source>
        <translation>Revisjonssporet er for stort til å spilles av.</translation>
    </message>
    <message>
        <source>participant %1, covariate %2</source>
        <translation>deltaker %1, kovariat %2</translation>
    </message>
    <message>
        <source>participant %1, criterion %2</source>
        <translation>deltaker %1, kriterium %2</translation>
    </message>
    <message>
        <source>allocation %1, factor %2</source>
        <translation>allokering %1, faktor %2</translation>
    </message>
    <message>
        <source>unknown instrument</source>
        <translation>ukjent instrument</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>%1 %2, %3: the file holds another value than the audit trail gives (the values are shown to readers who may see the allocation)</source>
        <translation>%1 %2, %3: filen har en annen verdi enn revisjonssporet gir (verdiene vises for lesere som kan se allokeringen)</translation>
    </message>
    <message>
        <source>%1 %2, %3: the file holds %4, the audit trail gives %5</source>
        <translation>%1 %2, %3: filen har %4, revisjonssporet gir %5</translation>
    </message>
    <message>
        <source>%1 %2: the row has no audit trail</source>
        <translation>%1 %2: raden har ikke noe revisjonsspor</translation>
    </message>
    <message>
        <source>%1 %2: the audit trail records it, but the file has no such row</source>
        <translation>%1 %2: revisjonssporet registrerer den, men filen har ingen slik rad</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Audit row %1 cannot be read: its values are not in the form the trail writes. Run trialdesk-cli audit verify.</source>
        <translation>Revisjonsrad %1 kan ikke leses: verdiene er ikke i formen sporet skriver. Kjør trialdesk-cli audit verify.</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>row %1 follows row %2: rows are missing or were inserted</source>
        <translation>rad %1 følger etter rad %2: rader mangler eller er satt inn</translation>
    </message>
    <message>
        <source>row %1 does not link to the hash of the row before it</source>
        <translation>rad %1 peker ikke til hashen til raden før</translation>
    </message>
    <message>
        <source>row %1 was altered: its content does not match its hash</source>
        <translation>rad %1 er endret: innholdet stemmer ikke med hashen</translation>
    </message>
    <message>
        <source>row %1 is dated %2, before the row ahead of it: time goes backwards</source>
        <translation>rad %1 er datert %2, før raden foran den: tiden går baklengs</translation>
    </message>
    <message>
        <source>row %1 is in the compact format, but no format marker comes before it</source>
        <translation>rad %1 er i det kompakte formatet, men ingen formatmarkør kommer før den</translation>
    </message>
    <message>
        <source>row %1 is not in the compact format that the trail uses after its format marker (row %2)</source>
        <translation>rad %1 er ikke i det kompakte formatet sporet bruker etter formatmarkøren (rad %2)</translation>
    </message>
    <message>
        <source>row %1 holds changed values that are not in the canonical compact form</source>
        <translation>rad %1 har endrede verdier som ikke er i den kanoniske kompakte formen</translation>
    </message>
</context>
<context>
    <name>AuditedWrite</name>
    <message>
        <source>Changing the recorded value of %1 (from &quot;%2&quot; to &quot;%3&quot;) needs a reason for the audit trail.</source>
        <translation>Å endre registrert verdi for %1 (fra «%2» til «%3») krever en begrunnelse i revisjonssporet.</translation>
    </message>
</context>
<context>
    <name>BackupManifests</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>Sikkerhetskopien %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>The backup %1 holds no signed checkpoint.</source>
        <translation>Sikkerhetskopien %1 har ikke noe signert kontrollpunkt.</translation>
    </message>
    <message>
        <source>the backup manifest %1</source>
        <translation>manifestet %1 for sikkerhetskopien</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest needs the signature of a signed-in user; &quot;%1&quot; is not signed in.</source>
        <translation>Manifestet for sikkerhetskopien må signeres av en innlogget bruker; «%1» er ikke logget inn.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest %1 could not be written: %2</source>
        <translation>Manifestet %1 for sikkerhetskopien kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>%1 is not a TrialDesk backup manifest.</source>
        <translation>%1 er ikke et TrialDesk-manifest for en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>the manifest of %1 is not validly signed by &quot;%2&quot;</source>
        <translation>manifestet for %1 er ikke gyldig signert av «%2»</translation>
    </message>
    <message>
        <source>the backup %1 was changed after its manifest was signed</source>
        <translation>sikkerhetskopien %1 ble endret etter at manifestet ble signert</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>This backup has no signed manifest beside it (%1): it was made before TrialDesk signed its backups, or the manifest was not copied with it.</source>
        <translation>Denne sikkerhetskopien har ikke noe signert manifest ved siden av seg (%1): den ble laget før TrialDesk signerte sikkerhetskopier, eller manifestet ble ikke kopiert med den.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest does not fit it: %1.</source>
        <translation>Manifestet passer ikke til sikkerhetskopien: %1.</translation>
    </message>
    <message>
        <source>Backup of %1 made by &quot;%2&quot; at %3 (UTC); it holds audit rows 1 to %4, signed.</source>
        <translation>Sikkerhetskopi av %1 laget av «%2» %3 (UTC); den har revisjonsrad 1 til %4, signert.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Sikkerhetskopien %1 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 is not a readable trial database: %2</source>
        <translation>%1 er ikke en lesbar studiedatabase: %2</translation>
    </message>
    <message>
        <source>%1 failed the integrity check: %2</source>
        <translation>%1 besto ikke integritetskontrollen: %2</translation>
    </message>
    <message>
        <source>%1 is not a trial database (it has no schema version).</source>
        <translation>%1 er ikke en studiedatabase (den har ingen skjemaversjon).</translation>
    </message>
    <message>
        <source>This database cannot make online backups.</source>
        <translation>Denne databasen kan ikke lage sikkerhetskopier mens den er i bruk.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Sikkerhetskopien til %1 mislyktes: %2</translation>
    </message>
    <message>
        <source>The number of backups to keep must be at least 1, not %1.</source>
        <translation>Antall sikkerhetskopier som beholdes, må være minst 1, ikke %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikke opprette mappen %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to %2; nothing was restored.</source>
        <translation>Kan ikke flytte %1 til side som %2; ingenting ble gjenopprettet.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; the current file was kept.</source>
        <translation>Kan ikke sette sikkerhetskopien i stedet for %1; den gjeldende filen ble beholdt.</translation>
    </message>
    <message>
        <source>%1 is not a readable trial database: it is not an SQLite database.</source>
        <translation>%1 er ikke en lesbar studiedatabase: det er ikke en SQLite-database.</translation>
    </message>
    <message>
        <source>%1 Only an intact TrialDesk trial or backup of schema version 1 to %2, whose audit trail verifies, can be restored.</source>
        <translation>%1 Bare en intakt TrialDesk-studie eller -sikkerhetskopi med skjemaversjon 1 til %2, der revisjonssporet stemmer, kan gjenopprettes.</translation>
    </message>
    <message>
        <source>The audit trail of %1 is broken at row %2 (%3).</source>
        <translation>Revisjonssporet i %1 er brutt ved rad %2 (%3).</translation>
    </message>
    <message>
        <source>The signatures of %1 do not verify: %2.</source>
        <translation>Signaturene i %1 stemmer ikke: %2.</translation>
    </message>
    <message>
        <source>Every backup is recorded in the trial&apos;s audit trail, which cannot be written now, so no backup was made. %1</source>
        <translation>Hver sikkerhetskopi registreres i studiens revisjonsspor, som ikke kan skrives nå, så ingen sikkerhetskopi ble laget. %1</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2</source>
        <translation>Kan ikke opprette en fil i %1: %2</translation>
    </message>
    <message>
        <source>The backup to %1 failed its check, so it was not kept: %2</source>
        <translation>Sikkerhetskopien til %1 besto ikke kontrollen og ble ikke beholdt: %2</translation>
    </message>
    <message>
        <source>The backup to %1 was not kept: %2</source>
        <translation>Sikkerhetskopien til %1 ble ikke beholdt: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file. Name a new file, or a folder for dated backups.</source>
        <translation>%1 finnes allerede; en sikkerhetskopi overskriver aldri en fil. Oppgi en ny fil, eller en mappe for daterte sikkerhetskopier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Cannot copy %1 next to %2; nothing was restored.</source>
        <translation>Kan ikke kopiere %1 ved siden av %2; ingenting ble gjenopprettet.</translation>
    </message>
    <message>
        <source>%1 ends in audit rows that nobody signed (%L2).</source>
        <translation>%1 slutter med revisjonsrader som ingen har signert (%L2).</translation>
    </message>
    <message>
        <source>In %1, values of the clinical tables differ from what the audit trail gives (%L2); the first: %3.</source>
        <translation>I %1 avviker verdier i de kliniske tabellene fra det revisjonssporet gir (%L2); den første: %3.</translation>
    </message>
    <message>
        <source>%1 is encrypted, and it was not opened with its key.</source>
        <translation>%1 er kryptert, og den ble ikke åpnet med nøkkelen sin.</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted: it opens only with the user name and password of one of the users it holds, or with the trial&apos;s recovery key.</source>
        <translation>Sikkerhetskopien %1 er kryptert: den kan bare åpnes med brukernavnet og passordet til en av brukerne den inneholder, eller med studiens gjenopprettingsnøkkel.</translation>
    </message>
    <message>
        <source>The recovery key does not open the encrypted backup %1.</source>
        <translation>Gjenopprettingsnøkkelen åpner ikke den krypterte sikkerhetskopien %1.</translation>
    </message>
    <message>
        <source>The user name or password does not open the encrypted backup %1: it opens with the passwords its users had when it was made.</source>
        <translation>Brukernavnet eller passordet åpner ikke den krypterte sikkerhetskopien %1: den åpnes med passordene brukerne hadde da den ble laget.</translation>
    </message>
    <message>
        <source>The trial %1 is on a database server, whose own tools back it up (pg_dump, or the server&apos;s continuous archiving); TrialDesk writes backups of trial files only. Nothing was written.</source>
        <translation>Studien %1 ligger på en databaseserver, som tar sikkerhetskopi med sine egne verktøy (pg_dump eller serverens kontinuerlige arkivering); TrialDesk tar bare sikkerhetskopi av studiefiler. Ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>%1
As %2, who owns the trial&apos;s tables, back it up with:
  %3
and restore such a dump with:
  %4</source>
        <translation>%1
Som %2, som eier studiens tabeller, sikkerhetskopier den med:
  %3
og gjenopprett en slik dump med:
  %4</translation>
    </message>
    <message>
        <source>The trial %1 is on a database server: a dump of it is restored with the server&apos;s own pg_restore; TrialDesk restores trial files only. Nothing was restored.</source>
        <translation>Studien %1 ligger på en databaseserver: en dump av den gjenopprettes med serverens egen pg_restore; TrialDesk gjenoppretter bare studiefiler. Ingenting ble gjenopprettet.</translation>
    </message>
    <message>
        <source>%1
As %2, who owns the trial&apos;s tables:
  %3</source>
        <translation>%1
Som %2, som eier studiens tabeller:
  %3</translation>
    </message>
</context>
<context>
    <name>BranchingLogic</name>
    <message>
        <source>&quot;%1&quot; is not a field reference TrialDesk evaluates ([field] or [field(code)])</source>
        <translation>«%1» er ikke en feltreferanse TrialDesk evaluerer ([field] eller [field(code)])</translation>
    </message>
    <message>
        <source>%1 names another event&apos;s or form&apos;s field</source>
        <translation>%1 viser til et felt i en annen hendelse eller et annet skjema</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>et anførselstegn er ikke lukket</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a function or word TrialDesk does not evaluate (only and, or)</source>
        <translation>«%1» er en funksjon eller et ord TrialDesk ikke evaluerer (bare and, or)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not evaluated</source>
        <translation>«%1» blir ikke evaluert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; follows a complete condition</source>
        <translation>«%1» følger etter en fullstendig betingelse</translation>
    </message>
    <message>
        <source>a parenthesis is not closed</source>
        <translation>en parentes er ikke lukket</translation>
    </message>
    <message>
        <source>a comparison needs =, &lt;&gt;, &gt;, &lt;, &gt;= or &lt;=</source>
        <translation>en sammenligning trenger =, &lt;&gt;, &gt;, &lt;, &gt;= eller &lt;=</translation>
    </message>
    <message>
        <source>the condition ends too early</source>
        <translation>betingelsen slutter for tidlig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field or a value</source>
        <translation>«%1» er verken et felt eller en verdi</translation>
    </message>
    <message>
        <source>[%1] is not an item of the instrument</source>
        <translation>[%1] er ikke et ledd i instrumentet</translation>
    </message>
</context>
<context>
    <name>ChangeStatistics</name>
    <message>
        <source>%1 has no total score, so change on it is not defined.</source>
        <translation>%1 har ingen totalskår, så endring er ikke definert.</translation>
    </message>
    <message>
        <source>Score %1 is outside the range of %2 (%3 to %4).</source>
        <translation>Skåren %1 ligger utenfor området til %2 (%3 til %4).</translation>
    </message>
    <message>
        <source>The standard deviation must be a number above 0; %1 has no default, so give one.</source>
        <translation>Standardavviket må være et tall over 0; %1 har ingen standardverdi, så oppgi et.</translation>
    </message>
    <message>
        <source>The reliability must lie between 0 and 1 (exclusive); %1 has no default, so give one.</source>
        <translation>Reliabiliteten må ligge mellom 0 og 1 (eksklusive); %1 har ingen standardverdi, så oppgi en.</translation>
    </message>
    <message>
        <source>The clinical and functional standard deviations must be above 0.</source>
        <translation>De kliniske og funksjonelle standardavvikene må være over 0.</translation>
    </message>
</context>
<context>
    <name>CheckpointVerifier</name>
    <message>
        <source>checkpoint %1 signs row %2, before row %3 that an earlier checkpoint signed</source>
        <translation>kontrollpunkt %1 signerer rad %2, før rad %3 som et tidligere kontrollpunkt signerte</translation>
    </message>
    <message>
        <source>checkpoint %1 signs row %2, which is no longer in the trail</source>
        <translation>kontrollpunkt %1 signerer rad %2, som ikke lenger finnes i sporet</translation>
    </message>
    <message>
        <source>checkpoint %1 signed row %2 with another hash: the trail up to that row was changed</source>
        <translation>kontrollpunkt %1 signerte rad %2 med en annen hash: sporet fram til den raden er endret</translation>
    </message>
    <message>
        <source>checkpoint %1 is dated %2, before the rows or checkpoints it follows: time goes backwards</source>
        <translation>kontrollpunkt %1 er datert %2, før radene eller kontrollpunktene det følger etter: tiden går baklengs</translation>
    </message>
    <message>
        <source>checkpoint %1 is signed by &quot;%2&quot;, who is not a user the trail created</source>
        <translation>kontrollpunkt %1 er signert av «%2», som ikke er en bruker sporet har opprettet</translation>
    </message>
    <message>
        <source>checkpoint %1 is signed by &quot;%2&quot;, whose signing key no administrator certified</source>
        <translation>kontrollpunkt %1 er signert av «%2», hvis signeringsnøkkel ingen administrator har godkjent</translation>
    </message>
    <message>
        <source>the signature of checkpoint %1 (by &quot;%2&quot;) does not verify</source>
        <translation>signaturen på kontrollpunkt %1 (av «%2») stemmer ikke</translation>
    </message>
    <message>
        <source>the signing key of &quot;%1&quot; (row %2) was recorded without an administrator&apos;s signature</source>
        <translation>signeringsnøkkelen til «%1» (rad %2) ble registrert uten en administrators signatur</translation>
    </message>
    <message>
        <source>row %1: %2 by &quot;%3&quot;</source>
        <translation>rad %1: %2 av «%3»</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FIL må oppgis.</translation>
    </message>
    <message>
        <source>--participants must be a whole number from 1 to 100000.</source>
        <translation>--participants må være et heltall fra 1 til 100000.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number.</source>
        <translation>--seed må være et ikke-negativt heltall.</translation>
    </message>
    <message>
        <source>%1 already exists; the demo is created in a new file.</source>
        <translation>%1 finnes allerede; demoen opprettes i en ny fil.</translation>
    </message>
    <message>
        <source>Demo trial created in %1 s: %2 participants (%3 randomized), %4 sessions, %5 assessments, %6 item values.</source>
        <translation>Demostudien ble opprettet på %1 s: %2 deltakere (%3 randomisert), %4 timer, %5 vurderinger, %6 leddverdier.</translation>
    </message>
    <message>
        <source>trial: %1</source>
        <translation>studie: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>skjemaversjon: %1</translation>
    </message>
    <message>
        <source>users</source>
        <translation>brukere</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sentre</translation>
    </message>
    <message>
        <source>arms</source>
        <translation>armer</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deltakere</translation>
    </message>
    <message>
        <source>randomized</source>
        <translation>randomisert</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>vurderinger</translation>
    </message>
    <message>
        <source>audit rows</source>
        <translation>revisjonsrader</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Uventet argument «%1».</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; the demo is created in an existing folder.</source>
        <translation>Mappen %1 finnes ikke; demoen opprettes i en eksisterende mappe.</translation>
    </message>
    <message>
        <source>file: %1 MB, %2% of the data pages out of order, %3 MB free</source>
        <translation>fil: %1 MB, %2 % av datasidene i uorden, %3 MB ledig</translation>
    </message>
    <message>
        <source>  compacting would make screens read the file faster on a cold cache: trialdesk-cli compact --db %1 --user NAME</source>
        <translation>  komprimering ville gjøre at skjermbildene leser filen raskere fra kald hurtigbuffer: trialdesk-cli compact --db %1 --user NAVN</translation>
    </message>
    <message>
        <source>Compacted %1: %2 MB with %3% of the data pages out of order before, %4 MB with %5% after.</source>
        <translation>Komprimerte %1: %2 MB med %3 % av datasidene i uorden før, %4 MB med %5 % etter.</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli demo --db FILE [--participants N] [--seed S] [--unencrypted]</source>
        <translation>bruk: trialdesk-cli demo --db FIL [--participants N] [--seed S] [--unencrypted]</translation>
    </message>
    <message>
        <source>Give --encrypted (the default) or --unencrypted, not both.</source>
        <translation>Oppgi --encrypted (standard) eller --unencrypted, ikke begge.</translation>
    </message>
    <message>
        <source>%1 already holds a trial; the demo is created in a new or empty database.</source>
        <translation>%1 inneholder allerede en studie; demoen opprettes i en ny eller tom database.</translation>
    </message>
    <message>
        <source>The file is encrypted: commands open it with --user NAME (admin, pi, coordinator, statistician, ...) and the password &quot;%1&quot; (TRIALDESK_PASSWORD).</source>
        <translation>Filen er kryptert: kommandoer åpner den med --user NAME (admin, pi, coordinator, statistician, ...) og passordet «%1» (TRIALDESK_PASSWORD).</translation>
    </message>
    <message>
        <source>The file is not encrypted (--unencrypted).</source>
        <translation>Filen er ikke kryptert (--unencrypted).</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli COMMAND [options]
  new --db FILE (--protocol FILE | --template mop|dit) --admin NAME [--unencrypted]
                                                 create a trial from a protocol
  protocol check|template|export|amend ...       see: trialdesk-cli protocol
  demo --db FILE [--participants N] [--seed S] [--unencrypted]
                                                 create the demo trial
      new trials and the demo are encrypted at rest: every command opens them with
      --user NAME and the password (TRIALDESK_PASSWORD or a prompt); --unencrypted
      makes a plain file (teaching, tests)
  info --db FILE [--user NAME]                   print what the trial holds
  audit verify --db FILE [--user NAME] [--anchors FOLDER]
                                                 check the audit trail&apos;s hash chain,
                                                 signatures and backup anchors, and
                                                 that it explains every clinical value
  compact --db FILE --user NAME                  rewrite the file with each table in
                                                 consecutive pages
  score INSTRUMENT ITEM...                       score one questionnaire (NA = missing)
  change INSTRUMENT --baseline X --followup Y [--sd S] [--reliability R]
      [--clinical-mean M1 --clinical-sd S1 --functional-mean M0 --functional-sd S0]
  scores verify --db FILE [--user NAME]          recompute every stored score
  randomization simulate|replay|setup ...        see: trialdesk-cli randomization help
  user add|update|deactivate|reactivate|reset-password|list|password ...
                                                 see: trialdesk-cli user
  participant screen|answer|covariates|consent|randomize|assign-therapist|status|
      list|show ...                              see: trialdesk-cli participant
  assess STUDYID --visit CODE --instrument ID ITEM...   assess void ID --reason R
  visit missed STUDYID --visit CODE --reason R
  session log STUDYID --date D --attendance A   session void ID --reason R
  worklist --db FILE --user NAME [--json]
  lock [--participant STUDYID [--visit CODE]] --reason R --sign   lock list
  unlock LOCKID --reason R --sign               the database lock (trialdesk-cli lock)
  query raise|list|show|respond|close|reopen ...  data queries (trialdesk-cli query)
  missing-forms [--overdue]                     forms expected and not received
  dde discrepancies|awaiting|agreement|resolve ...  double data entry (trialdesk-cli dde)
  verify-source STUDYID --visit CODE --instrument ID   verify-source --summary
Workflow commands take --db FILE --user NAME and print JSON with --json.
  report consort|dashboard --db FILE --user NAME
  export --db FILE --user NAME --format %1
      --out PATH [--blinded] [--force] [--umask]
  import assessments|redcap-dictionary|redcap-records|odm --db FILE --user NAME FILE
  backup --db FILE --out PATH [--keep N]        restore --db FILE --from BACKUP [--yes]
      an encrypted trial&apos;s backup is encrypted; restore takes a password of the backup
      (--user NAME) or its recovery key (--recovery-key)
  encrypt --db FILE --user ADMIN                encrypt a plain trial in place
  decrypt --db FILE --user ADMIN --out PLAIN    write a plain copy of an encrypted trial
  migrate --from FILE --to postgresql://... --user ADMIN   move a trial onto a server
      (every user gets a login role); back with
      --from postgresql://... --to FILE --user ADMIN [--unencrypted]
Passwords come from TRIALDESK_PASSWORD or a prompt, never from an argument.
Only new and demo create a trial file; every other command refuses a missing, empty or
foreign file. Commands that only read never upgrade a trial. Trial files, backups and
exports are readable by their owner only (mode 0600).</source>
        <translation>bruk: trialdesk-cli COMMAND [valg]
  new --db FIL (--protocol FIL | --template mop|dit) --admin NAVN [--unencrypted]
                                                 opprett en studie fra en protokoll
  protocol check|template|export|amend ...       se: trialdesk-cli protocol
  demo --db FIL [--participants N] [--seed S] [--unencrypted]
                                                 opprett demostudien
      nye studier og demoen er kryptert på disk: hver kommando åpner dem med
      --user NAVN og passordet (TRIALDESK_PASSWORD eller en ledetekst); --unencrypted
      lager en ukryptert fil (undervisning, tester)
  info --db FILE [--user NAME]                   vis hva studien inneholder
  audit verify --db FILE [--user NAME] [--anchors FOLDER]
                                                 kontroller revisjonssporets hashkjede,
                                                 signaturer og ankre i sikkerhetskopier, og
                                                 at det forklarer hver klinisk verdi
  compact --db FILE --user NAME                  skriv filen på nytt med hver tabell
                                                 på sammenhengende sider
  score INSTRUMENT ITEM...                       skår ett spørreskjema (NA = mangler)
  change INSTRUMENT --baseline X --followup Y [--sd S] [--reliability R]
      [--clinical-mean M1 --clinical-sd S1 --functional-mean M0 --functional-sd S0]
  scores verify --db FILE [--user NAME]          beregn alle lagrede skårer på nytt
  randomization simulate|replay|setup ...        se: trialdesk-cli randomization help
  user add|update|deactivate|reactivate|reset-password|list|password ...
                                                 se: trialdesk-cli user
  participant screen|answer|covariates|consent|randomize|assign-therapist|status|
      list|show ...                              se: trialdesk-cli participant
  assess STUDYID --visit CODE --instrument ID ITEM...   assess void ID --reason R
  visit missed STUDYID --visit CODE --reason R
  session log STUDYID --date D --attendance A   session void ID --reason R
  worklist --db FILE --user NAME [--json]
  lock [--participant STUDYID [--visit CODE]] --reason R --sign   lock list
  unlock LOCKID --reason R --sign               databaselåsen (trialdesk-cli lock)
  query raise|list|show|respond|close|reopen ...  dataspørsmål (trialdesk-cli query)
  missing-forms [--overdue]                     skjemaer som er ventet og ikke mottatt
  dde discrepancies|awaiting|agreement|resolve ...  dobbeltregistrering (trialdesk-cli dde)
  verify-source STUDYID --visit KODE --instrument ID   verify-source --summary
Arbeidsflytkommandoene tar --db FILE --user NAME og skriver JSON med --json.
  report consort|dashboard --db FILE --user NAME
  export --db FILE --user NAME --format %1
      --out PATH [--blinded] [--force] [--umask]
  import assessments|redcap-dictionary|redcap-records|odm --db FIL --user NAVN FIL
  backup --db FILE --out PATH [--keep N]        restore --db FILE --from BACKUP [--yes]
      sikkerhetskopien av en kryptert studie er kryptert; restore tar et passord fra kopien
      (--user NAVN) eller gjenopprettingsnøkkelen (--recovery-key)
  encrypt --db FIL --user ADMIN                 krypter en ukryptert studie der den ligger
  decrypt --db FIL --user ADMIN --out UKRYPTERT skriv en ukryptert kopi av en kryptert studie
  migrate --from FIL --to postgresql://... --user ADMIN   flytt en studie til en server
      (hver bruker får en innloggingsrolle); tilbake med
      --from postgresql://... --to FIL --user ADMIN [--unencrypted]
Passord kommer fra TRIALDESK_PASSWORD eller en ledetekst, aldri fra et argument.
Bare new og demo oppretter en studiefil; alle andre kommandoer avviser en fil som mangler,
er tom eller er fremmed. Kommandoer som bare leser, oppgraderer aldri en studie. Studiefiler,
sikkerhetskopier og eksporter kan bare leses av eieren (modus 0600).</translation>
    </message>
    <message>
        <source>Every demo user (admin, pi, coordinator, statistician, ...) signs in to the server as their own login role, with --user NAME and the password &quot;%1&quot; (TRIALDESK_PASSWORD).</source>
        <translation>Hver demobruker (admin, pi, coordinator, statistician, ...) logger inn på serveren med sin egen innloggingsrolle, med --user NAVN og passordet «%1» (TRIALDESK_PASSWORD).</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>Unknown option &quot;%1&quot;; allowed: %2.</source>
        <translation>Ukjent valg «%1»; tillatt: %2.</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Valget %1 trenger en verdi.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE må oppgis.</translation>
    </message>
    <message>
        <source>The trial file %1 has schema version %2, from an older TrialDesk (this one&apos;s is %3). A command that only reads does not upgrade it, and it was not changed. Open the trial in the window, or run a command that changes it, to upgrade it first.</source>
        <translation>Studiefilen %1 har skjemaversjon %2, fra en eldre TrialDesk (denne har %3). En kommando som bare leser, oppgraderer den ikke, og den ble ikke endret. Åpne studien i vinduet, eller kjør en kommando som endrer den, for å oppgradere den først.</translation>
    </message>
</context>
<context>
    <name>CliDataChecks</name>
    <message>
        <source>usage (each also takes --db FILE --user NAME [--json]):
  trialdesk-cli dde discrepancies      items on which the two entries differ
  trialdesk-cli dde awaiting           forms keyed once that need a second entry
  trialdesk-cli dde agreement          discrepant fields per 10,000 keyed, per
                                       instrument and per person
  trialdesk-cli dde resolve STUDYID --visit CODE --instrument ID --item N --value V
      [--note TEXT]                    the adjudicated value of a differing item
  The second entry itself: trialdesk-cli assess ... --second-entry ITEM...</source>
        <translation>bruk (hver tar også --db FIL --user NAVN [--json]):
  trialdesk-cli dde discrepancies      punkter der de to registreringene er ulike
  trialdesk-cli dde awaiting           skjemaer registrert én gang som venter på andre registrering
  trialdesk-cli dde agreement          ulike felt per 10 000 registrerte, per
                                       instrument og per person
  trialdesk-cli dde resolve STUDYID --visit KODE --instrument ID --item N --value V
      [--note TEKST]                   den avgjorte verdien for et punkt som er ulikt
  Selve andre registrering: trialdesk-cli assess ... --second-entry PUNKT...</translation>
    </message>
    <message>
        <source>usage (each also takes --db FILE --user NAME [--json]):
  trialdesk-cli verify-source STUDYID --visit CODE --instrument ID
      marks the form as verified against its source (a monitor)
  trialdesk-cli verify-source --summary
      the share of visit forms verified, per site</source>
        <translation>bruk (hver tar også --db FIL --user NAVN [--json]):
  trialdesk-cli verify-source STUDYID --visit KODE --instrument ID
      merker skjemaet som kontrollert mot kilden (en monitor)
  trialdesk-cli verify-source --summary
      andelen besøksskjemaer som er kontrollert, per senter</translation>
    </message>
    <message>
        <source>Name the form: STUDYID, --visit CODE and --instrument ID.</source>
        <translation>Angi skjemaet: STUDYID, --visit KODE og --instrument ID.</translation>
    </message>
    <message>
        <source>--item &quot;%1&quot; is not an item number; items are counted from 1.</source>
        <translation>--item «%1» er ikke et punktnummer; punktene telles fra 1.</translation>
    </message>
    <message>
        <source>Give the adjudicated value with --value.</source>
        <translation>Angi den avgjorte verdien med --value.</translation>
    </message>
    <message>
        <source>%1 has no %2 at visit %3.</source>
        <translation>%1 har ingen %2 ved besøk %3.</translation>
    </message>
    <message numerus="yes">
        <source>Item %1 of %2 %3 %4 adjudicated; %n difference(s) left.</source>
        <translation>
            <numerusform>Punkt %1 i %2 %3 %4 avgjort; %n forskjell igjen.</numerusform>
            <numerusform>Punkt %1 i %2 %3 %4 avgjort; %n forskjeller igjen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name what to do: discrepancies, awaiting, agreement or resolve.</source>
        <translation>Angi hva som skal gjøres: discrepancies, awaiting, agreement eller resolve.</translation>
    </message>
    <message>
        <source>No differences wait for adjudication.</source>
        <translation>Ingen forskjeller venter på avgjørelse.</translation>
    </message>
    <message>
        <source>%1	%2	%3	item %4	first &quot;%5&quot;	second &quot;%6&quot;</source>
        <translation>%1	%2	%3	punkt %4	første «%5»	andre «%6»</translation>
    </message>
    <message>
        <source>No form waits for a second entry.</source>
        <translation>Ingen skjemaer venter på andre registrering.</translation>
    </message>
    <message>
        <source>%1: %2 forms, %3 fields, %4 discrepant (%5 per 10,000)</source>
        <translation>%1: %2 skjemaer, %3 felt, %4 ulike (%5 per 10 000)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 forms verified (%4 %)</source>
        <translation>%1: %2 av %3 skjemaer kontrollert (%4 %)</translation>
    </message>
    <message>
        <source>%1 %2 %3 verified against its source.</source>
        <translation>%1 %2 %3 kontrollert mot kilden.</translation>
    </message>
</context>
<context>
    <name>CliEncryption</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Uventet argument «%1».</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 må oppgis.</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli encrypt --db FILE --user ADMIN
  Encrypts a plain trial in place (an administrator; password from TRIALDESK_PASSWORD or a prompt).
  An encrypted copy is written beside it, checked, and only then takes its place;
  the plain file is not kept. Close the trial everywhere first. The other users open
  the encrypted file once you give them a new password (user reset-password).</source>
        <translation>bruk: trialdesk-cli encrypt --db FIL --user ADMIN
  Krypterer en ukryptert studie der den ligger (en administrator; passord fra TRIALDESK_PASSWORD eller en ledetekst).
  En kryptert kopi skrives ved siden av, kontrolleres og tar først da filens plass;
  den ukrypterte filen beholdes ikke. Lukk studien overalt først. De andre brukerne åpner
  den krypterte filen når du gir dem et nytt passord (user reset-password).</translation>
    </message>
    <message>
        <source>%1 is encrypted already; nothing was changed.</source>
        <translation>%1 er allerede kryptert; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Encrypted %1; %2 opens it with the password used now.</source>
        <translation>%1 er kryptert; %2 åpner den med passordet som ble brukt nå.</translation>
    </message>
    <message>
        <source>These users open it once you give them a new password (trialdesk-cli user reset-password): %1</source>
        <translation>Disse brukerne kan åpne den når du har gitt dem et nytt passord (trialdesk-cli user reset-password): %1</translation>
    </message>
    <message>
        <source>Backups and exports made before now are not encrypted: delete those you do not need.</source>
        <translation>Sikkerhetskopier og eksporter som er laget før nå, er ikke kryptert: slett dem du ikke trenger.</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli decrypt --db FILE --user ADMIN --out PLAIN
  Writes a plain (unencrypted) copy of an encrypted trial to PLAIN, a new file (never
  an existing one), readable by you only; the trial stays encrypted. An administrator&apos;s
  act, recorded in the trial&apos;s audit trail.</source>
        <translation>bruk: trialdesk-cli decrypt --db FIL --user ADMIN --out UKRYPTERT
  Skriver en ukryptert kopi av en kryptert studie til UKRYPTERT, en ny fil (aldri
  en eksisterende), som bare du kan lese; studien forblir kryptert. En administrators
  handling, registrert i studiens revisjonsspor.</translation>
    </message>
    <message>
        <source>Wrote a plain copy to %1. It is not encrypted: keep it where only those who may read the trial&apos;s data can read it, and delete it when done.</source>
        <translation>Skrev en ukryptert kopi til %1. Den er ikke kryptert: oppbevar den der bare de som kan lese studiens data, kan lese den, og slett den når du er ferdig.</translation>
    </message>
</context>
<context>
    <name>CliEntry</name>
    <message>
        <source>--date &quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>--date «%1» er ikke en dato; skriv ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>--visit &quot;%1&quot; is not a visit of the protocol; its visits are %2.</source>
        <translation>--visit «%1» er ikke et besøk i protokollen; protokollens besøk er %2.</translation>
    </message>
    <message>
        <source>Name one assessment by its number.</source>
        <translation>Oppgi nummeret til én vurdering.</translation>
    </message>
    <message>
        <source>Assessment %1 voided; it is kept and audited, and left out of scores and exports.</source>
        <translation>Vurdering %1 er fjernet; den beholdes og står i revisjonssporet, men holdes utenfor skårer og eksporter.</translation>
    </message>
    <message>
        <source>Give the study id and the item values.</source>
        <translation>Oppgi studie-ID-en og leddverdiene.</translation>
    </message>
    <message>
        <source>Assessment %1 saved: %2 %3 %4.</source>
        <translation>Vurdering %1 er lagret: %2 %3 %4.</translation>
    </message>
    <message>
        <source>visit needs the subcommand missed.</source>
        <translation>visit trenger underkommandoen missed.</translation>
    </message>
    <message numerus="yes">
        <source>Visit %1 of %2 recorded as missed (%n instrument(s)).</source>
        <translation>
            <numerusform>Besøk %1 for %2 er registrert som ikke gjennomført (%n instrument).</numerusform>
            <numerusform>Besøk %1 for %2 er registrert som ikke gjennomført (%n instrumenter).</numerusform>
        </translation>
    </message>
    <message>
        <source>session needs the subcommand log or void.</source>
        <translation>session trenger underkommandoen log eller void.</translation>
    </message>
    <message>
        <source>Name one session by its number.</source>
        <translation>Oppgi nummeret til én time.</translation>
    </message>
    <message>
        <source>Session %1 voided; it is kept and audited.</source>
        <translation>Time %1 er fjernet; den beholdes og står i revisjonssporet.</translation>
    </message>
    <message>
        <source>--attendance must be attended, cancelled, cancelled_clinic or did_not_attend.</source>
        <translation>--attendance må være attended, cancelled, cancelled_clinic eller did_not_attend.</translation>
    </message>
    <message>
        <source>--kind must be regular or booster.</source>
        <translation>--kind må være regular eller booster.</translation>
    </message>
    <message>
        <source>Session %1 of %2 recorded (%3).</source>
        <translation>Time %1 for %2 er registrert (%3).</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>FORSINKET</translation>
    </message>
    <message>
        <source>due</source>
        <translation>åpen</translation>
    </message>
    <message>
        <source>Add --same-date to record it as another session that day.</source>
        <translation>Legg til --same-date for å registrere den som enda en time samme dag.</translation>
    </message>
    <message>
        <source>usage (each also takes --db FILE --user NAME [--json]):
  trialdesk-cli assess STUDYID --visit CODE --instrument ID [--date D]
      [--out-of-window-reason R] ITEM...          (NA for a missing item)
  trialdesk-cli assess STUDYID --visit CODE --instrument ID --second-entry ITEM...
      keys a double-entered form a second time, without seeing the first entry
  trialdesk-cli assess void ASSESSMENT_ID --reason R
  trialdesk-cli visit missed STUDYID --visit CODE --reason R [--date D]
  trialdesk-cli session log STUDYID --date D --attendance attended|cancelled|cancelled_clinic|did_not_attend
      [--kind regular|booster] [--duration MINUTES] [--therapist NAME]
      [--same-date]   (confirms another session on a date that has one)
  trialdesk-cli session void SESSION_ID --reason R
  trialdesk-cli worklist</source>
        <translation>bruk (hver kommando tar også --db FILE --user NAME [--json]):
  trialdesk-cli assess STUDYID --visit CODE --instrument ID [--date D]
      [--out-of-window-reason R] ITEM...          (NA for et manglende ledd)
  trialdesk-cli assess STUDYID --visit KODE --instrument ID --second-entry PUNKT...
      registrerer et dobbeltregistrert skjema andre gang, uten å se første registrering
  trialdesk-cli assess void ASSESSMENT_ID --reason R
  trialdesk-cli visit missed STUDYID --visit CODE --reason R [--date D]
  trialdesk-cli session log STUDYID --date D --attendance attended|cancelled|cancelled_clinic|did_not_attend
      [--kind regular|booster] [--duration MINUTES] [--therapist NAME]
      [--same-date]   (bekrefter enda en time på en dato som har en)
  trialdesk-cli session void SESSION_ID --reason R
  trialdesk-cli worklist</translation>
    </message>
    <message>
        <source>Second entry saved: %1 %2 %3; the two entries agree.</source>
        <translation>Andre registrering lagret: %1 %2 %3; de to registreringene stemmer overens.</translation>
    </message>
    <message>
        <source>Second entry saved: %1 %2 %3; the entries differ at item(s) %4, which wait for adjudication (trialdesk-cli dde).</source>
        <translation>Andre registrering lagret: %1 %2 %3; registreringene er ulike i punkt %4, som venter på avgjørelse (trialdesk-cli dde).</translation>
    </message>
</context>
<context>
    <name>CliExchange</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;; allowed: %2.</source>
        <translation>Uventet argument «%1»; tillatt: %2.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 må oppgis.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; allowed: %2.</source>
        <translation>Ukjent eksportformat «%1»; tillatt: %2.</translation>
    </message>
    <message>
        <source>Exported %1 rows (%2%3) to %4</source>
        <translation>Eksporterte %1 rader (%2%3) til %4</translation>
    </message>
    <message>
        <source>, without arms</source>
        <translation>, uten armer</translation>
    </message>
    <message>
        <source>--keep must be a whole number of at least 1.</source>
        <translation>--keep må være et heltall på minst 1.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sikkerhetskopi skrevet og kontrollert: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Ingenting ble gjenopprettet: %1</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2? The current file is kept aside. [y/N] </source>
        <translation>Erstatte %1 med sikkerhetskopien %2? Den gjeldende filen settes til side. [y/N] </translation>
    </message>
    <message>
        <source>Nothing was restored (not confirmed; --yes skips the question).</source>
        <translation>Ingenting ble gjenopprettet (ikke bekreftet; --yes hopper over spørsmålet).</translation>
    </message>
    <message>
        <source>Restored, but the restore could not be audited in %1.</source>
        <translation>Gjenopprettet, men gjenopprettingen kunne ikke føres i revisjonssporet i %1.</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous file is kept as %3</source>
        <translation>Gjenopprettet %1 fra %2; den forrige filen er beholdt som %3</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli backup --db FILE --out PATH (a new file, or a folder: then --keep N, default 10)
  A backup is readable by you only (mode 0600). In a folder it is named
  TRIAL-YYYYMMDDTHHMMSSZ.sqlite once verified; only such complete backups
  count towards --keep, and only they are deleted.</source>
        <translation>bruk: trialdesk-cli backup --db FIL --out STI (en ny fil, eller en mappe: da --keep N, standard 10)
  En sikkerhetskopi kan bare leses av deg (modus 0600). I en mappe får den navnet
  STUDIE-ÅÅÅÅMMDDTTMMSSZ.sqlite når den er kontrollert; bare slike hele kopier
  teller med i --keep, og bare de slettes.</translation>
    </message>
    <message>
        <source>Note: %1 is not encrypted, although the trial is: it is plaintext for analysis programs. Keep it where only those who may read the trial&apos;s data can read it.</source>
        <translation>Merk: %1 er ikke kryptert, selv om studien er det: den er klartekst for analyseprogrammer. Oppbevar den der bare de som kan lese studiens data, kan lese den.</translation>
    </message>
    <message>
        <source>Beside it, to load it with labels: %1</source>
        <translation>Ved siden av, for å lese den inn med etiketter: %1</translation>
    </message>
    <message>
        <source>Recovery key of the backup: </source>
        <translation>Gjenopprettingsnøkkel for sikkerhetskopien: </translation>
    </message>
    <message>
        <source>usage: trialdesk-cli restore --db FILE --from BACKUP --user NAME [--recovery-key] [--yes]
  The backup must be a TrialDesk trial of a schema version this program can open,
  intact, with an audit trail that verifies; the current file is kept aside.
  An encrypted backup opens with the password NAME had when it was made, or with
  --recovery-key, the trial&apos;s recovery key (TRIALDESK_RECOVERY_KEY or a prompt).</source>
        <translation>bruk: trialdesk-cli restore --db FIL --from KOPI --user NAVN [--recovery-key] [--yes]
  Kopien må være en TrialDesk-studie med en skjemaversjon dette programmet kan åpne,
  intakt, med et revisjonsspor som stemmer; den nåværende filen settes til side.
  En kryptert sikkerhetskopi åpnes med passordet NAVN hadde da den ble laget, eller med
  --recovery-key, studiens gjenopprettingsnøkkel (TRIALDESK_RECOVERY_KEY eller en ledetekst).</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli export --db FILE --user NAME --format %1 --out PATH [--blinded] [--force] [--umask] [--language en|nb]
  The export is written to a new file, readable by you only (mode 0600).
  --language  value labels in English (the default) or norsk bokmål
  --force   replace an existing file (never a trial, a backup or a
            database&apos;s journal)
  --umask   give the file the permissions of your umask instead, as other
            programs do (usually readable by everyone)</source>
        <translation>bruk: trialdesk-cli export --db FIL --user NAVN --format %1 --out STI [--blinded] [--force] [--umask] [--language en|nb]
  Eksporten skrives til en ny fil som bare du kan lese (modus 0600).
  --language  verdietiketter på engelsk (standard) eller norsk bokmål
  --force   erstatt en eksisterende fil (aldri en studie, en sikkerhetskopi eller
            en databases journal)
  --umask   gi filen rettighetene fra din umask i stedet, slik andre
            programmer gjør (vanligvis lesbar for alle)</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; allowed: en, nb.</source>
        <translation>Ukjent språk «%1»; tillatt: en, nb.</translation>
    </message>
</context>
<context>
    <name>CliImport</name>
    <message>
        <source>Name what to import: %1.</source>
        <translation>Oppgi hva som skal importeres: %1.</translation>
    </message>
    <message>
        <source>Unknown import &quot;%1&quot;; allowed: %2.</source>
        <translation>Ukjent import «%1»; tillatt: %2.</translation>
    </message>
    <message>
        <source>Unexpected option &quot;%1&quot;.</source>
        <translation>Uventet valg «%1».</translation>
    </message>
    <message>
        <source>--db FILE, --user NAME and one file to import are required.</source>
        <translation>--db FIL, --user NAVN og én fil å importere må oppgis.</translation>
    </message>
    <message>
        <source>No file to import at %1.</source>
        <translation>Ingen fil å importere i %1.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 %3 from %4.</source>
        <translation>Importerte %1 av %2 %3 fra %4.</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli import %1 --db FILE --user NAME [--language en|nb] FILE</source>
        <translation>bruk: trialdesk-cli import %1 --db FILE --user NAME [--language en|nb] FILE</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; allowed: en, nb.</source>
        <translation>Ukjent språk «%1»; tillatt: en, nb.</translation>
    </message>
    <message>
        <source>--direction takes FORM=better or FORM=worse (higher scores are better or worse), not &quot;%1&quot;.</source>
        <translation>--direction tar FORM=better eller FORM=worse (høyere skår er bedre eller verre), ikke «%1».</translation>
    </message>
    <message>
        <source>%1:%2: %3: skipped: %4</source>
        <translation>%1:%2: %3: hoppet over: %4</translation>
    </message>
    <message>
        <source>... and %1 more problems, not listed.</source>
        <translation>… og %1 problemer til, ikke listet.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1; problems found: %2.</source>
        <translation>Ingenting ble importert fra %1; problemer funnet: %2.</translation>
    </message>
    <message>
        <source>Check only, nothing was written: %1 instruments would be made from %2; skipped: %3.</source>
        <translation>Bare kontroll, ingenting ble skrevet: %1 instrumenter ville blitt laget fra %2; hoppet over: %3.</translation>
    </message>
    <message>
        <source>       trialdesk-cli import redcap-records --db FILE --user NAME [--mapping FILE.json] [--records ID=STUDYID,...] [--events EVENT=VISIT|skip,...] [--visit CODE] [--date-field FIELD,...] [--rater USER] [--check] FILE</source>
        <translation>       trialdesk-cli import redcap-records --db FIL --user NAVN [--mapping FIL.json] [--records ID=STUDYID,...] [--events HENDELSE=BESØK|skip,...] [--visit KODE] [--date-field FELT,...] [--rater BRUKER] [--check] FIL</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 trenger en verdi.</translation>
    </message>
    <message>
        <source>%1 takes NAME=VALUE pairs separated by commas, not &quot;%2&quot;.</source>
        <translation>%1 tar par på formen NAME=VALUE, skilt med komma, ikke «%2».</translation>
    </message>
    <message>
        <source>Check only, nothing was written: %1 assessments would be imported from %2.</source>
        <translation>Bare kontroll, ingenting ble skrevet: %1 vurderinger ville blitt importert fra %2.</translation>
    </message>
    <message>
        <source>       trialdesk-cli import redcap-dictionary --db FILE --user NAME [--forms A,B] [--direction FORM=better|worse,...] [--missing CODE,...] [--check] [--strict] FILE</source>
        <translation>       trialdesk-cli import redcap-dictionary --db FIL --user NAVN [--forms A,B] [--direction SKJEMA=better|worse,...] [--missing KODE,...] [--check] [--strict] FIL</translation>
    </message>
</context>
<context>
    <name>CliLock</name>
    <message>
        <source>the whole trial</source>
        <translation>hele studien</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>deltaker %1</translation>
    </message>
    <message>
        <source>visit %1 of %2</source>
        <translation>besøk %1 for %2</translation>
    </message>
    <message>
        <source>Lock %1: %2, by %3 at %4 (audit row %5): %6</source>
        <translation>Lås %1: %2, av %3 %4 (revisjonsrad %5): %6</translation>
    </message>
    <message>
        <source>  lifted by %1 at %2: %3</source>
        <translation>  opphevet av %1 %2: %3</translation>
    </message>
    <message>
        <source>No data are locked.</source>
        <translation>Ingen data er låst.</translation>
    </message>
    <message>
        <source>--visit &quot;%1&quot; is not a visit of the protocol; its visits are %2.</source>
        <translation>--visit «%1» er ikke et besøk i protokollen; besøkene er %2.</translation>
    </message>
    <message>
        <source>--visit needs --participant: a visit is locked for one participant.</source>
        <translation>--visit trenger --participant: et besøk låses for én deltaker.</translation>
    </message>
    <message>
        <source>--reason TEXT is required.</source>
        <translation>--reason TEKST er påkrevd.</translation>
    </message>
    <message>
        <source>Name the lock to lift by its number (trialdesk-cli lock list shows them).</source>
        <translation>Oppgi låsen som skal oppheves, med nummeret (trialdesk-cli lock list viser dem).</translation>
    </message>
    <message>
        <source>usage (each also takes --db FILE --user NAME [--json]):
  trialdesk-cli lock [--participant STUDYID [--visit CODE]] --reason TEXT --sign
      [--with-open-queries]
      locks the whole trial, one participant or one visit for the analysis; with data
      queries still open on those data only when --with-open-queries confirms it
  trialdesk-cli lock list [--in-force]
  trialdesk-cli unlock LOCKID --reason TEXT --sign
  --sign: the principal investigator signs electronically; the password is asked
  again (or read from TRIALDESK_PASSWORD)</source>
        <translation>bruk (hver tar også --db FIL --user NAVN [--json]):
  trialdesk-cli lock [--participant STUDIE-ID [--visit KODE]] --reason TEKST --sign
      [--with-open-queries]
      låser hele studien, én deltaker eller ett besøk for analysen; med dataspørsmål
      som fortsatt er åpne på disse dataene bare når --with-open-queries bekrefter det
  trialdesk-cli lock list [--in-force]
  trialdesk-cli unlock LÅS-ID --reason TEKST --sign
  --sign: prosjektlederen signerer elektronisk; passordet spørres om igjen
  (eller leses fra TRIALDESK_PASSWORD)</translation>
    </message>
</context>
<context>
    <name>CliMigrate</name>
    <message>
        <source>%1 already exists; a trial is copied only into a new file. Nothing was changed.</source>
        <translation>%1 finnes allerede; en studie kopieres bare til en ny fil. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; the copy goes into an existing folder.</source>
        <translation>Mappen %1 finnes ikke; kopien legges i en eksisterende mappe.</translation>
    </message>
    <message>
        <source>  %1: %2 rows</source>
        <translation>  %1: %2 rader</translation>
    </message>
    <message>
        <source>%1 tables, %2 rows copied in %3 s.</source>
        <translation>%1 tabeller, %2 rader kopiert på %3 s.</translation>
    </message>
    <message>
        <source>Rows per table: the same in the copy.</source>
        <translation>Rader per tabell: de samme i kopien.</translation>
    </message>
    <message>
        <source>Rows per table: the copy DIFFERS.</source>
        <translation>Rader per tabell: kopien AVVIKER.</translation>
    </message>
    <message>
        <source>Audit chain: %1 rows, intact.</source>
        <translation>Revisjonskjede: %1 rader, intakt.</translation>
    </message>
    <message>
        <source>Audit chain: BROKEN in the copy.</source>
        <translation>Revisjonskjede: BRUTT i kopien.</translation>
    </message>
    <message>
        <source>Allocations: %1 lists, %2 block and %3 minimization allocations replayed, %4 mismatches.</source>
        <translation>Allokeringer: %1 lister, %2 blokk- og %3 minimeringsallokeringer kjørt på nytt, %4 avvik.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Uventet argument «%1».</translation>
    </message>
    <message>
        <source>--from and --to are both required.</source>
        <translation>--from og --to må begge oppgis.</translation>
    </message>
    <message>
        <source>One of --from and --to must be a server database (postgresql://...) and the other a file.</source>
        <translation>Ett av --from og --to må være en serverdatabase (postgresql://...) og det andre en fil.</translation>
    </message>
    <message>
        <source>A file copy is encrypted at rest with an administrator&apos;s password: give --user ADMIN, or --unencrypted for a plain file.</source>
        <translation>En filkopi krypteres ved lagring med passordet til en administrator: oppgi --user ADMIN, eller --unencrypted for en ukryptert fil.</translation>
    </message>
    <message>
        <source>--unencrypted is for a file copy; a server&apos;s data at rest is the server&apos;s to protect.</source>
        <translation>--unencrypted gjelder en filkopi; det er serverens ansvar å beskytte lagrede data på serveren.</translation>
    </message>
    <message>
        <source>Copied %1 into %2.</source>
        <translation>Kopierte %1 til %2.</translation>
    </message>
    <message>
        <source>The plain copy is in %1: encrypt it with trialdesk-cli encrypt, or delete it.</source>
        <translation>Den ukrypterte kopien ligger i %1: krypter den med trialdesk-cli encrypt, eller slett den.</translation>
    </message>
    <message>
        <source>The file is encrypted; %1 opens it with the password given.</source>
        <translation>Filen er kryptert; %1 åpner den med passordet som ble oppgitt.</translation>
    </message>
    <message>
        <source>These users open it once an administrator gives them a new password: %1.</source>
        <translation>Disse brukerne kan åpne den når en administrator har gitt dem et nytt passord: %1.</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli migrate --from FILE --to postgresql://HOST:PORT/DATABASE --user ADMIN
       trialdesk-cli migrate --from postgresql://... --to FILE --user ADMIN [--unencrypted]
  Copies every row of the trial, ids kept, into a new or empty server database, or into a
  new file (never an existing one; encrypted at rest with ADMIN&apos;s password unless
  --unencrypted). Then checks the copy: rows per table, the audit chain, every allocation.
  An encrypted file opens with --user NAME and the password (TRIALDESK_PASSWORD).
  On a server every user gets a login role of the same name: ADMIN with the password
  given, the others one nobody knows until an administrator gives them a new one.</source>
        <translation>bruk: trialdesk-cli migrate --from FIL --to postgresql://VERT:PORT/DATABASE --user ADMIN
       trialdesk-cli migrate --from postgresql://... --to FIL --user ADMIN [--unencrypted]
  Kopierer hver rad i studien, med id-ene, til en ny eller tom serverdatabase, eller til en
  ny fil (aldri en eksisterende; kryptert med ADMINs passord med mindre
  --unencrypted er gitt). Kontrollerer så kopien: rader per tabell, revisjonskjeden, hver allokering.
  En kryptert fil åpnes med --user NAVN og passordet (TRIALDESK_PASSWORD).
  På en server får hver bruker en innloggingsrolle med samme navn: ADMIN med passordet
  som er gitt, de andre et som ingen kjenner før en administrator gir dem et nytt.</translation>
    </message>
    <message>
        <source>The database %1 was removed again.</source>
        <translation>Databasen %1 ble fjernet igjen.</translation>
    </message>
    <message>
        <source>Every user has a login role on the server now; %1 signs in with the password given.</source>
        <translation>Hver bruker har nå en innloggingsrolle på serveren; %1 logger inn med passordet som ble gitt.</translation>
    </message>
    <message>
        <source>These users sign in once an administrator gives them a new password: %1.</source>
        <translation>Disse brukerne kan logge inn når en administrator har gitt dem et nytt passord: %1.</translation>
    </message>
    <message>
        <source>A trial on a server has a login role for every user, made by the move: give --user ADMIN, an administrator of the trial, and their password (TRIALDESK_PASSWORD or a prompt).</source>
        <translation>En studie på en server har en innloggingsrolle for hver bruker, laget av flyttingen: oppgi --user ADMIN, en administrator i studien, og passordet deres (TRIALDESK_PASSWORD eller en ledetekst).</translation>
    </message>
    <message>
        <source>The database %1 was there before this command, and what the command made in it could not be removed: %2</source>
        <translation>Databasen %1 fantes før denne kommandoen, og det kommandoen laget i den, kunne ikke fjernes: %2</translation>
    </message>
    <message>
        <source>The database %1 is as it was before this command: what the command made in it was removed again.</source>
        <translation>Databasen %1 er som den var før denne kommandoen: det kommandoen laget i den, er fjernet igjen.</translation>
    </message>
    <message>
        <source>The copy in %1 does not match its source (above), so it was not kept.</source>
        <translation>Kopien i %1 stemmer ikke med kilden (over), så den ble ikke beholdt.</translation>
    </message>
</context>
<context>
    <name>CliParticipants</name>
    <message>
        <source>usage (each also takes --db FILE --user NAME [--json]):
  trialdesk-cli participant screen --site CODE [--date YYYY-MM-DD]
      [--covariate CODE=VALUE]... [--answer CRITERION=yes|no]...
  trialdesk-cli participant answer STUDYID --answer CRITERION=yes|no...
  trialdesk-cli participant ineligible STUDYID --reason R
  trialdesk-cli participant covariates STUDYID --covariate CODE=VALUE... [--reason R]
  trialdesk-cli participant consent STUDYID [--date D] [--form-version V]
  trialdesk-cli participant decline STUDYID [--reason R]
  trialdesk-cli participant randomize STUDYID
  trialdesk-cli participant assign-therapist STUDYID --therapist NAME [--reason R]
  trialdesk-cli participant status STUDYID --to STATUS [--reason R] [--data-unusable]
      (in_treatment, completed, discontinued, withdrawn, lost_to_follow_up)
  trialdesk-cli participant list
  trialdesk-cli participant show STUDYID</source>
        <translation>bruk (hver kommando tar også --db FILE --user NAME [--json]):
  trialdesk-cli participant screen --site CODE [--date YYYY-MM-DD]
      [--covariate CODE=VALUE]... [--answer CRITERION=yes|no]...
  trialdesk-cli participant answer STUDYID --answer CRITERION=yes|no...
  trialdesk-cli participant ineligible STUDYID --reason R
  trialdesk-cli participant covariates STUDYID --covariate CODE=VALUE... [--reason R]
  trialdesk-cli participant consent STUDYID [--date D] [--form-version V]
  trialdesk-cli participant decline STUDYID [--reason R]
  trialdesk-cli participant randomize STUDYID
  trialdesk-cli participant assign-therapist STUDYID --therapist NAME [--reason R]
  trialdesk-cli participant status STUDYID --to STATUS [--reason R] [--data-unusable]
      (in_treatment, completed, discontinued, withdrawn, lost_to_follow_up)
  trialdesk-cli participant list
  trialdesk-cli participant show STUDYID</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>--date «%1» er ikke en dato; skriv ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>--answer &quot;%1&quot; is not allowed; write CRITERION=yes or CRITERION=no.</source>
        <translation>--answer «%1» er ikke tillatt; skriv CRITERION=yes eller CRITERION=no.</translation>
    </message>
    <message>
        <source>--covariate &quot;%1&quot; is not allowed; write CODE=VALUE.</source>
        <translation>--covariate «%1» er ikke tillatt; skriv CODE=VALUE.</translation>
    </message>
    <message>
        <source>participant needs a subcommand.</source>
        <translation>participant trenger en underkommando.</translation>
    </message>
    <message>
        <source>Unknown participant subcommand &quot;%1&quot;.</source>
        <translation>Ukjent underkommando for participant: «%1».</translation>
    </message>
    <message>
        <source>Name one participant by study id.</source>
        <translation>Oppgi studie-ID-en til én deltaker.</translation>
    </message>
    <message>
        <source>--site must be one of the trial&apos;s sites: %1.</source>
        <translation>--site må være et av studiens sentre: %1.</translation>
    </message>
    <message>
        <source>Screened %1: %2.</source>
        <translation>Screenet %1: %2.</translation>
    </message>
    <message>
        <source>--therapist names no active user: &quot;%1&quot;.</source>
        <translation>--therapist viser ikke til noen aktiv bruker: «%1».</translation>
    </message>
    <message>
        <source>--to must be a status key: in_treatment, completed, discontinued, withdrawn, lost_to_follow_up.</source>
        <translation>--to må være en statusnøkkel: in_treatment, completed, discontinued, withdrawn, lost_to_follow_up.</translation>
    </message>
</context>
<context>
    <name>CliProtocol</name>
    <message>
        <source>Unknown option &quot;%1&quot;; allowed: %2.</source>
        <translation>Ukjent valg «%1»; tillatt: %2.</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Valget %1 trenger en verdi.</translation>
    </message>
    <message>
        <source>%1 is not a valid protocol:
%2</source>
        <translation>%1 er ikke en gyldig protokoll:
%2</translation>
    </message>
    <message>
        <source>Name one protocol file to check.</source>
        <translation>Oppgi én protokollfil som skal kontrolleres.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a valid protocol: %2 (%3), %n site(s), %4 arms, %5 visits.</source>
        <translation>
            <numerusform>%1 er en gyldig protokoll: %2 (%3), %n senter, %4 armer, %5 besøk.</numerusform>
            <numerusform>%1 er en gyldig protokoll: %2 (%3), %n sentre, %4 armer, %5 besøk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the template: %1.</source>
        <translation>Oppgi malen: %1.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FIL må oppgis.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 finnes allerede; velg et nytt filnavn.</translation>
    </message>
    <message>
        <source>Wrote the %1 template to %2.</source>
        <translation>Skrev malen %1 til %2.</translation>
    </message>
    <message>
        <source>--db FILE and --user NAME are required.</source>
        <translation>--db FIL og --user NAVN må oppgis.</translation>
    </message>
    <message>
        <source>Wrote protocol version %1 of %2 to %3.</source>
        <translation>Skrev protokollversjon %1 av %2 til %3.</translation>
    </message>
    <message>
        <source>--protocol FILE is required.</source>
        <translation>--protocol FIL må oppgis.</translation>
    </message>
    <message>
        <source>--effective &quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>--effective «%1» er ikke en dato; skriv ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>Would make protocol version %1 (an amendment). Nothing was changed.</source>
        <translation>Ville laget protokollversjon %1 (en endring). Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Would change protocol version %1 (no one is randomized yet). Nothing was changed.</source>
        <translation>Ville endret protokollversjon %1 (ingen er randomisert ennå). Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Protocol version %1 is in force from %2.</source>
        <translation>Protokollversjon %1 gjelder fra %2.</translation>
    </message>
    <message>
        <source>Protocol version %1 changed (no one is randomized yet).</source>
        <translation>Protokollversjon %1 er endret (ingen er randomisert ennå).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s):</source>
        <translation>
            <numerusform>%n endring:</numerusform>
            <numerusform>%n endringer:</numerusform>
        </translation>
    </message>
    <message>
        <source>--db FILE, --admin NAME and one of --protocol FILE or --template NAME are required.</source>
        <translation>--db FIL, --admin NAVN og ett av --protocol FIL eller --template NAVN må oppgis.</translation>
    </message>
    <message>
        <source>%1 already exists; a new trial is created in a new file.</source>
        <translation>%1 finnes allerede; en ny studie opprettes i en ny fil.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nytt passord for %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Det samme passordet igjen: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was created.</source>
        <translation>De to passordene er ulike; ingenting ble opprettet.</translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation>Ingenting ble opprettet: %1</translation>
    </message>
    <message>
        <source>Created %1: %2 (%3), administrator %4. Next: sign in as %4 to add the trial&apos;s people, and let the statistician set up randomization.</source>
        <translation>Opprettet %1: %2 (%3), administrator %4. Neste steg: logg inn som %4 for å legge til studiens personer, og la statistikeren sette opp randomiseringen.</translation>
    </message>
    <message>
        <source>Name the protocol command: check, template, export or amend.</source>
        <translation>Oppgi protokollkommandoen: check, template, export eller amend.</translation>
    </message>
    <message>
        <source>Unknown protocol command &quot;%1&quot;.</source>
        <translation>Ukjent protokollkommando «%1».</translation>
    </message>
    <message>
        <source>usage (passwords come from TRIALDESK_PASSWORD or a prompt):
  trialdesk-cli new --db FILE (--protocol FILE | --template mop|dit) --admin NAME
      [--unencrypted]   (a new trial is encrypted at rest and opens with a user&apos;s name
      and password; --unencrypted makes a plain file, for teaching and tests)
  trialdesk-cli protocol check FILE
  trialdesk-cli protocol template mop|dit --out FILE
  trialdesk-cli protocol export --db FILE --user NAME --out FILE [--force] [--umask]
      (a new file, readable by you only; --force replaces a file that is not a
      trial, --umask gives it your umask&apos;s permissions)
  trialdesk-cli protocol amend --db FILE --user NAME --protocol FILE --reason TEXT
      [--effective YYYY-MM-DD] [--dry-run] [--sign]
    --sign: an amendment (participants are randomized) is approved with an electronic
    signature: the password is asked again (or read from TRIALDESK_PASSWORD)</source>
        <translation>bruk (passord kommer fra TRIALDESK_PASSWORD eller en ledetekst):
  trialdesk-cli new --db FIL (--protocol FIL | --template mop|dit) --admin NAVN
      [--unencrypted]   (en ny studie er kryptert på disk og åpnes med en brukers navn
      og passord; --unencrypted lager en ukryptert fil, for undervisning og tester)
  trialdesk-cli protocol check FIL
  trialdesk-cli protocol template mop|dit --out FIL
  trialdesk-cli protocol export --db FIL --user NAVN --out FIL [--force] [--umask]
      (en ny fil som bare du kan lese; --force erstatter en fil som ikke er en
      studie, --umask gir den rettighetene fra din umask)
  trialdesk-cli protocol amend --db FIL --user NAVN --protocol FIL --reason TEKST
      [--effective ÅÅÅÅ-MM-DD] [--dry-run] [--sign]
    --sign: en endring etter at deltakere er randomisert, godkjennes med elektronisk
    signatur: passordet spørres om igjen (eller leses fra TRIALDESK_PASSWORD)</translation>
    </message>
    <message>
        <source>Give --encrypted (the default) or --unencrypted, not both.</source>
        <translation>Oppgi --encrypted (standard) eller --unencrypted, ikke begge.</translation>
    </message>
</context>
<context>
    <name>CliQuery</name>
    <message>
        <source>usage (each also takes --db FILE --user NAME [--json]):
  trialdesk-cli query raise STUDYID --visit CODE --instrument ID [--item N] --text TEXT
      asks the participant&apos;s site about one item (or the whole form); prints the id
  trialdesk-cli query list [--open] [--participant STUDYID]
  trialdesk-cli query show QUERYID
  trialdesk-cli query respond|close|reopen QUERYID --text TEXT</source>
        <translation>bruk (hver tar også --db FILE --user NAME [--json]):
  trialdesk-cli query raise STUDYID --visit CODE --instrument ID [--item N] --text TEXT
      spør deltakerens senter om ett ledd (eller hele skjemaet); skriver nummeret
  trialdesk-cli query list [--open] [--participant STUDYID]
  trialdesk-cli query show QUERYID
  trialdesk-cli query respond|close|reopen QUERYID --text TEXT</translation>
    </message>
    <message>
        <source>Query %1 (%2), %3 %4 %5 (%6): %7</source>
        <translation>Spørsmål %1 (%2), %3 %4 %5 (%6): %7</translation>
    </message>
    <message>
        <source>  %1 %2 %3: %4</source>
        <translation>  %1 %2 %3: %4</translation>
    </message>
    <message>
        <source>query raise needs STUDYID, --visit CODE and --instrument ID.</source>
        <translation>query raise trenger STUDYID, --visit CODE og --instrument ID.</translation>
    </message>
    <message>
        <source>--item &quot;%1&quot; is not an item number; items are counted from 1.</source>
        <translation>--item «%1» er ikke et leddnummer; leddene telles fra 1.</translation>
    </message>
    <message>
        <source>Name what to do: raise, list, show, respond, close or reopen.</source>
        <translation>Si hva som skal gjøres: raise, list, show, respond, close eller reopen.</translation>
    </message>
    <message>
        <source>Name the query by its number (trialdesk-cli query list shows them).</source>
        <translation>Oppgi spørsmålet med nummeret (trialdesk-cli query list viser dem).</translation>
    </message>
    <message>
        <source>No queries.</source>
        <translation>Ingen dataspørsmål.</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli missing-forms --db FILE --user NAME [--overdue] [--json]
  the forms expected at visits whose window has opened and not received, per site</source>
        <translation>bruk: trialdesk-cli missing-forms --db FILE --user NAME [--overdue] [--json]
  skjemaene som er ventet ved besøk med åpent vindu og ikke mottatt, per senter</translation>
    </message>
    <message>
        <source>%1: %2 expected, %3 received, %4 due, %5 overdue</source>
        <translation>%1: %2 ventet, %3 mottatt, %4 til frist, %5 forfalt</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>FORFALT</translation>
    </message>
    <message>
        <source>due</source>
        <translation>til frist</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, ledd %2</translation>
    </message>
    <message>
        <source>double entry not complete</source>
        <translation>dobbeltregistrering ikke fullført</translation>
    </message>
</context>
<context>
    <name>CliRandomization</name>
    <message>
        <source>Unknown option &quot;%1&quot;; allowed: %2.</source>
        <translation>Ukjent valg «%1»; tillatt: %2.</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Valget %1 trenger en verdi.</translation>
    </message>
    <message>
        <source>Option %1 is given twice; give it once.</source>
        <translation>Valget %1 er oppgitt to ganger; oppgi det én gang.</translation>
    </message>
    <message>
        <source>Option %1 is required.</source>
        <translation>Valget %1 må oppgis.</translation>
    </message>
    <message>
        <source>--method &quot;%1&quot; is not allowed: use block or minimization.</source>
        <translation>--method «%1» er ikke tillatt: bruk block eller minimization.</translation>
    </message>
    <message>
        <source>--ratio &quot;%1&quot; is not allowed: give whole numbers of at least 1 separated by colons, e.g. 3:2:1.</source>
        <translation>--ratio «%1» er ikke tillatt: oppgi heltall på minst 1 atskilt med kolon, f.eks. 3:2:1.</translation>
    </message>
    <message>
        <source>--blocks applies to --method block only.</source>
        <translation>--blocks gjelder bare for --method block.</translation>
    </message>
    <message>
        <source>--blocks &quot;%1&quot; is not allowed: give block lengths separated by commas, e.g. 6,12.</source>
        <translation>--blocks «%1» er ikke tillatt: oppgi blokklengder atskilt med komma, f.eks. 6,12.</translation>
    </message>
    <message>
        <source>--strata &quot;%1&quot; is not allowed: give the levels of each factor separated by x, e.g. 4x2 (or 8).</source>
        <translation>--strata «%1» er ikke tillatt: oppgi nivåene til hver faktor atskilt med x, f.eks. 4x2 (eller 8).</translation>
    </message>
    <message>
        <source>--q applies to --method minimization only.</source>
        <translation>--q gjelder bare for --method minimization.</translation>
    </message>
    <message>
        <source>--q &quot;%1&quot; is not a number; use 0.5 to 1, e.g. 0.8.</source>
        <translation>--q «%1» er ikke et tall; bruk 0,5 til 1, f.eks. 0.8.</translation>
    </message>
    <message>
        <source>--participants must be a whole number from 1 to %1.</source>
        <translation>--participants må være et heltall fra 1 til %1.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed må være et heltall fra 0 til 18446744073709551615.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FIL må oppgis.</translation>
    </message>
    <message>
        <source>MISMATCH allocation %1 (%2): %3</source>
        <translation>AVVIK allokering %1 (%2): %3</translation>
    </message>
    <message>
        <source>MISMATCH %1</source>
        <translation>AVVIK %1</translation>
    </message>
    <message>
        <source>%1 allocation lists, %2 block and %3 minimization allocations replayed</source>
        <translation>%1 allokeringslister, %2 blokk- og %3 minimeringsallokeringer kjørt på nytt</translation>
    </message>
    <message>
        <source>%1: all match.</source>
        <translation>%1: alt stemmer.</translation>
    </message>
    <message>
        <source>%1: %2 mismatches.</source>
        <translation>%1: %2 avvik.</translation>
    </message>
    <message>
        <source>randomization needs a subcommand.</source>
        <translation>randomization trenger en underkommando.</translation>
    </message>
    <message>
        <source>--method must be block or minimization.</source>
        <translation>--method må være block eller minimization.</translation>
    </message>
    <message>
        <source>--blocks needs block lengths such as 6,12.</source>
        <translation>--blocks trenger blokklengder, f.eks. 6,12.</translation>
    </message>
    <message>
        <source>--q needs a number such as 0.8.</source>
        <translation>--q trenger et tall, f.eks. 0.8.</translation>
    </message>
    <message>
        <source>--factors: &quot;%1&quot; is not a stratification factor of the protocol with a weight; its factors are %2.</source>
        <translation>--factors: «%1» er ikke en stratifiseringsfaktor med vekt i protokollen; protokollens faktorer er %2.</translation>
    </message>
    <message>
        <source>Randomization set up: minimization, q = %1.</source>
        <translation>Randomiseringen er satt opp: minimering, q = %1.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed trenger et heltall.</translation>
    </message>
    <message>
        <source>Randomization set up: permuted blocks; allocation list of %1 entries in %2 strata generated (SHA-256 %3).</source>
        <translation>Randomiseringen er satt opp: permuterte blokker; allokeringsliste med %1 oppføringer i %2 strata er generert (SHA-256 %3).</translation>
    </message>
    <message>
        <source>usage:
  trialdesk-cli randomization simulate --method block|minimization --ratio 3:2:1
      [--blocks 6,12] [--strata 4x2] [--q 0.8] --participants N --seed S
  trialdesk-cli randomization replay --db FILE [--user NAME]
  trialdesk-cli randomization setup --db FILE --user STATISTICIAN --sign
      --method block --blocks 6,12 [--factors site,severity] [--seed S]
      | --method minimization --factors site=1,severity=2 [--q 0.8] [--reason R]
    --sign: the statistician approves the settings (and the list) with an electronic
    signature: the password is asked again (or read from TRIALDESK_PASSWORD)
  trialdesk-cli randomization extend --db FILE --user STATISTICIAN --stratum KEY
    continues a stratum&apos;s list from its seed before it runs out (on a server only the
    statistician&apos;s login reads the seed)</source>
        <translation>bruk:
  trialdesk-cli randomization simulate --method block|minimization --ratio 3:2:1
      [--blocks 6,12] [--strata 4x2] [--q 0.8] --participants N --seed S
  trialdesk-cli randomization replay --db FIL [--user NAVN]
  trialdesk-cli randomization setup --db FIL --user STATISTIKER --sign
      --method block --blocks 6,12 [--factors site,severity] [--seed S]
      | --method minimization --factors site=1,severity=2 [--q 0.8] [--reason R]
    --sign: statistikeren godkjenner innstillingene (og listen) med elektronisk
    signatur: passordet spørres om igjen (eller leses fra TRIALDESK_PASSWORD)
  trialdesk-cli randomization extend --db FIL --user STATISTIKER --stratum NØKKEL
    forlenger et stratums liste fra frøet før den tar slutt (på en server leser bare
    statistikerens innlogging frøet)</translation>
    </message>
    <message>
        <source>--stratum KEY is required (the stratum a refused randomization names).</source>
        <translation>--stratum NØKKEL må oppgis (stratumet som en avvist randomisering nevner).</translation>
    </message>
    <message>
        <source>Stratum %1 extended by %2 entries of the allocation list.</source>
        <translation>Stratum %1 er forlenget med %2 oppføringer i allokeringslisten.</translation>
    </message>
    <message>
        <source>Unknown randomization subcommand &quot;%1&quot;; allowed: simulate, replay, setup, extend.</source>
        <translation>Ukjent underkommando for randomization «%1»; tillatt: simulate, replay, setup, extend.</translation>
    </message>
</context>
<context>
    <name>CliReporting</name>
    <message>
        <source>usage (the password is read from the environment variable TRIALDESK_PASSWORD):
  trialdesk-cli report consort --db FILE --user NAME [--primary INSTRUMENT]
      [--min-post N]
  trialdesk-cli report dashboard --db FILE --user NAME [--instrument ID]
      [--endpoint TIMEPOINT]</source>
        <translation>bruk (passordet leses fra miljøvariabelen TRIALDESK_PASSWORD):
  trialdesk-cli report consort --db FIL --user NAVN [--primary INSTRUMENT]
      [--min-post N]
  trialdesk-cli report dashboard --db FIL --user NAVN [--instrument ID]
      [--endpoint TIDSPUNKT]</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; allowed: %2.</source>
        <translation>Ukjent valg «%1»; tillatt: %2.</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Valget %1 trenger en verdi.</translation>
    </message>
    <message>
        <source>Name the report: consort or dashboard.</source>
        <translation>Oppgi rapporten: consort eller dashboard.</translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot;; use consort or dashboard.</source>
        <translation>Ukjent rapport «%1»; bruk consort eller dashboard.</translation>
    </message>
    <message>
        <source>--db FILE and --user NAME are required.</source>
        <translation>--db FIL og --user NAVN må oppgis.</translation>
    </message>
    <message>
        <source>Set the password in the environment variable TRIALDESK_PASSWORD.</source>
        <translation>Sett passordet i miljøvariabelen TRIALDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>--min-post needs a whole number of at least 1.</source>
        <translation>--min-post trenger et heltall på minst 1.</translation>
    </message>
</context>
<context>
    <name>CliScoring</name>
    <message>
        <source>%1 needs a number.</source>
        <translation>%1 trenger et tall.</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli score INSTRUMENT ITEM... (NA for a missing item)</source>
        <translation>bruk: trialdesk-cli score INSTRUMENT LEDD... (NA for et manglende ledd)</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli change INSTRUMENT --baseline X --followup Y [--sd S] [--reliability R] [--clinical-mean M1 --clinical-sd S1 --functional-mean M0 --functional-sd S0]</source>
        <translation>bruk: trialdesk-cli change INSTRUMENT --baseline X --followup Y [--sd S] [--reliability R] [--clinical-mean M1 --clinical-sd S1 --functional-mean M0 --functional-sd S0]</translation>
    </message>
    <message>
        <source>Unknown option %1. Allowed: %2.</source>
        <translation>Ukjent valg %1. Tillatt: %2.</translation>
    </message>
    <message>
        <source>--baseline and --followup are required.</source>
        <translation>--baseline og --followup må oppgis.</translation>
    </message>
    <message>
        <source>Give all four norms (--clinical-mean, --clinical-sd, --functional-mean, --functional-sd) or none.</source>
        <translation>Oppgi alle fire normene (--clinical-mean, --clinical-sd, --functional-mean, --functional-sd) eller ingen.</translation>
    </message>
    <message>
        <source>assessment %1 (%2): stored %3, recomputed %4</source>
        <translation>vurdering %1 (%2): lagret %3, beregnet på nytt %4</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(ingenting)</translation>
    </message>
    <message>
        <source>%1 of %2 stored scores do not match their answers.</source>
        <translation>%1 av %2 lagrede skårer stemmer ikke med svarene.</translation>
    </message>
    <message>
        <source>scores consistent: %1 assessments recomputed</source>
        <translation>skårene stemmer: %1 vurderinger beregnet på nytt</translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>User name: </source>
        <translation>Brukernavn: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passord for %1: </translation>
    </message>
    <message>
        <source>This act is signed electronically: add --sign to sign it with your password, declaring: &quot;%1&quot; Nothing was saved.</source>
        <translation>Denne handlingen signeres elektronisk: legg til --sign for å signere med passordet ditt og erklære: «%1» Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>You sign as %1: &quot;%2&quot;</source>
        <translation>Du signerer som %1: «%2»</translation>
    </message>
    <message>
        <source>Password to sign: </source>
        <translation>Passord for å signere: </translation>
    </message>
</context>
<context>
    <name>CliUsers</name>
    <message>
        <source>New password for %1: </source>
        <translation>Nytt passord for %1: </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Gjenta det nye passordet: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>De to passordene er ulike; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Unknown site &quot;%1&quot;; the trial&apos;s sites are %2.</source>
        <translation>Ukjent senter «%1»; studiens sentre er %2.</translation>
    </message>
    <message>
        <source>--name NAME is required.</source>
        <translation>--name NAME må oppgis.</translation>
    </message>
    <message>
        <source>user needs a subcommand.</source>
        <translation>user trenger en underkommando.</translation>
    </message>
    <message>
        <source>Unknown user subcommand &quot;%1&quot;.</source>
        <translation>Ukjent underkommando for user: «%1».</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktivert</translation>
    </message>
    <message>
        <source>Password changed for %1.</source>
        <translation>Passordet til %1 er endret.</translation>
    </message>
    <message>
        <source>--role must be one of coordinator, therapist, assessor, principal_investigator, statistician, administrator.</source>
        <translation>--role må være en av coordinator, therapist, assessor, principal_investigator, statistician, administrator.</translation>
    </message>
    <message>
        <source>User %1 added as %2 (sites: %3).</source>
        <translation>Bruker %1 er lagt til som %2 (sentre: %3).</translation>
    </message>
    <message>
        <source>Password of %1 reset; they must choose a new one at their next sign-in.</source>
        <translation>Passordet til %1 er tilbakestilt; brukeren må velge et nytt ved neste innlogging.</translation>
    </message>
    <message>
        <source>User %1: %2, sites %3.</source>
        <translation>Bruker %1: %2, sentre %3.</translation>
    </message>
    <message>
        <source>usage (administrators; passwords from TRIALDESK_PASSWORD, new ones from
TRIALDESK_NEW_PASSWORD or a prompt):
  trialdesk-cli user add --db FILE --user ADMIN --name NAME --role ROLE
      [--display &quot;Full Name&quot;] [--site CODE]...   (sites: coordinators, therapists)
  trialdesk-cli user deactivate|reactivate --db FILE --user ADMIN --name NAME --reason R
  trialdesk-cli user role --db FILE --user ADMIN --name NAME --role ROLE --reason R
      [--site CODE]... [--all-sites]   (a coordinator&apos;s or therapist&apos;s sites; without
      them, one who had sites keeps them)
  trialdesk-cli user reset-password --db FILE --user ADMIN --name NAME
  trialdesk-cli user update --db FILE --user ADMIN --name NAME [--display D] [--site CODE]... [--all-sites]
  trialdesk-cli user list --db FILE --user NAME [--json]
  trialdesk-cli user password --db FILE --user NAME   (your own; new from TRIALDESK_NEW_PASSWORD)
roles: coordinator, therapist, assessor, principal_investigator, statistician, dmc, monitor, administrator</source>
        <translation>bruk (administratorer; passord fra TRIALDESK_PASSWORD, nye passord fra
TRIALDESK_NEW_PASSWORD eller en ledetekst):
  trialdesk-cli user add --db FILE --user ADMIN --name NAME --role ROLE
      [--display &quot;Fullt navn&quot;] [--site CODE]...   (sentre: koordinatorer, terapeuter)
  trialdesk-cli user deactivate|reactivate --db FILE --user ADMIN --name NAME --reason R
  trialdesk-cli user role --db FILE --user ADMIN --name NAME --role ROLE --reason R
      [--site CODE]... [--all-sites]   (sentrene til en koordinator eller terapeut; uten
      dem beholder den som hadde sentre, sine)
  trialdesk-cli user reset-password --db FILE --user ADMIN --name NAME
  trialdesk-cli user update --db FILE --user ADMIN --name NAME [--display D] [--site CODE]... [--all-sites]
  trialdesk-cli user list --db FILE --user NAME [--json]
  trialdesk-cli user password --db FILE --user NAME   (ditt eget; nytt fra TRIALDESK_NEW_PASSWORD)
roller: coordinator, therapist, assessor, principal_investigator, statistician, dmc, monitor, administrator</translation>
    </message>
    <message>
        <source>--role must be one of coordinator, therapist, assessor, principal_investigator, statistician, dmc, monitor, administrator.</source>
        <translation>--role må være en av coordinator, therapist, assessor, principal_investigator, statistician, dmc, monitor, administrator.</translation>
    </message>
    <message>
        <source>User %1 is now %2 (was %3; sites: %4).</source>
        <translation>Bruker %1 er nå %2 (var %3; sentre: %4).</translation>
    </message>
</context>
<context>
    <name>CodebookExport</name>
    <message>
        <source>Codebook CSV: every variable</source>
        <translation>CSV-kodebok: alle variabler</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>%1 is not a database address TrialDesk can use: %2 The form is postgresql://user@host:port/database, with ?sslmode=... and the other TLS settings after it when needed.</source>
        <translation>%1 er ikke en databaseadresse TrialDesk kan bruke: %2 Formen er postgresql://user@host:port/database, med ?sslmode=... og de andre TLS-innstillingene etter ved behov.</translation>
    </message>
    <message>
        <source>it cannot be read as an address (%1).</source>
        <translation>den kan ikke leses som en adresse (%1).</translation>
    </message>
    <message>
        <source>it names no database (the part after the last /).</source>
        <translation>den oppgir ingen database (delen etter siste /).</translation>
    </message>
    <message>
        <source>it has a # part.</source>
        <translation>den har en #-del.</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; is not one TrialDesk passes on (allowed: %2).</source>
        <translation>innstillingen «%1» er ikke en TrialDesk sender videre (tillatt: %2).</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; may not hold a space or a semicolon.</source>
        <translation>verdien av «%1» kan ikke inneholde mellomrom eller semikolon.</translation>
    </message>
</context>
<context>
    <name>ConsortReport</name>
    <message>
        <source>Reason not recorded</source>
        <translation>Grunn ikke registrert</translation>
    </message>
    <message>
        <source>Not started yet (no session attended)</source>
        <translation>Ikke startet ennå (ingen time gjennomført)</translation>
    </message>
    <message>
        <source>No session attended</source>
        <translation>Ingen time gjennomført</translation>
    </message>
    <message>
        <source>Withdrew, data may not be used: %1</source>
        <translation>Trakk seg, data kan ikke brukes: %1</translation>
    </message>
    <message>
        <source>No completed post-baseline %1 assessment</source>
        <translation>Ingen fullført %1-vurdering etter baseline</translation>
    </message>
    <message>
        <source>Withdrew before randomization: %1</source>
        <translation>Trakk seg før randomisering: %1</translation>
    </message>
    <message>
        <source>%1: %2 against %3</source>
        <translation>%1: %2 mot %3</translation>
    </message>
    <message>
        <source>assessed for eligibility = excluded + randomized + awaiting decision</source>
        <translation>vurdert for egnethet = ekskludert + randomisert + venter på avgjørelse</translation>
    </message>
    <message>
        <source>excluded = not meeting inclusion criteria + declined + other</source>
        <translation>ekskludert = oppfyller ikke inklusjonskriteriene + takket nei + andre</translation>
    </message>
    <message>
        <source>reasons for not meeting inclusion criteria</source>
        <translation>grunner til at inklusjonskriteriene ikke er oppfylt</translation>
    </message>
    <message>
        <source>reasons for declining</source>
        <translation>grunner til å takke nei</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>andre grunner</translation>
    </message>
    <message>
        <source>awaiting decision = screening + consent + randomization</source>
        <translation>venter på avgjørelse = screening + samtykke + randomisering</translation>
    </message>
    <message>
        <source>%1: allocated = received + did not receive</source>
        <translation>%1: allokert = fikk + fikk ikke</translation>
    </message>
    <message>
        <source>%1: reasons for not receiving the intervention</source>
        <translation>%1: grunner til ikke å få intervensjonen</translation>
    </message>
    <message>
        <source>%1: reasons for loss to follow-up</source>
        <translation>%1: grunner til frafall fra oppfølging</translation>
    </message>
    <message>
        <source>%1: reasons for discontinuing</source>
        <translation>%1: grunner til avbrutt intervensjon</translation>
    </message>
    <message>
        <source>%1: lost + discontinued within allocated</source>
        <translation>%1: tapt + avbrutt innenfor allokerte</translation>
    </message>
    <message>
        <source>%1: allocated = analysed + excluded from analysis</source>
        <translation>%1: allokert = analysert + ekskludert fra analyse</translation>
    </message>
    <message>
        <source>%1: reasons for exclusion from analysis</source>
        <translation>%1: grunner til eksklusjon fra analyse</translation>
    </message>
    <message>
        <source>randomized = sum of allocated</source>
        <translation>randomisert = summen av allokerte</translation>
    </message>
    <message>
        <source>The analysed rule needs a primary instrument (the protocol names none) and at least one post-baseline assessment.</source>
        <translation>Regelen for analyserte trenger et primærinstrument (protokollen oppgir ingen) og minst én vurdering etter baseline.</translation>
    </message>
</context>
<context>
    <name>CovariateValues</name>
    <message>
        <source>from %1 to %2</source>
        <translation>fra %1 til %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>minst %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>høyst %1</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>hvilken som helst verdi</translation>
    </message>
    <message>
        <source>%1 (%2) &quot;%3&quot; is not allowed: %4.</source>
        <translation>%1 (%2) «%3» er ikke tillatt: %4.</translation>
    </message>
    <message>
        <source>enter a whole number, %1</source>
        <translation>oppgi et heltall, %1</translation>
    </message>
    <message>
        <source>enter a number, %1</source>
        <translation>oppgi et tall, %1</translation>
    </message>
    <message>
        <source>enter %1</source>
        <translation>oppgi %1</translation>
    </message>
    <message>
        <source>choose one of %1</source>
        <translation>velg en av %1</translation>
    </message>
    <message>
        <source>enter a date as YYYY-MM-DD</source>
        <translation>oppgi en dato som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>use at most 500 characters</source>
        <translation>bruk høyst 500 tegn</translation>
    </message>
    <message>
        <source>unknown covariate type</source>
        <translation>ukjent kovariattype</translation>
    </message>
    <message>
        <source>The protocol has no covariate &quot;%1&quot;. Its covariates: %2.</source>
        <translation>Protokollen har ingen kovariat «%1». Protokollens kovariater: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>%1 is already recorded as &quot;%2&quot;; changing it needs a reason.</source>
        <translation>%1 er allerede registrert som «%2»; en endring krever en begrunnelse.</translation>
    </message>
</context>
<context>
    <name>CryptVfs</name>
    <message>
        <source>The encrypted file&apos;s header is damaged in both copies.</source>
        <translation>Hodet til den krypterte filen er skadet i begge kopiene.</translation>
    </message>
    <message>
        <source>%1 is not empty: an encrypted trial is made only in a new file.</source>
        <translation>%1 er ikke tom: en kryptert studie lages bare i en ny fil.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke lese %1: %2</translation>
    </message>
    <message>
        <source>Could not read the encrypted file&apos;s header.</source>
        <translation>Kunne ikke lese hodet til den krypterte filen.</translation>
    </message>
    <message>
        <source>Could not write the encrypted file&apos;s header.</source>
        <translation>Kunne ikke skrive hodet til den krypterte filen.</translation>
    </message>
    <message>
        <source>Page %1 in the write-ahead log of %2 failed authentication: the file was changed outside TrialDesk or is damaged.</source>
        <translation>Side %1 i skriveloggen til %2 besto ikke autentiseringen: filen ble endret utenfor TrialDesk eller er skadet.</translation>
    </message>
    <message>
        <source>Page %1 in the rollback journal of %2 failed authentication: the file was changed outside TrialDesk or is damaged.</source>
        <translation>Side %1 i tilbakerullingsjournalen til %2 besto ikke autentiseringen: filen ble endret utenfor TrialDesk eller er skadet.</translation>
    </message>
    <message>
        <source>Page %1 of %2 failed authentication: the file was changed outside TrialDesk or is damaged.</source>
        <translation>Side %1 av %2 besto ikke autentiseringen: filen ble endret utenfor TrialDesk eller er skadet.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>filen er ikke UTF-8-tekst; lagre den som UTF-8</translation>
    </message>
    <message>
        <source>broken quoting: the quoted field that starts on this line is never closed</source>
        <translation>feil bruk av anførselstegn: feltet i anførselstegn som begynner på denne linjen, avsluttes aldri</translation>
    </message>
    <message>
        <source>broken quoting: text follows the closing quote of a field; quote the whole field and double the quotes inside it</source>
        <translation>feil bruk av anførselstegn: tekst følger etter det avsluttende anførselstegnet i et felt; sett hele feltet i anførselstegn og doble anførselstegnene inni det</translation>
    </message>
    <message>
        <source>broken quoting: a quote inside an unquoted field; quote the whole field and double the quotes inside it</source>
        <translation>feil bruk av anførselstegn: et anførselstegn inni et felt uten anførselstegn; sett hele feltet i anførselstegn og doble anførselstegnene inni det</translation>
    </message>
    <message>
        <source>the row has %1 columns; expected %2, as in the header</source>
        <translation>raden har %1 kolonner; forventet %2, som i overskriftsraden</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>An effect size compares two different arms of the trial.</source>
        <translation>En effektstørrelse sammenligner to ulike armer i studien.</translation>
    </message>
    <message>
        <source>The protocol names no primary outcome; choose an instrument.</source>
        <translation>Protokollen oppgir ikke noe primært utfallsmål; velg et instrument.</translation>
    </message>
    <message>
        <source>All arms</source>
        <translation>Alle armer</translation>
    </message>
</context>
<context>
    <name>DashboardStyle</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number (Norwegian puts a space before the sign).</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>(%1–%2)</source>
        <extracomment>A 95% confidence interval: lower–upper.</extracomment>
        <translation>(%1–%2)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>DataLockGuard</name>
    <message>
        <source>These data are locked for analysis (database lock), so nothing was changed. The principal investigator can lift the lock, with a reason (trialdesk-cli unlock, or the Database lock area in the window).</source>
        <translation>Disse dataene er låst for analyse (databaselås), så ingenting ble endret. Prosjektlederen kan oppheve låsen, med en begrunnelse (trialdesk-cli unlock, eller Databaselås i vinduet).</translation>
    </message>
</context>
<context>
    <name>DataLocks</name>
    <message>
        <source>A database lock needs a reason (for example &quot;Last participant&apos;s last visit; data cleaned for the primary analysis&quot;).</source>
        <translation>En databaselås trenger en begrunnelse (for eksempel «Siste deltakers siste besøk; data renset for hovedanalysen»).</translation>
    </message>
    <message>
        <source>There is no participant to lock (id %1).</source>
        <translation>Det finnes ingen deltaker å låse (id %1).</translation>
    </message>
    <message>
        <source>The protocol has no such visit.</source>
        <translation>Protokollen har ikke dette besøket.</translation>
    </message>
    <message>
        <source>These data are already locked (lock %1, %2). Nothing was changed.</source>
        <translation>Disse dataene er allerede låst (lås %1, %2). Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Unlocking needs a reason: which data must change, and why.</source>
        <translation>Opplåsing trenger en begrunnelse: hvilke data som må endres, og hvorfor.</translation>
    </message>
    <message>
        <source>There is no lock %1.</source>
        <translation>Det finnes ingen lås %1.</translation>
    </message>
    <message>
        <source>Lock %1 was already lifted. Nothing was changed.</source>
        <translation>Lås %1 er allerede opphevet. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 data queries are still open on these data (the oldest: query %2, %3, %4 at %5). Close them first, or confirm that the data are locked with open queries. Nothing was locked.</source>
        <translation>%1 dataspørsmål er fortsatt åpne på disse dataene (det eldste: spørsmål %2, %3, %4 ved %5). Lukk dem først, eller bekreft at dataene låses med åpne spørsmål. Ingenting ble låst.</translation>
    </message>
</context>
<context>
    <name>DataQueries</name>
    <message>
        <source>Open</source>
        <translation>Åpent</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Raised by a person</source>
        <translation>Stilt av en person</translation>
    </message>
    <message>
        <source>Entered outside the visit window</source>
        <translation>Registrert utenfor besøksvinduet</translation>
    </message>
    <message>
        <source>Total prorated: items are missing</source>
        <translation>Totalskår beregnet forholdsmessig: ledd mangler</translation>
    </message>
    <message>
        <source>No total: too many items are missing</source>
        <translation>Ingen totalskår: for mange ledd mangler</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Stilt</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <source>Re-opened</source>
        <translation>Gjenåpnet</translation>
    </message>
    <message>
        <source>A query needs a question (for example &quot;Item 3 is 4 but the source says 3: please check&quot;).</source>
        <translation>Et dataspørsmål trenger et spørsmål (for eksempel «Ledd 3 er 4, men kilden sier 3: kontroller»).</translation>
    </message>
    <message>
        <source>A response needs a text: what was checked, and what was found.</source>
        <translation>Et svar trenger en tekst: hva som ble kontrollert, og hva som ble funnet.</translation>
    </message>
    <message>
        <source>Closing a query needs a text: why the answer settles it.</source>
        <translation>Å lukke et dataspørsmål trenger en tekst: hvorfor svaret avgjør saken.</translation>
    </message>
    <message>
        <source>Re-opening a query needs a further question.</source>
        <translation>Å gjenåpne et dataspørsmål trenger et nytt spørsmål.</translation>
    </message>
    <message>
        <source>Query %1</source>
        <translation>Dataspørsmål %1</translation>
    </message>
    <message>
        <source>The protocol does not schedule the instrument &quot;%1&quot; at this visit; a query is about a form of a visit.</source>
        <translation>Protokollen har ikke instrumentet «%1» ved dette besøket; et dataspørsmål gjelder et skjema ved et besøk.</translation>
    </message>
    <message>
        <source>%1 has items 1 to %2; item %3 does not exist.</source>
        <translation>%1 har ledd 1 til %2; ledd %3 finnes ikke.</translation>
    </message>
    <message>
        <source>A query is raised once.</source>
        <translation>Et dataspørsmål stilles én gang.</translation>
    </message>
    <message>
        <source>Query %1 is closed; only the person who raised it can re-open it. Nothing was changed.</source>
        <translation>Dataspørsmål %1 er lukket; bare den som stilte det, kan gjenåpne det. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Only the person who raised query %1 (or the principal investigator) may close or re-open it.</source>
        <translation>Bare den som stilte dataspørsmål %1 (eller prosjektlederen), kan lukke eller gjenåpne det.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) kan ikke %3.</translation>
    </message>
    <message>
        <source>Query %1 is already closed. Nothing was changed.</source>
        <translation>Dataspørsmål %1 er allerede lukket. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Query %1 is still open: it can be re-opened once it has been answered or closed. Nothing was changed.</source>
        <translation>Dataspørsmål %1 er fortsatt åpent: det kan gjenåpnes når det er besvart eller lukket. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Query %1 is about another record; correct the value it asks about.</source>
        <translation>Dataspørsmål %1 gjelder en annen registrering; rett verdien det spør om.</translation>
    </message>
    <message>
        <source>Query %1: %2</source>
        <translation>Dataspørsmål %1: %2</translation>
    </message>
    <message>
        <source>%1, item %2 (%3)</source>
        <translation>%1, ledd %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Changed after source data verification</source>
        <translation>Endret etter kildedatakontroll</translation>
    </message>
    <message>
        <source>Flagged by an edit check</source>
        <translation>Flagget av en valideringsregel</translation>
    </message>
    <message>
        <source>Item %1 is %2, outside the expected %3 to %4.</source>
        <translation>Punkt %1 er %2, utenfor det forventede %3 til %4.</translation>
    </message>
    <message>
        <source>Item %1 is %2, below the expected %3.</source>
        <translation>Punkt %1 er %2, under det forventede %3.</translation>
    </message>
    <message>
        <source>Item %1 is %2, above the expected %3.</source>
        <translation>Punkt %1 er %2, over det forventede %3.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the trial database %1: %2</source>
        <translation>Kunne ikke åpne studiedatabasen %1: %2</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>ikke noe resultat</translation>
    </message>
    <message>
        <source>The database refused a statement (%1): %2</source>
        <translation>Databasen avviste en setning (%1): %2</translation>
    </message>
    <message>
        <source>No matching record was found.</source>
        <translation>Fant ingen samsvarende post.</translation>
    </message>
    <message>
        <source>The trial file %1 does not exist. Check the name and the folder.</source>
        <translation>Studiefilen %1 finnes ikke. Kontroller navnet og mappen.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read as a trial database: it is damaged or not a TrialDesk trial file. It was not changed. Restore it from a backup. (%2)</source>
        <translation>Filen %1 kan ikke leses som en studiedatabase: den er skadet eller ikke en TrialDesk-studiefil. Den ble ikke endret. Gjenopprett den fra en sikkerhetskopi. (%2)</translation>
    </message>
    <message>
        <source>The trial file %1 was written by a newer TrialDesk (schema version %2; this program knows up to %3). It was not changed; open it with the newer program.</source>
        <translation>Studiefilen %1 ble skrevet av en nyere TrialDesk (skjemaversjon %2; dette programmet kjenner versjoner opp til %3). Den ble ikke endret; åpne den med det nyere programmet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a trial file. Name the trial file.</source>
        <translation>%1 er en mappe, ikke en studiefil. Oppgi studiefilen.</translation>
    </message>
    <message>
        <source>The trial file %1 cannot be read: this user has no permission to read it. It was not changed.</source>
        <translation>Studiefilen %1 kan ikke leses: denne brukeren har ikke lov til å lese den. Den ble ikke endret.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read as a trial database: it is damaged or not a TrialDesk trial file. It was not changed. Restore it from a backup.</source>
        <translation>Filen %1 kan ikke leses som en studiedatabase: den er skadet eller ikke en TrialDesk-studiefil. Den ble ikke endret. Gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The file %1 is read-only, so no trial can be created in it.</source>
        <translation>Filen %1 er skrivebeskyttet, så ingen studie kan opprettes i den.</translation>
    </message>
    <message>
        <source>The trial file %1 has schema version %2 and must be upgraded to version %3 before it can be used, but it is read-only (no write permission on the file or its folder). It was not changed.</source>
        <translation>Studiefilen %1 har skjemaversjon %2 og må oppgraderes til versjon %3 før den kan brukes, men den er skrivebeskyttet (ingen skrivetilgang til filen eller mappen). Den ble ikke endret.</translation>
    </message>
    <message>
        <source>The file %1 is empty, so it is not a TrialDesk trial. It was not changed. A trial is created only by &quot;new&quot; or &quot;demo&quot; (in the window: File &gt; New trial), in a new file.</source>
        <translation>Filen %1 er tom, så den er ikke en TrialDesk-studie. Den ble ikke endret. En studie opprettes bare med «new» eller «demo» (i vinduet: Fil &gt; Ny studie), i en ny fil.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a TrialDesk trial (it lacks a trial&apos;s tables, such as audit_log). It was not changed: TrialDesk opens only its own trial files.</source>
        <translation>Filen %1 er en SQLite-database, men ikke en TrialDesk-studie (den mangler en studies tabeller, som audit_log). Den ble ikke endret: TrialDesk åpner bare sine egne studiefiler.</translation>
    </message>
    <message>
        <source>The trial file %1 is read-only (no write permission on the file or its folder): it is open for reading only, and changes are refused.</source>
        <translation>Studiefilen %1 er skrivebeskyttet (ingen skrivetilgang til filen eller mappen): den er åpnet bare for lesing, og endringer avvises.</translation>
    </message>
    <message>
        <source>The trial file %1 is open for reading only: changes are refused.</source>
        <translation>Studiefilen %1 er åpnet bare for lesing: endringer avvises.</translation>
    </message>
    <message>
        <source>The trial file %1 is locked by another program. Close the trial there, or wait until it is done, then try again.</source>
        <translation>Studiefilen %1 er låst av et annet program. Lukk studien der, eller vent til det er ferdig, og prøv igjen.</translation>
    </message>
    <message>
        <source>The trial file %1 is locked by %2. Close the trial there, or wait until it is done, then try again.</source>
        <translation>Studiefilen %1 er låst av %2. Lukk studien der, eller vent til det er ferdig, og prøv igjen.</translation>
    </message>
    <message>
        <source>The trial file %1 is encrypted: it opens only with the user name and password of one of its users.</source>
        <translation>Studiefilen %1 er kryptert: den åpnes bare med brukernavnet og passordet til en av brukerne.</translation>
    </message>
    <message>
        <source>The user name or password does not open the encrypted trial file %1. Nothing was opened or changed.</source>
        <translation>Brukernavnet eller passordet åpner ikke den krypterte studiefilen %1. Ingenting ble åpnet eller endret.</translation>
    </message>
    <message>
        <source>Could not make a key for the encrypted trial (libsodium could not lock memory).</source>
        <translation>Kunne ikke lage en nøkkel for den krypterte studien (libsodium kunne ikke låse minne).</translation>
    </message>
    <message>
        <source>The trial file is not encrypted.</source>
        <translation>Studiefilen er ikke kryptert.</translation>
    </message>
    <message>
        <source>This database cannot make a copy of itself.</source>
        <translation>Denne databasen kan ikke lage en kopi av seg selv.</translation>
    </message>
    <message>
        <source>SQLite has no default file system.</source>
        <translation>SQLite har ikke noe standard filsystem.</translation>
    </message>
    <message>
        <source>The database %1 holds no trial. Nothing was changed. A trial is created on a server only by &quot;new&quot; (trialdesk-cli new --db %1 ...).</source>
        <translation>Databasen %1 inneholder ingen studie. Ingenting ble endret. En studie opprettes på en server bare med «new» (trialdesk-cli new --db %1 ...).</translation>
    </message>
    <message>
        <source>The database %1 holds tables but not a TrialDesk trial (it lacks a trial&apos;s tables, such as audit_log). It was not changed: TrialDesk uses only a database of its own.</source>
        <translation>Databasen %1 inneholder tabeller, men ikke en TrialDesk-studie (den mangler studietabeller, som audit_log). Den ble ikke endret: TrialDesk bruker bare en database for seg selv.</translation>
    </message>
    <message>
        <source>The database %1 is open for reading only: changes are refused.</source>
        <translation>Databasen %1 er åpen bare for lesing: endringer avvises.</translation>
    </message>
    <message>
        <source>The database %1 is busy with another client&apos;s change. Try again in a moment.</source>
        <translation>Databasen %1 er opptatt med en endring fra en annen klient. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The database %1 does not exist, and it could not be created: %2</source>
        <translation>Databasen %1 finnes ikke, og den kunne ikke opprettes: %2</translation>
    </message>
    <message>
        <source>A trial on a database server is not encrypted by TrialDesk: the server&apos;s own encryption and TLS (sslmode=verify-full) protect it. Leave out --encrypted for %1.</source>
        <translation>En studie på en databaseserver krypteres ikke av TrialDesk: serverens egen kryptering og TLS (sslmode=verify-full) beskytter den. Utelat --encrypted for %1.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server. Check the name; a trial is created there only by &quot;new&quot;.</source>
        <translation>Databasen %1 finnes ikke på serveren. Kontroller navnet; en studie opprettes der bare med «new».</translation>
    </message>
    <message>
        <source>Could not connect to the database %1: %2</source>
        <translation>Kunne ikke koble til databasen %1: %2</translation>
    </message>
    <message>
        <source>The server of %1 refused the sign-in of &quot;%2&quot;: the user name or password is wrong, or the account is deactivated.</source>
        <translation>Serveren for %1 avviste innloggingen til «%2»: brukernavnet eller passordet er feil, eller kontoen er deaktivert.</translation>
    </message>
    <message>
        <source>(no user named)</source>
        <translation>(ingen bruker oppgitt)</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed, so nothing was sent: check the TLS mode and the certificate authority&apos;s file, or ask the server&apos;s administrator. The server said: %2</source>
        <translation>Den sikre forbindelsen (TLS) til %1 mislyktes, så ingenting ble sendt: kontroller TLS-modusen og filen til sertifikatutstederen, eller spør serverens administrator. Serveren svarte: %2</translation>
    </message>
    <message>
        <source>The database server of %1 cannot be reached: check the host and port, the network, and that the server is running. (%2)</source>
        <translation>Databaseserveren for %1 kan ikke nås: kontroller vertsnavn og port, nettverket og at serveren kjører. (%2)</translation>
    </message>
</context>
<context>
    <name>DemoTrial</name>
    <message>
        <source>The demo trial can have 1 to 100,000 participants; %1 were asked for.</source>
        <translation>Demostudien kan ha 1 til 100 000 deltakere; %1 ble bedt om.</translation>
    </message>
    <message>
        <source>This database already holds a trial; the demo needs an empty one.</source>
        <translation>Denne databasen har allerede en studie; demoen trenger en tom database.</translation>
    </message>
    <message>
        <source>Arm %1 does not exist.</source>
        <translation>Arm %1 finnes ikke.</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>%1 was not found, or is not yours to see.</source>
        <translation>%1 finnes ikke, eller er ikke ditt å se.</translation>
    </message>
</context>
<context>
    <name>DmcReport</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A 95% confidence interval in a table cell: lower to upper.</extracomment>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation>Ikke tilgjengelig.</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>Randomisert</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Completed / due</source>
        <translation>Gjennomført / forfalt</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Beholdt</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95 % KI</translation>
    </message>
    <message>
        <source>Due: the visit&apos;s window has closed, or the participant already has the visit. Retained: a completed assessment of the instrument at the visit. Wilson 95% confidence intervals.</source>
        <translation>Forfalt: besøkets tidsvindu er lukket, eller deltakeren har allerede besøket. Beholdt: en fullført vurdering med instrumentet ved besøket. Wilsons 95 % konfidensintervall.</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Planlagte timer</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean share attended</source>
        <translation>Gjennomsnittlig andel møtt</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Per randomized participant: attended sessions over the sessions the arm plans; mean with a t-based 95% confidence interval.</source>
        <translation>Per randomisert deltaker: timer møtt delt på timene armen planlegger; gjennomsnitt med t-basert 95 % konfidensintervall.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gjennomsnitt</translation>
    </message>
    <message>
        <source>Observed cases: the completed total scores at each visit, without imputation. Means with t-based 95% confidence intervals.</source>
        <translation>Observerte tilfeller: de fullførte totalskårene ved hvert besøk, uten imputering. Gjennomsnitt med t-baserte 95 % konfidensintervall.</translation>
    </message>
    <message>
        <source>Change class</source>
        <translation>Endringsklasse</translation>
    </message>
    <message>
        <source>n / N</source>
        <translation>n / N</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Frisk</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Bedret</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <source>Deteriorated</source>
        <translation>Forverret</translation>
    </message>
    <message>
        <source>Baseline to the latest score of participants with both, by the reliable change index and the clinical cut-off (Jacobson and Truax). Wilson 95% confidence intervals.</source>
        <translation>Fra baseline til siste skår for deltakere med begge, etter reliabel endringsindeks og klinisk grenseverdi (Jacobson og Truax). Wilsons 95 % konfidensintervall.</translation>
    </message>
    <message>
        <source>At the endpoint visit %1.</source>
        <translation>Ved endepunktbesøket %1.</translation>
    </message>
    <message>
        <source>Too few scores at this visit to compare the arms.</source>
        <translation>For få skårer ved dette besøket til å sammenligne armene.</translation>
    </message>
    <message>
        <source>Cohen&apos;s d</source>
        <translation>Cohens d</translation>
    </message>
    <message>
        <source>95% CI of d</source>
        <translation>95 % KI for d</translation>
    </message>
    <message>
        <source>Hedges&apos; g</source>
        <translation>Hedges’ g</translation>
    </message>
    <message>
        <source>SE of d</source>
        <translation>SE for d</translation>
    </message>
    <message>
        <source>Pooled SD</source>
        <translation>Samlet SD</translation>
    </message>
    <message>
        <source>d = %1 minus %2 over the pooled SD; negative: lower scores in %1. 95% CI: d ± 1.96 SE.</source>
        <extracomment>How to read d: %1 and %2 are arm names.</extracomment>
        <translation>d = %1 minus %2 delt på samlet SD; negativ: lavere skårer i %1. 95 % KI: d ± 1,96 SE.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Riktig</translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Vet ikke</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <source>No guesses recorded.</source>
        <translation>Ingen gjetninger registrert.</translation>
    </message>
    <message>
        <source>Bang&apos;s index from the blinded assessors&apos; guesses of the arm, by the participants&apos; true arm (&quot;don&apos;t know&quot; counts in n). 0: no sign of unblinding; 1: every guess correct; −1: every guess wrong.</source>
        <translation>Bangs indeks fra de blindede vurderernes gjetninger om armen, etter deltakernes faktiske arm («vet ikke» telles i n). 0: ingen tegn til avblinding; 1: alle gjetninger riktige; −1: alle gjetninger feil.</translation>
    </message>
    <message>
        <source>Open safety alerts: %1.</source>
        <translation>Åpne sikkerhetsvarsler: %1.</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Åpne varsler</translation>
    </message>
    <message>
        <source>Suicidality item</source>
        <translation>Selvmordsledd</translation>
    </message>
    <message>
        <source>Reliable deterioration</source>
        <translation>Reliabel forverring</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Alerts not yet acknowledged when the report was made, by the participant&apos;s arm.</source>
        <translation>Varsler som ikke var kvittert da rapporten ble laget, etter deltakerens arm.</translation>
    </message>
    <message>
        <source>CLOSED – for the data monitoring committee only</source>
        <translation>LUKKET – kun for datamonitoreringskomiteen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <extracomment>Who made the report: display name, user name, role.</extracomment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>CLOSED REPORT – for the data monitoring committee only</source>
        <translation>LUKKET RAPPORT – kun for datamonitoreringskomiteen</translation>
    </message>
    <message>
        <source>It compares the outcomes of the arms. Do not pass it on to the trial team, to blinded staff or to anyone outside the committee.</source>
        <translation>Den sammenligner armenes utfall. Ikke gi den videre til studieteamet, til blindet personale eller til noen utenfor komiteen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Laget</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Laget av</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation>Protokollversjon</translation>
    </message>
    <message>
        <source>Arm sizes</source>
        <translation>Armstørrelser</translation>
    </message>
    <message>
        <source>Retention per visit and arm</source>
        <translation>Oppfølging per besøk og arm</translation>
    </message>
    <message>
        <source>Session attendance per arm</source>
        <translation>Oppmøte til timer per arm</translation>
    </message>
    <message>
        <source>Mean score per visit and arm</source>
        <translation>Gjennomsnittsskår per besøk og arm</translation>
    </message>
    <message>
        <source>Change from baseline to the latest score</source>
        <translation>Endring fra baseline til siste skår</translation>
    </message>
    <message>
        <source>Effect size at the endpoint</source>
        <translation>Effektstørrelse ved endepunktet</translation>
    </message>
    <message>
        <source>Blinding index per arm</source>
        <translation>Blindingsindeks per arm</translation>
    </message>
    <message>
        <source>Open safety alerts</source>
        <translation>Åpne sikkerhetsvarsler</translation>
    </message>
    <message>
        <source>Closed DMC report</source>
        <translation>Lukket DMC-rapport</translation>
    </message>
    <message>
        <source>The closed DMC report could not be saved as %1.</source>
        <translation>Den lukkede DMC-rapporten kunne ikke lagres som %1.</translation>
    </message>
    <message>
        <source>The report was not saved, because making it could not be recorded in the audit trail: %1</source>
        <translation>Rapporten ble ikke lagret fordi den ikke kunne registreres i revisjonssporet: %1</translation>
    </message>
    <message>
        <source>week %1</source>
        <extracomment>Under a visit in the closed report: weeks since randomization.</extracomment>
        <translation>uke %1</translation>
    </message>
</context>
<context>
    <name>DoubleEntries</name>
    <message>
        <source>entries agree</source>
        <translation>registreringene stemmer</translation>
    </message>
    <message>
        <source>entries differ</source>
        <translation>registreringene er ulike</translation>
    </message>
    <message>
        <source>adjudicated</source>
        <translation>avgjort</translation>
    </message>
    <message>
        <source>This form has not been keyed a second time.</source>
        <translation>Dette skjemaet er ikke registrert andre gang.</translation>
    </message>
    <message>
        <source>There is no first entry of %1 at this visit to key a second time; enter the form first.</source>
        <translation>Det finnes ingen første registrering av %1 ved dette besøket å registrere på nytt; registrer skjemaet først.</translation>
    </message>
    <message>
        <source>Assessment %1 was removed; there is nothing to key again.</source>
        <translation>Vurdering %1 er fjernet; det er ingenting å registrere på nytt.</translation>
    </message>
    <message>
        <source>Double data entry is for the forms of a visit, not of a session.</source>
        <translation>Dobbeltregistrering gjelder skjemaer ved besøk, ikke ved timer.</translation>
    </message>
    <message>
        <source>The protocol does not ask for double entry of %1 at this visit.</source>
        <translation>Protokollen krever ikke dobbeltregistrering av %1 ved dette besøket.</translation>
    </message>
    <message>
        <source>The first entry of this form is a draft; complete it before the second entry.</source>
        <translation>Første registrering av dette skjemaet er et utkast; fullfør det før andre registrering.</translation>
    </message>
    <message>
        <source>This form was recorded as missing (&quot;%1&quot;); a missing form is not keyed twice.</source>
        <translation>Dette skjemaet er registrert som manglende («%1»); et manglende skjema registreres ikke to ganger.</translation>
    </message>
    <message>
        <source>Assessment %1 was not found.</source>
        <translation>Fant ikke vurdering %1.</translation>
    </message>
    <message>
        <source>%1 is rated by a blinded outcome assessor; only a blinded assessor may key it, the second time too.</source>
        <translation>%1 skåres av en blindet utfallsvurderer; bare en blindet vurderer kan registrere det, også andre gang.</translation>
    </message>
    <message>
        <source>You keyed the first entry of this form; the second entry must be keyed by someone else.</source>
        <translation>Du registrerte skjemaet første gang; andre registrering må gjøres av en annen.</translation>
    </message>
    <message>
        <source>This form has already been keyed twice (%1). Nothing was changed.</source>
        <translation>Dette skjemaet er allerede registrert to ganger (%1). Ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 was keyed with %2 items the first time; key all %2 (NA for a missing item), not %3.</source>
        <translation>%1 ble registrert med %2 punkter første gang; registrer alle %2 (NA for et manglende punkt), ikke %3.</translation>
    </message>
    <message>
        <source>Assessment %1 has no second entry; there is nothing to adjudicate.</source>
        <translation>Vurdering %1 har ingen andre registrering; det er ingenting å avgjøre.</translation>
    </message>
    <message>
        <source>You keyed one of the two entries of this form; a third person adjudicates the differences.</source>
        <translation>Du registrerte én av de to registreringene av skjemaet; en tredje person avgjør forskjellene.</translation>
    </message>
    <message>
        <source>The two entries of this form agree; there is nothing to adjudicate.</source>
        <translation>De to registreringene av skjemaet stemmer overens; det er ingenting å avgjøre.</translation>
    </message>
    <message>
        <source>The two entries agree on item %1; the items that differ are %2.</source>
        <translation>De to registreringene stemmer i punkt %1; punktene som er ulike, er %2.</translation>
    </message>
    <message>
        <source>Item %1 has already been adjudicated. Nothing was changed.</source>
        <translation>Punkt %1 er allerede avgjort. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Give the value of item %1 (the first entry has &quot;%2&quot;, the second &quot;%3&quot;).</source>
        <translation>Angi verdien for punkt %1 (første registrering har «%2», andre «%3»).</translation>
    </message>
    <message>
        <source>Double data entry, item %1 adjudicated: first entry &quot;%2&quot;, second entry &quot;%3&quot;.</source>
        <translation>Dobbeltregistrering, punkt %1 avgjort: første registrering «%2», andre registrering «%3».</translation>
    </message>
</context>
<context>
    <name>ElectronicSignatures</name>
    <message>
        <source>This act is signed electronically: type your own password to sign it. Nothing was saved.</source>
        <translation>Denne handlingen signeres elektronisk: skriv ditt eget passord for å signere. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Your signature was not accepted: %1 Nothing was saved.</source>
        <translation>Signaturen din ble ikke godtatt: %1 Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; does not exist.</source>
        <translation>Brukeren «%1» finnes ikke.</translation>
    </message>
    <message>
        <source>The signing key of &quot;%1&quot; could not be opened (%2). Sign out and in again; if that does not help, an administrator can reset the password, which gives a new key. Nothing was saved.</source>
        <translation>Signeringsnøkkelen til «%1» kunne ikke åpnes (%2). Logg ut og inn igjen; hjelper ikke det, kan en administrator tilbakestille passordet, som gir en ny nøkkel. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>No signing key was opened for this signature.</source>
        <translation>Ingen signeringsnøkkel ble åpnet for denne signaturen.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>gjennomgått</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>godkjent</translation>
    </message>
    <message>
        <source>takes responsibility</source>
        <translation>tar ansvar</translation>
    </message>
    <message>
        <source>author</source>
        <translation>forfatter</translation>
    </message>
    <message>
        <source>I have reviewed this safety alert, and my note says what was done.</source>
        <translation>Jeg har gjennomgått dette sikkerhetsvarselet, og notatet mitt sier hva som ble gjort.</translation>
    </message>
    <message>
        <source>I have reviewed this emergency unblinding and its reason.</source>
        <translation>Jeg har gjennomgått denne nødavblindingen og begrunnelsen for den.</translation>
    </message>
    <message>
        <source>I approve these randomization settings for the trial.</source>
        <translation>Jeg godkjenner disse randomiseringsinnstillingene for studien.</translation>
    </message>
    <message>
        <source>I approve this allocation list as the one the trial&apos;s allocations use.</source>
        <translation>Jeg godkjenner denne allokeringslisten som den studiens allokeringer bruker.</translation>
    </message>
    <message>
        <source>I approve this protocol amendment, with its reason and effective date.</source>
        <translation>Jeg godkjenner denne protokollendringen, med begrunnelse og ikrafttredelsesdato.</translation>
    </message>
    <message>
        <source>I sign this record (%1).</source>
        <translation>Jeg signerer denne posten (%1).</translation>
    </message>
    <message>
        <source>Signed electronically (%1), %2</source>
        <translation>Signert elektronisk (%1), %2</translation>
    </message>
    <message>
        <source>Signed electronically by %1 (%2), %3, %4</source>
        <translation>Signert elektronisk av %1 (%2), %3, %4</translation>
    </message>
    <message>
        <source>I unlock these data, and take responsibility for the changes made until they are locked again.</source>
        <translation>Jeg låser opp disse dataene og tar ansvar for endringene som gjøres til de låses igjen.</translation>
    </message>
    <message>
        <source>I lock these data for the analysis: no change is accepted until they are unlocked.</source>
        <translation>Jeg låser disse dataene for analysen: ingen endring godtas før de låses opp.</translation>
    </message>
</context>
<context>
    <name>EmergencyUnblinding</name>
    <message>
        <source>An emergency unblinding needs a reason of at least %1 characters; it goes to the audit trail and to the principal investigator.</source>
        <translation>En nødavblinding krever en begrunnelse på minst %1 tegn; den går til revisjonssporet og til prosjektlederen.</translation>
    </message>
    <message>
        <source>%1 is not randomized, so there is no arm to unblind.</source>
        <translation>%1 er ikke randomisert, så det finnes ingen arm å avblinde.</translation>
    </message>
    <message>
        <source>Emergency unblinding %1 does not exist.</source>
        <translation>Nødavblinding %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Emergency unblinding %1 has already been reviewed.</source>
        <translation>Nødavblinding %1 er allerede gjennomgått.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>The export needs a file name.</source>
        <translation>Eksporten trenger et filnavn.</translation>
    </message>
    <message>
        <source>%1 is a folder; an export is written to a file. Name a file in it.</source>
        <translation>%1 er en mappe; en eksport skrives til en fil. Oppgi en fil i den.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 is the trial file the export reads (or its journal); an export never writes over it. Choose another file name.</source>
        <translation>%1 er studiefilen eksporten leser (eller journalen dens); en eksport skriver aldri over den. Velg et annet filnavn.</translation>
    </message>
    <message>
        <source>%1 is a TrialDesk trial or backup; an export never writes over one, even when told to replace files. Choose another file name.</source>
        <translation>%1 er en TrialDesk-studie eller -sikkerhetskopi; en eksport skriver aldri over en slik, selv når den blir bedt om å erstatte filer. Velg et annet filnavn.</translation>
    </message>
    <message>
        <source>%1 is a database that cannot be read now, so it may be a trial; an export never writes over it. Choose another file name.</source>
        <translation>%1 er en database som ikke kan leses nå, så den kan være en studie; en eksport skriver aldri over den. Velg et annet filnavn.</translation>
    </message>
    <message>
        <source>%1 is a database&apos;s write-ahead log; an export never writes over one. Choose another file name.</source>
        <translation>%1 er en databases skrivelogg (WAL); en eksport skriver aldri over en slik. Velg et annet filnavn.</translation>
    </message>
    <message>
        <source>%1 cannot be read, so it may be a trial; an export never writes over it. Choose another file name.</source>
        <translation>%1 kan ikke leses, så den kan være en studie; en eksport skriver aldri over den. Velg et annet filnavn.</translation>
    </message>
    <message>
        <source>%1 belongs to the TrialDesk database %2; an export never writes over it. Choose another file name.</source>
        <translation>%1 hører til TrialDesk-databasen %2; en eksport skriver aldri over den. Velg et annet filnavn.</translation>
    </message>
    <message>
        <source>%1 already exists, and an export replaces a file only when told to (on the command line: --force). Nothing was written.</source>
        <translation>%1 finnes allerede, og en eksport erstatter en fil bare når den blir bedt om det (på kommandolinjen: --force). Ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>Cannot write the export file %1: %2</source>
        <translation>Kan ikke skrive eksportfilen %1: %2</translation>
    </message>
    <message>
        <source>The export file was not opened.</source>
        <translation>Eksportfilen ble ikke åpnet.</translation>
    </message>
    <message>
        <source>the data could not be written to the disk</source>
        <translation>dataene kunne ikke skrives til disken</translation>
    </message>
    <message>
        <source>its permissions could not be set</source>
        <translation>rettighetene kunne ikke settes</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-filer (*.%2)</translation>
    </message>
</context>
<context>
    <name>ExportLayout</name>
    <message>
        <source>total = sum of the %1 scored items (%2 to %3)</source>
        <translation>total = summen av de %1 skårede leddene (%2 til %3)</translation>
    </message>
    <message>
        <source>; with 1 to %1 scored items missing the total is prorated: round_half_up(sum x %2 / answered), marked prorated; more missing: not scorable (total empty)</source>
        <translation>; med 1 til %1 manglende skårede ledd prorateres totalen: round_half_up(sum x %2 / besvarte), merket prorated; flere manglende: ikke skårbar (tom total)</translation>
    </message>
    <message>
        <source>; every scored item is required (no proration): otherwise not scorable</source>
        <translation>; alle skårede ledd kreves (ingen proratering): ellers ikke skårbar</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>ingen total</translation>
    </message>
    <message>
        <source>%1 = %2 of items %3; at most %4 missing</source>
        <translation>%1 = %2 av leddene %3; høyst %4 manglende</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>gjennomsnitt</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>sum</translation>
    </message>
    <message>
        <source>bands: %1</source>
        <translation>alvorlighetsnivåer: %1</translation>
    </message>
    <message>
        <source>flag %1 when item %2 &gt; %3</source>
        <translation>flagg %1 når ledd %2 &gt; %3</translation>
    </message>
    <message>
        <source>Participant study id</source>
        <translation>Deltakerens studie-ID</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Senterkode</translation>
    </message>
    <message>
        <source>Allocated arm code</source>
        <translation>Kode for allokert arm</translation>
    </message>
    <message>
        <source>empty: not randomized</source>
        <translation>tom: ikke randomisert</translation>
    </message>
    <message>
        <source>Randomization stratum at allocation</source>
        <translation>Randomiseringsstratum ved allokering</translation>
    </message>
    <message>
        <source>Age at baseline (years)</source>
        <translation>Alder ved baseline (år)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <source>Years of education</source>
        <translation>Års utdanning</translation>
    </message>
    <message>
        <source>Duration of current episode (months)</source>
        <translation>Varighet av nåværende episode (måneder)</translation>
    </message>
    <message>
        <source>Scheduled visit code</source>
        <translation>Kode for planlagt besøk</translation>
    </message>
    <message>
        <source>empty: a session-by-session measure (see session_number)</source>
        <translation>tom: et mål fra time til time (se session_number)</translation>
    </message>
    <message>
        <source>Therapy session number</source>
        <translation>Terapitimenummer</translation>
    </message>
    <message>
        <source>Instrument id</source>
        <translation>Instrument-ID</translation>
    </message>
    <message>
        <source>(assessment date - randomization date) in days / 7, one decimal; negative before randomization</source>
        <translation>(vurderingsdato - randomiseringsdato) i dager / 7, én desimal; negativ før randomisering</translation>
    </message>
    <message>
        <source>Assessment date (ISO 8601)</source>
        <translation>Vurderingsdato (ISO 8601)</translation>
    </message>
    <message>
        <source>User name of the rater or data enterer</source>
        <translation>Brukernavnet til vurdereren eller den som registrerte</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>Vurderingsstatus</translation>
    </message>
    <message>
        <source>Why items or the assessment are missing</source>
        <translation>Hvorfor ledd eller vurderingen mangler</translation>
    </message>
    <message>
        <source>Raw value of item %1 of the row&apos;s instrument, as entered</source>
        <translation>Rå verdi av ledd %1 i radens instrument, slik den ble registrert</translation>
    </message>
    <message>
        <source>empty: item not answered, or the instrument has fewer items</source>
        <translation>tom: leddet er ikke besvart, eller instrumentet har færre ledd</translation>
    </message>
    <message>
        <source>Total score (see the instrument&apos;s scoring)</source>
        <translation>Totalskår (se instrumentets skåring)</translation>
    </message>
    <message>
        <source>empty: not scorable (too many items missing) or no total</source>
        <translation>tom: ikke skårbar (for mange manglende ledd) eller ingen total</translation>
    </message>
    <message>
        <source>Severity band of the total</source>
        <translation>Alvorlighetsnivå for totalen</translation>
    </message>
    <message>
        <source>Every scored item answered</source>
        <translation>Alle skårede ledd besvart</translation>
    </message>
    <message>
        <source>Total prorated for missing items</source>
        <translation>Totalen prorateres for manglende ledd</translation>
    </message>
    <message>
        <source>Safety flags raised, separated by ;</source>
        <translation>Sikkerhetsflagg som er reist, atskilt med ;</translation>
    </message>
    <message>
        <source>Subscale %1</source>
        <translation>Delskala %1</translation>
    </message>
    <message>
        <source>empty: not scorable or not part of the row&apos;s instrument</source>
        <translation>tom: ikke skårbar eller ikke del av radens instrument</translation>
    </message>
    <message>
        <source>Participant status</source>
        <translation>Deltakerstatus</translation>
    </message>
    <message>
        <source>Date of randomization (ISO 8601)</source>
        <translation>Randomiseringsdato (ISO 8601)</translation>
    </message>
    <message>
        <source>%1 severity band at %2</source>
        <translation>%1 alvorlighetsnivå ved %2</translation>
    </message>
    <message>
        <source>empty: not assessed or not scorable</source>
        <translation>tom: ikke vurdert eller ikke skårbar</translation>
    </message>
    <message>
        <source>%1 total at %2</source>
        <translation>%1 total ved %2</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 ved %3</translation>
    </message>
    <message>
        <source>empty (CSV), system-missing (SAV, DTA): not assessed; %1 (SAV user-missing) or .a (DTA): assessed but not scorable</source>
        <translation>tom (CSV), systemmanglende (SAV, DTA): ikke vurdert; %1 (brukerdefinert manglende i SAV) eller .a (DTA): vurdert, men ikke skårbar</translation>
    </message>
    <message>
        <source>User name of the therapist</source>
        <translation>Terapeutens brukernavn</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Timenummer</translation>
    </message>
    <message>
        <source>Session kind</source>
        <translation>Timetype</translation>
    </message>
    <message>
        <source>Session date (ISO 8601)</source>
        <translation>Timedato (ISO 8601)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Varighet i minutter</translation>
    </message>
    <message>
        <source>empty: not recorded</source>
        <translation>tom: ikke registrert</translation>
    </message>
    <message>
        <source>Where the allocation comes from</source>
        <translation>Hvor allokeringen kommer fra</translation>
    </message>
    <message>
        <source>Allocation list</source>
        <translation>Allokeringsliste</translation>
    </message>
    <message>
        <source>empty: minimization</source>
        <translation>tom: minimering</translation>
    </message>
    <message>
        <source>Randomization stratum</source>
        <translation>Randomiseringsstratum</translation>
    </message>
    <message>
        <source>Position in the stratum&apos;s sequence</source>
        <translation>Plass i stratumets rekkefølge</translation>
    </message>
    <message>
        <source>Block number within the stratum</source>
        <translation>Blokknummer innen stratumet</translation>
    </message>
    <message>
        <source>Length of the block</source>
        <translation>Blokkens lengde</translation>
    </message>
    <message>
        <source>empty: list entry not used yet</source>
        <translation>tom: listeplassen er ikke brukt ennå</translation>
    </message>
    <message>
        <source>Order of allocation in the trial</source>
        <translation>Allokeringens rekkefølge i studien</translation>
    </message>
    <message>
        <source>Time of allocation (UTC, ISO 8601)</source>
        <translation>Tidspunkt for allokering (UTC, ISO 8601)</translation>
    </message>
    <message>
        <source>User name of who randomized</source>
        <translation>Brukernavnet til den som randomiserte</translation>
    </message>
    <message>
        <source>Protocol version in force at screening</source>
        <translation>Protokollversjon som gjaldt ved screening</translation>
    </message>
    <message>
        <source>Protocol version in force at randomization</source>
        <translation>Protokollversjon som gjaldt ved randomisering</translation>
    </message>
    <message>
        <source>Entered outside its visit&apos;s window: the reason confirmed at entry</source>
        <translation>Registrert utenfor besøksvinduet: begrunnelsen som ble bekreftet ved registreringen</translation>
    </message>
    <message>
        <source>empty: within the window, or not a visit</source>
        <translation>tom: innenfor vinduet, eller ikke et besøk</translation>
    </message>
    <message>
        <source>empty: entered by unblinded staff, who are not named in a blinded data set</source>
        <translation>tom: registrert av ublindet personale, som ikke navngis i et blindet datasett</translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation>Elektronisk signatur</translation>
    </message>
    <message>
        <source>Kind of record signed</source>
        <translation>Hva slags post som er signert</translation>
    </message>
    <message>
        <source>The record&apos;s id (protocol_version: the version)</source>
        <translation>Postens id (protocol_version: versjonen)</translation>
    </message>
    <message>
        <source>Participant the record belongs to (alerts, unblindings)</source>
        <translation>Deltakeren posten gjelder (varsler, avblindinger)</translation>
    </message>
    <message>
        <source>What the signature means</source>
        <translation>Hva signaturen betyr</translation>
    </message>
    <message>
        <source>User name of the signer (empty when this data set may not name them)</source>
        <translation>Brukernavnet til den som signerte (tomt når dette datasettet ikke kan navngi vedkommende)</translation>
    </message>
    <message>
        <source>Printed name of the signer when signing</source>
        <translation>Fullt navn på den som signerte, da det ble signert</translation>
    </message>
    <message>
        <source>Role of the signer when signing (empty like signer)</source>
        <translation>Rollen til den som signerte, da det ble signert (tom som signer)</translation>
    </message>
    <message>
        <source>When it was signed (UTC, ISO 8601)</source>
        <translation>Når det ble signert (UTC, ISO 8601)</translation>
    </message>
    <message>
        <source>SHA-256 of the record as signed</source>
        <translation>SHA-256 av posten slik den ble signert</translation>
    </message>
    <message>
        <source>The signer&apos;s Ed25519 public key (hex)</source>
        <translation>Den offentlige Ed25519-nøkkelen til den som signerte (heks)</translation>
    </message>
    <message>
        <source>The Ed25519 signature (hex)</source>
        <translation>Ed25519-signaturen (heks)</translation>
    </message>
    <message>
        <source>items %1: the digit is the score and the letter (%2) records the direction of the change; a digit without a letter (legacy data, other systems&apos; exports) is accepted as the score with the direction not recorded</source>
        <translation>ledd %1: sifferet er skåren og bokstaven (%2) angir retningen på endringen; et siffer uten bokstav (eldre data, eksport fra andre systemer) godtas som skåren med retningen ikke registrert</translation>
    </message>
    <message>
        <source>Therapist, as a code (T and the user&apos;s number)</source>
        <translation>Terapeut, som kode (T og brukerens nummer)</translation>
    </message>
    <message>
        <source>empty: no therapist assigned</source>
        <translation>tom: ingen terapeut tildelt</translation>
    </message>
    <message>
        <source>%1 date at %2</source>
        <translation>Dato for %1 ved %2</translation>
    </message>
    <message>
        <source>%1 at %2: weeks since randomization</source>
        <translation>%1 ved %2: uker siden randomisering</translation>
    </message>
    <message>
        <source>empty: not assessed</source>
        <translation>tom: ikke vurdert</translation>
    </message>
    <message>
        <source>empty: not assessed or not randomized</source>
        <translation>tom: ikke vurdert eller ikke randomisert</translation>
    </message>
    <message>
        <source>Therapy sessions attended</source>
        <translation>Terapitimer møtt</translation>
    </message>
    <message>
        <source>Therapy sessions attended: booster sessions</source>
        <translation>Terapitimer møtt: boostertimer</translation>
    </message>
    <message>
        <source>Therapy sessions attended: regular sessions</source>
        <translation>Terapitimer møtt: ordinære timer</translation>
    </message>
    <message>
        <source>0: none attended; not in a blinded data set</source>
        <translation>0: ingen møtt; ikke med i et blindet datasett</translation>
    </message>
    <message>
        <source>%1 at therapy sessions: number of scored ratings</source>
        <translation>%1 ved terapitimer: antall skårede vurderinger</translation>
    </message>
    <message>
        <source>%1 at therapy sessions: first total</source>
        <translation>%1 ved terapitimer: første totalskår</translation>
    </message>
    <message>
        <source>%1 at therapy sessions: last total</source>
        <translation>%1 ved terapitimer: siste totalskår</translation>
    </message>
    <message>
        <source>%1 at therapy sessions: mean of the totals</source>
        <translation>%1 ved terapitimer: gjennomsnitt av totalskårene</translation>
    </message>
    <message>
        <source>0: no scored rating; not in a blinded data set</source>
        <translation>0: ingen skåret vurdering; ikke med i et blindet datasett</translation>
    </message>
    <message>
        <source>empty: no scored rating; not in a blinded data set</source>
        <translation>tom: ingen skåret vurdering; ikke med i et blindet datasett</translation>
    </message>
    <message>
        <source>items with decimals (places): %1; written with a decimal point</source>
        <translation>ledd med desimaler (antall): %1; skrevet med desimalpunktum</translation>
    </message>
    <message numerus="yes">
        <source>, at most %n decimal place(s), written with a decimal point</source>
        <translation>
            <numerusform>, høyst %n desimal, skrevet med desimalpunktum</numerusform>
            <numerusform>, høyst %n desimaler, skrevet med desimalpunktum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The allocation list is the arms: it has no blinded form. Export it without &quot;blinded&quot;.</source>
        <translation>Allokeringslisten er armene: den finnes ikke i blindet form. Eksporter den uten «blindet».</translation>
    </message>
    <message>
        <source>Therapy sessions follow the treatment arm, so a blinded data set has no sessions file. Export the sessions without &quot;blinded&quot;.</source>
        <translation>Terapitimene følger behandlingsarmen, så et blindet datasett har ingen timefil. Eksporter timene uten «blindet».</translation>
    </message>
    <message>
        <source>Every export is recorded in the trial&apos;s audit trail, which cannot be written now, so nothing was exported. %1</source>
        <translation>Hver eksport registreres i studiens revisjonsspor, som ikke kan skrives nå, så ingenting ble eksportert. %1</translation>
    </message>
</context>
<context>
    <name>ExportWriters</name>
    <message>
        <source>All files are language-neutral: UTF-8, RFC 4180 CSV, ISO 8601 dates (YYYY-MM-DD), a decimal point and no thousands separator, codes rather than translated labels. Removed records are not exported.</source>
        <translation>Alle filer er språknøytrale: UTF-8, RFC 4180-CSV, ISO 8601-datoer (ÅÅÅÅ-MM-DD), desimalpunktum og ingen tusenskilletegn, koder i stedet for oversatte betegnelser. Fjernede poster eksporteres ikke.</translation>
    </message>
    <message>
        <source>clinician-rated</source>
        <translation>klinikervurdert</translation>
    </message>
    <message>
        <source>self-report</source>
        <translation>selvrapport</translation>
    </message>
    <message>
        <source>Writing the export file failed: %1</source>
        <translation>Skriving av eksportfilen mislyktes: %1</translation>
    </message>
    <message>
        <source>not scorable</source>
        <translation>ikke skårbar</translation>
    </message>
    <message>
        <source>Writing the %1 file failed: %2</source>
        <translation>Skriving av %1-filen mislyktes: %2</translation>
    </message>
    <message>
        <source>This data set is blinded, so that nothing in it reveals a participant&apos;s arm. Removed: the arm; the therapy sessions file and every session-by-session measure (their number and dates follow the arm&apos;s treatment); therapist names and the names of other unblinded staff as raters (rater is empty for them), with the notes they wrote (missing and out-of-window reasons, correction reasons); the statuses that follow the treatment schedule (in treatment, completed and discontinued all read as randomized).</source>
        <translation>Dette datasettet er blindet, slik at ingenting i det avslører en deltakers arm. Fjernet: armen; timefilen og alle mål fra time til time (antall og datoer følger armens behandling); terapeutnavn og navn på annet ublindet personale som vurderere (vurderer er tom for dem), med notatene de skrev (begrunnelser for manglende verdier, for registrering utenfor tidsvinduet og for rettelser); statusene som følger behandlingsplanen (i behandling, fullført og avbrutt behandling vises alle som randomisert).</translation>
    </message>
    <message>
        <source>Made from the trial&apos;s audit trail up to row %1, SHA-256 %2, signed at %3 (UTC). `trialdesk-cli audit verify` on the trial shows whether that history is still there.</source>
        <translation>Laget fra studiens revisjonsspor til og med rad %1, SHA-256 %2, signert %3 (UTC). `trialdesk-cli audit verify` på studien viser om den historikken fortsatt er der.</translation>
    </message>
    <message>
        <source>The trial&apos;s data were locked for the analysis (lock %1, %2 UTC) at audit row %3, SHA-256 %4: no change was possible while these files were made.</source>
        <translation>Studiens data var låst for analysen (lås %1, %2 UTC) ved revisjonsrad %3, SHA-256 %4: ingen endring var mulig mens disse filene ble laget.</translation>
    </message>
    <message>
        <source>The trial&apos;s data were not locked when these files were made: they may still change.</source>
        <translation>Studiens data var ikke låst da disse filene ble laget: de kan fortsatt endres.</translation>
    </message>
</context>
<context>
    <name>FileCompaction</name>
    <message>
        <source>This database cannot tell how its file lies on disk.</source>
        <translation>Denne databasen kan ikke si hvordan filen ligger på disken.</translation>
    </message>
    <message>
        <source>The trial file cannot be compacted inside a change; finish it first.</source>
        <translation>Studiefilen kan ikke komprimeres midt i en endring; fullfør den først.</translation>
    </message>
    <message>
        <source>Compacting %1 needs %2 MB free in %3; there are %4 MB. Nothing was changed.</source>
        <translation>Komprimering av %1 trenger %2 MB ledig i %3; det er %4 MB. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Compacting %1 failed; the file is as it was. %2</source>
        <translation>Komprimering av %1 mislyktes; filen er som den var. %2</translation>
    </message>
    <message>
        <source>The trial %1 is on a database server, which reclaims the space of changed rows itself (autovacuum): there is nothing to compact. Nothing was changed.</source>
        <translation>Studien %1 ligger på en databaseserver, som selv tar tilbake plassen til endrede rader (autovacuum): det er ingenting å komprimere. Ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>Cannot create the file %1: %2</source>
        <translation>Kan ikke opprette filen %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; it was not replaced.</source>
        <translation>%1 finnes allerede; den ble ikke erstattet.</translation>
    </message>
    <message>
        <source>Cannot put the file in place as %1: %2</source>
        <translation>Kan ikke legge filen på plass som %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>assessments</source>
        <translation>vurderinger</translation>
    </message>
    <message>
        <source>dictionary fields</source>
        <translation>ordbokfelt</translation>
    </message>
    <message>
        <source>ODM forms</source>
        <translation>ODM-skjemaer</translation>
    </message>
    <message>
        <source>Unknown import.</source>
        <translation>Ukjent import.</translation>
    </message>
    <message>
        <source>REDCap forms</source>
        <translation>REDCap-skjemaer</translation>
    </message>
    <message>
        <source>The missing code &quot;%1&quot; is not a whole number; give whole numbers from -9999 to 9999 separated by commas, such as -1,99.</source>
        <translation>Manglende-koden «%1» er ikke et heltall; oppgi heltall fra -9999 til 9999 atskilt med komma, for eksempel -1,99.</translation>
    </message>
</context>
<context>
    <name>InstrumentCatalog</name>
    <message>
        <source>Unknown instrument &quot;%1&quot;. Known instruments: %2.</source>
        <translation>Ukjent instrument «%1». Kjente instrumenter: %2.</translation>
    </message>
    <message>
        <source>An instrument with the id &quot;%1&quot; already exists; choose another id.</source>
        <translation>Et instrument med ID-en «%1» finnes allerede; velg en annen ID.</translation>
    </message>
</context>
<context>
    <name>InstrumentDefinition</name>
    <message>
        <source>Instrument definition &quot;%1&quot; is not valid: %2</source>
        <translation>Instrumentdefinisjonen «%1» er ikke gyldig: %2</translation>
    </message>
    <message>
        <source>The instrument definition is not a JSON object: %1 at offset %2.</source>
        <translation>Instrumentdefinisjonen er ikke et JSON-objekt: %1 ved posisjon %2.</translation>
    </message>
    <message>
        <source>the id must be 1-32 lower-case letters, digits or &apos;_&apos;.</source>
        <translation>ID-en må være 1–32 små bokstaver, sifre eller «_».</translation>
    </message>
    <message>
        <source>it needs 1 to 200 items.</source>
        <translation>den trenger 1 til 200 ledd.</translation>
    </message>
    <message>
        <source>every item needs an id of its own.</source>
        <translation>hvert ledd trenger sin egen ID.</translation>
    </message>
    <message>
        <source>item %1 needs min &lt;= max within -999..999.</source>
        <translation>ledd %1 trenger min &lt;= max innenfor -999..999.</translation>
    </message>
    <message>
        <source>optional items must come last.</source>
        <translation>valgfrie ledd må komme sist.</translation>
    </message>
    <message>
        <source>max_missing must leave at least one answered item.</source>
        <translation>max_missing må la minst ett ledd være besvart.</translation>
    </message>
    <message>
        <source>subscale %1 names an unknown item.</source>
        <translation>delskala %1 viser til et ukjent ledd.</translation>
    </message>
    <message>
        <source>subscale %1 names an unknown recode table %2.</source>
        <translation>delskala %1 viser til en ukjent omkodingstabell %2.</translation>
    </message>
    <message>
        <source>every subscale needs an id and items.</source>
        <translation>hver delskala trenger en ID og ledd.</translation>
    </message>
    <message>
        <source>every band needs a key and min &lt;= max.</source>
        <translation>hvert alvorlighetsnivå trenger en nøkkel og min &lt;= max.</translation>
    </message>
    <message>
        <source>bands must ascend without overlapping.</source>
        <translation>alvorlighetsnivåene må stige uten å overlappe.</translation>
    </message>
    <message>
        <source>every flag needs a key and a known item.</source>
        <translation>hvert flagg trenger en nøkkel og et kjent ledd.</translation>
    </message>
    <message>
        <source>reliability must lie between 0 and 1.</source>
        <translation>reliabiliteten må ligge mellom 0 og 1.</translation>
    </message>
    <message>
        <source>item %1: the missing code %2 lies within the item&apos;s range %3..%4.</source>
        <translation>ledd %1: manglende-koden %2 ligger innenfor leddets område %3..%4.</translation>
    </message>
    <message>
        <source>item %1: its show_if &quot;%2&quot; cannot be evaluated: %3.</source>
        <translation>ledd %1: show_if «%2» kan ikke evalueres: %3.</translation>
    </message>
    <message>
        <source>item %1: decimals must be 0 to %2.</source>
        <translation>ledd %1: decimals må være 0 til %2.</translation>
    </message>
    <message numerus="yes">
        <source>item %1: min and max need at most %n decimal place(s).</source>
        <translation>
            <numerusform>ledd %1: min og max kan ha høyst %n desimal.</numerusform>
            <numerusform>ledd %1: min og max kan ha høyst %n desimaler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>item %1: a missing code needs at most %n decimal place(s).</source>
        <translation>
            <numerusform>ledd %1: en manglende-kode kan ha høyst %n desimal.</numerusform>
            <numerusform>ledd %1: en manglende-kode kan ha høyst %n desimaler.</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1: an item with decimals takes no letters and no answer choices.</source>
        <translation>ledd %1: et ledd med desimaler har ingen bokstaver og ingen svaralternativer.</translation>
    </message>
    <message>
        <source>subscale %1 recodes an item with decimals; recode tables are for whole-number items.</source>
        <translation>delskala %1 omkoder et ledd med desimaler; omkodingstabeller er for ledd med hele tall.</translation>
    </message>
    <message>
        <source>flag %1: above has more decimals than its item.</source>
        <translation>flagg %1: above har flere desimaler enn leddet.</translation>
    </message>
</context>
<context>
    <name>ItemInput</name>
    <message>
        <source>Item %1 of %2: write &quot;%3&quot; as one of the allowed answers: %4.</source>
        <translation>Ledd %1 i %2: skriv «%3» som et av de tillatte svarene: %4.</translation>
    </message>
    <message>
        <source>%1, or a digit alone: direction not recorded</source>
        <translation>%1, eller bare et siffer: retningen ikke registrert</translation>
    </message>
    <message>
        <source>Score %1, direction (%2) not recorded</source>
        <translation>Skår %1, retning (%2) ikke registrert</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2, at most %n decimal place(s)</source>
        <translation>
            <numerusform>%1–%2, høyst %n desimal</numerusform>
            <numerusform>%1–%2, høyst %n desimaler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>The user name or password does not open this encrypted trial.</source>
        <translation>Brukernavnet eller passordet åpner ikke denne krypterte studien.</translation>
    </message>
    <message>
        <source>An encrypted trial holds at most %1 key slots.</source>
        <translation>En kryptert studie har høyst %1 nøkkelplasser.</translation>
    </message>
    <message>
        <source>Could not derive a key from the password (out of memory).</source>
        <translation>Kunne ikke avlede en nøkkel fra passordet (tomt for minne).</translation>
    </message>
    <message>
        <source>This trial has a recovery key already; it is made only once.</source>
        <translation>Denne studien har allerede en gjenopprettingsnøkkel; den lages bare én gang.</translation>
    </message>
    <message>
        <source>Could not make a recovery key (out of memory).</source>
        <translation>Kunne ikke lage en gjenopprettingsnøkkel (tomt for minne).</translation>
    </message>
    <message>
        <source>This is not the trial&apos;s recovery key. Check the groups as printed (32 letters and digits).</source>
        <translation>Dette er ikke studiens gjenopprettingsnøkkel. Kontroller gruppene slik de ble skrevet ut (32 bokstaver og sifre).</translation>
    </message>
    <message>
        <source>The password does not open an allocation key slot of &quot;%1&quot;.</source>
        <translation>Passordet åpner ingen allokeringsnøkkelplass i «%1».</translation>
    </message>
</context>
<context>
    <name>LockHolder</name>
    <message>
        <source>process %1</source>
        <translation>prosess %1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (prosess %2)</translation>
    </message>
</context>
<context>
    <name>LockSettings</name>
    <message>
        <source>The lock time %1 is not allowed: choose from %2 to %3 minutes.</source>
        <translation>Låsetiden %1 er ikke tillatt: velg fra %2 til %3 minutter.</translation>
    </message>
    <message>
        <source>The trial has no protocol yet; set it up before the lock time.</source>
        <translation>Studien har ingen protokoll ennå; sett opp protokollen før låsetiden.</translation>
    </message>
</context>
<context>
    <name>LongCsvExport</name>
    <message>
        <source>Long CSV: one row per visit and instrument</source>
        <translation>Lang CSV: én rad per besøk og instrument</translation>
    </message>
</context>
<context>
    <name>LongStatFileExport</name>
    <message>
        <source>Stata long file with items (.dta)</source>
        <translation>Lang Stata-fil med punkter (.dta)</translation>
    </message>
    <message>
        <source>SPSS long file with items (.sav)</source>
        <translation>Lang SPSS-fil med punkter (.sav)</translation>
    </message>
    <message>
        <source>Participant study id</source>
        <translation>Deltakerens studie-ID</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Senter</translation>
    </message>
    <message>
        <source>Allocated arm</source>
        <translation>Allokert arm</translation>
    </message>
    <message>
        <source>system-missing: not randomized</source>
        <translation>systemmanglende: ikke randomisert</translation>
    </message>
    <message>
        <source>Randomization stratum at allocation</source>
        <translation>Randomiseringsstratum ved allokering</translation>
    </message>
    <message>
        <source>Age at baseline (years)</source>
        <translation>Alder ved baseline (år)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <source>Scheduled visit</source>
        <translation>Planlagt besøk</translation>
    </message>
    <message>
        <source>system-missing: a session-by-session measure (see session_number)</source>
        <translation>systemmanglende: et mål fra time til time (se session_number)</translation>
    </message>
    <message>
        <source>Therapy session number</source>
        <translation>Terapitimenummer</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Vurderingsdato</translation>
    </message>
    <message>
        <source>(assessment date - randomization date) in days / 7; negative before randomization</source>
        <translation>(vurderingsdato - randomiseringsdato) i dager / 7; negativ før randomisering</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>Vurderingsstatus</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>Total score of the row&apos;s instrument</source>
        <translation>Totalskår for radens instrument</translation>
    </message>
    <message>
        <source>system-missing: the instrument has no total; %1 (SAV user-missing) or .a (DTA): assessed but not scorable</source>
        <translation>systemmanglende: instrumentet har ingen totalskår; %1 (brukerdefinert manglende i SAV) eller .a (DTA): vurdert, men ikke skårbar</translation>
    </message>
    <message>
        <source>Severity band of the total</source>
        <translation>Alvorlighetsgrad for totalskåren</translation>
    </message>
    <message>
        <source>system-missing: no band, or not scorable</source>
        <translation>systemmanglende: ingen alvorlighetsgrad, eller ikke skårbar</translation>
    </message>
    <message>
        <source>%1 item %2: %3</source>
        <translation>%1 punkt %2: %3</translation>
    </message>
    <message>
        <source>system-missing: not answered, or a row of another instrument</source>
        <translation>systemmanglende: ikke besvart, eller en rad for et annet instrument</translation>
    </message>
    <message>
        <source>Writing the %1 file failed: %2</source>
        <translation>Skriving av %1-filen mislyktes: %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n decimal place(s)</source>
        <translation>
            <numerusform>, %n desimal</numerusform>
            <numerusform>, %n desimaler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This trial database has schema version %1, but this TrialDesk understands versions up to %2. Please update TrialDesk.</source>
        <translation>Denne studiedatabasen har skjemaversjon %1, men denne TrialDesk forstår versjoner opp til %2. Oppdater TrialDesk.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; nothing was changed. %2</source>
        <translation>Oppgraderingen av databasen til skjemaversjon %1 mislyktes; ingenting ble endret. %2</translation>
    </message>
</context>
<context>
    <name>Minimization</name>
    <message>
        <source>The base probability q = %1 is not allowed: use a value from 0.5 to 1 (0.8 is usual; 1 makes minimization deterministic).</source>
        <translation>Grunnsannsynligheten q = %1 er ikke tillatt: bruk en verdi fra 0,5 til 1 (0,8 er vanlig; 1 gjør minimeringen deterministisk).</translation>
    </message>
</context>
<context>
    <name>MissingAnswers</name>
    <message>
        <source>Item %1 of %2 is marked NA (missing).</source>
        <translation>Ledd %1 av %2 er merket NA (mangler).</translation>
    </message>
    <message>
        <source>Items %1 of %2 are marked NA (missing).</source>
        <translation>Ledd %1 av %2 er merket NA (mangler).</translation>
    </message>
    <message>
        <source>The total will be prorated from the %1 answered items of %2: %3, marked as prorated (%4 allows at most %5 missing).</source>
        <translation>Totalskåren blir beregnet forholdsmessig fra de %1 besvarte av %2 ledd: %3, merket som forholdsmessig beregnet (%4 tillater høyst %5 manglende).</translation>
    </message>
    <message>
        <source>%1 allows at most %2 missing items, so the assessment will be completed as not scorable: no total and no severity band, and it will not count in the change statistics.</source>
        <translation>%1 tillater høyst %2 manglende ledd, så vurderingen blir fullført som ikke skårbar: ingen totalskår og ingen alvorlighetsgrad, og den teller ikke i endringsstatistikken.</translation>
    </message>
    <message>
        <source>%1 needs every item for its total, so the assessment will be completed as not scorable: no total and no severity band, and it will not count in the change statistics.</source>
        <translation>%1 trenger alle ledd for totalskåren, så vurderingen blir fullført som ikke skårbar: ingen totalskår og ingen alvorlighetsgrad, og den teller ikke i endringsstatistikken.</translation>
    </message>
    <message>
        <source>The subscales are computed from the answered items.</source>
        <translation>Delskalaene beregnes fra de besvarte leddene.</translation>
    </message>
    <message>
        <source>Subscales missing too many items stay empty: %1.</source>
        <translation>Delskalaer som mangler for mange ledd, blir stående tomme: %1.</translation>
    </message>
    <message>
        <source>The total is taken over the %1 answered items of %2: %3 (%4 skips blank items, as REDCap&apos;s sum() and mean() do).</source>
        <translation>Totalskåren beregnes over de %1 besvarte leddene av %2: %3 (%4 hopper over tomme ledd, slik REDCaps sum() og mean() gjør).</translation>
    </message>
</context>
<context>
    <name>NewTrial</name>
    <message>
        <source>%1 already exists; a new trial is created in a new file, so choose another name.</source>
        <translation>%1 finnes allerede; en ny studie opprettes i en ny fil, så velg et annet navn.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2.</source>
        <translation>Kan ikke opprette en fil i %1: %2.</translation>
    </message>
    <message>
        <source>The new trial file was not closed cleanly; nothing was created.</source>
        <translation>Den nye studiefilen ble ikke lukket ordentlig; ingenting ble opprettet.</translation>
    </message>
    <message>
        <source>The trial could not be saved as %1 (does a file of that name exist now?); nothing was created.</source>
        <translation>Studien kunne ikke lagres som %1 (finnes det nå en fil med det navnet?); ingenting ble opprettet.</translation>
    </message>
    <message>
        <source>The database %1 already holds a trial; a new trial is created in a new or empty database, so name another.</source>
        <translation>Databasen %1 inneholder allerede en studie; en ny studie opprettes i en ny eller tom database, så oppgi en annen.</translation>
    </message>
</context>
<context>
    <name>NormRepository</name>
    <message>
        <source>The SD must be above 0 and the reliability between 0 and 1.</source>
        <translation>Standardavviket må være over 0 og reliabiliteten mellom 0 og 1.</translation>
    </message>
    <message>
        <source>The clinical and functional standard deviations must be above 0.</source>
        <translation>De kliniske og funksjonelle standardavvikene må være over 0.</translation>
    </message>
</context>
<context>
    <name>OdmExport</name>
    <message>
        <source>Reading the trial for the ODM export failed: %1</source>
        <translation>Lesing av studien for ODM-eksporten mislyktes: %1</translation>
    </message>
    <message>
        <source>Writing the export file failed: %1</source>
        <translation>Skriving av eksportfilen mislyktes: %1</translation>
    </message>
    <message>
        <source>CDISC ODM 1.3.2 XML</source>
        <translation>CDISC ODM 1.3.2 XML</translation>
    </message>
</context>
<context>
    <name>OdmImport</name>
    <message>
        <source>SubjectData has no SubjectKey (the participant&apos;s study id).</source>
        <translation>SubjectData har ingen SubjectKey (deltakerens studie-ID).</translation>
    </message>
    <message>
        <source>No participant has study id &quot;%1&quot;.</source>
        <translation>Ingen deltaker har studie-ID «%1».</translation>
    </message>
    <message>
        <source>Unknown visit &quot;%1&quot;; the trial&apos;s events are %2.</source>
        <translation>Ukjent besøk «%1»; studiens hendelser (events) er %2.</translation>
    </message>
    <message>
        <source>Session-by-session measures follow the arm&apos;s schedule: they cannot be imported by a user who may not see arms.</source>
        <translation>Mål fra time til time følger armens timeplan: de kan ikke importeres av en bruker som ikke har lov til å se armer.</translation>
    </message>
    <message>
        <source>A session&apos;s StudyEventRepeatKey must be its session number; &quot;%1&quot; is not.</source>
        <translation>StudyEventRepeatKey for en time må være timenummeret; «%1» er ikke det.</translation>
    </message>
    <message>
        <source>Participant %1 has no session number %2.</source>
        <translation>Deltaker %1 har ingen time med nummer %2.</translation>
    </message>
    <message>
        <source>Participant %1 has several sessions numbered %2: the measure cannot be placed.</source>
        <translation>Deltaker %1 har flere timer med nummer %2: målet kan ikke plasseres.</translation>
    </message>
    <message>
        <source>Item %1 is given twice in the same form.</source>
        <translation>Ledd %1 er oppgitt to ganger i samme skjema.</translation>
    </message>
    <message>
        <source>%1 is not an item of %2: its items are %3 to %4, besides %5, %6 and %7.</source>
        <translation>%1 er ikke et ledd i %2: leddene er %3 til %4, i tillegg til %5, %6 og %7.</translation>
    </message>
    <message>
        <source>The form has no assessment date (%1).</source>
        <translation>Skjemaet har ingen vurderingsdato (%1).</translation>
    </message>
    <message>
        <source>The assessment date &quot;%1&quot; must be a valid date (YYYY-MM-DD) no later than today.</source>
        <translation>Vurderingsdatoen «%1» må være en gyldig dato (ÅÅÅÅ-MM-DD), senest i dag.</translation>
    </message>
    <message>
        <source>The assessment status &quot;%1&quot; is not allowed: complete or draft.</source>
        <translation>Vurderingsstatusen «%1» er ikke tillatt: bruk complete eller draft.</translation>
    </message>
    <message>
        <source>Every item is missing: the form needs the reason (%1).</source>
        <translation>Alle ledd mangler: skjemaet trenger begrunnelsen (%1).</translation>
    </message>
    <message>
        <source>Unknown instrument &quot;%1&quot;; the trial&apos;s instruments are %2.</source>
        <translation>Ukjent instrument «%1»; studiens instrumenter er %2.</translation>
    </message>
    <message>
        <source>%1 at %2 for participant %3 is in the file twice (first on line %4).</source>
        <translation>%1 ved %2 for deltaker %3 står to ganger i filen (første gang på linje %4).</translation>
    </message>
    <message>
        <source>Participant %1 already has %2 at %3 in the trial; a correction is made in TrialDesk, with a reason.</source>
        <translation>Deltaker %1 har allerede %2 ved %3 i studien; en korrigering gjøres i TrialDesk, med en begrunnelse.</translation>
    </message>
    <message>
        <source>Cannot read the import file %1: %2</source>
        <translation>Kan ikke lese importfilen %1: %2</translation>
    </message>
    <message>
        <source>ODM file %1, line %2</source>
        <translation>ODM-fil %1, linje %2</translation>
    </message>
    <message>
        <source>TransactionType &quot;%1&quot; is not imported: only new forms are (Insert, or no TransactionType).</source>
        <translation>TransactionType «%1» importeres ikke: bare nye skjemaer importeres (Insert, eller ingen TransactionType).</translation>
    </message>
    <message>
        <source>This is not a CDISC ODM 1.3 file: the root element must be ODM in the namespace %1.</source>
        <translation>Dette er ikke en CDISC ODM 1.3-fil: rotelementet må være ODM i navnerommet %1.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (column %1): %2</source>
        <translation>Filen er ikke velformet XML (kolonne %1): %2</translation>
    </message>
    <message>
        <source>An item with IsNull=&quot;Yes&quot; cannot have a Value.</source>
        <translation>Et ledd med IsNull=&quot;Yes&quot; kan ikke ha en Value.</translation>
    </message>
    <message>
        <source>The file is not UTF-8: the first byte sequence that is not valid UTF-8 is on this line. Save the file as UTF-8 and import it again.</source>
        <translation>Filen er ikke UTF-8: den første bytesekvensen som ikke er gyldig UTF-8, står på denne linjen. Lagre filen som UTF-8 og importer den på nytt.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Unknown user &quot;%1&quot;: the rater must be a user of this trial.</source>
        <translation>Ukjent bruker «%1»: vurdereren må være bruker i denne studien.</translation>
    </message>
    <message>
        <source>The user %1 may not enter assessments.</source>
        <translation>Brukeren %1 kan ikke registrere vurderinger.</translation>
    </message>
    <message>
        <source>%1 at this visit is rated by a blinded assessor, as the protocol says; %2 is not one.</source>
        <translation>%1 ved dette besøket vurderes av en blindet vurderer, slik protokollen sier; %2 er ikke det.</translation>
    </message>
    <message>
        <source>REDCap&apos;s form status &quot;%1&quot; is not one of 0 (incomplete), 1 (unverified), 2 (complete).</source>
        <translation>REDCaps skjemastatus «%1» er ikke en av 0 (ufullstendig), 1 (ikke bekreftet), 2 (fullført).</translation>
    </message>
    <message>
        <source>The clinical data is of study &quot;%1&quot;, metadata version &quot;%2&quot;; this trial is study &quot;%3&quot;, metadata version &quot;%4&quot;. Data of another study is not imported.</source>
        <translation>De kliniske dataene er fra studie «%1», metadataversjon «%2»; denne studien er «%3», metadataversjon «%4». Data fra en annen studie importeres ikke.</translation>
    </message>
    <message>
        <source>The file holds no ClinicalData (metadata only?): there is nothing to import. Expected ClinicalData with StudyOID &quot;%1&quot; and MetaDataVersionOID &quot;%2&quot;, holding SubjectData (a participant&apos;s study id) with the forms of assessments.</source>
        <translation>Filen har ingen ClinicalData (bare metadata?): det er ingenting å importere. Ventet ClinicalData med StudyOID «%1» og MetaDataVersionOID «%2», med SubjectData (en deltakers studie-ID) med vurderingsskjemaer.</translation>
    </message>
    <message>
        <source>The file&apos;s ClinicalData holds no forms of assessments: there is nothing to import. Expected FormData of the trial&apos;s instruments (%1) in StudyEventData of its events (%2), or directly in SubjectData as REDCap writes them.</source>
        <translation>Filens ClinicalData har ingen vurderingsskjemaer: det er ingenting å importere. Ventet FormData for studiens instrumenter (%1) i StudyEventData for besøkene (%2), eller direkte i SubjectData slik REDCap skriver dem.</translation>
    </message>
    <message>
        <source>A form is given once per visit: FormRepeatKey &quot;%1&quot; (a repeated form) is not imported.</source>
        <translation>Et skjema gis én gang per besøk: FormRepeatKey «%1» (et gjentatt skjema) importeres ikke.</translation>
    </message>
    <message>
        <source>The file declares the encoding &quot;%1&quot;, which cannot be read here; save it as UTF-8 (or ISO-8859-1) and import it again.</source>
        <translation>Filen oppgir tegnkodingen «%1», som ikke kan leses her; lagre den som UTF-8 (eller ISO-8859-1) og importer den igjen.</translation>
    </message>
    <message>
        <source>The file is read in the encoding it declares, %1.</source>
        <translation>Filen leses i tegnkodingen den oppgir, %1.</translation>
    </message>
</context>
<context>
    <name>ParticipantFormat</name>
    <message>
        <source>week %1</source>
        <extracomment>A point in time on the participant&apos;s chart, e.g. &quot;week 8.3&quot; (since randomization).</extracomment>
        <translation>uke %1</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Møtt</translation>
    </message>
    <message>
        <source>Cancelled by the participant</source>
        <translation>Avlyst av deltakeren</translation>
    </message>
    <message>
        <source>Cancelled by the clinic</source>
        <translation>Avlyst av klinikken</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Møtte ikke</translation>
    </message>
    <message>
        <source>Booster</source>
        <translation>Oppfriskning</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Ordinær</translation>
    </message>
    <message>
        <source>Suicidality flag</source>
        <translation>Suicidalitetsflagg</translation>
    </message>
    <message>
        <source>Reliable deterioration</source>
        <translation>Reliabel forverring</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Fjernet: %1</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ikke utført</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Ikke utført: %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Complete, items missing: %1</source>
        <translation>Fullført, ledd mangler: %1</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inklusjon</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Eksklusjon</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>minst %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>høyst %1</translation>
    </message>
</context>
<context>
    <name>ParticipantRepository</name>
    <message>
        <source>The screening date must be a valid date no later than today.</source>
        <translation>Screeningdatoen må være en gyldig dato, senest i dag.</translation>
    </message>
    <message>
        <source>Site %1 does not exist.</source>
        <translation>Senter %1 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 cannot go from &quot;%2&quot; to &quot;%3&quot;. Allowed next: %4.</source>
        <translation>%1 kan ikke gå fra «%2» til «%3». Tillatt videre: %4.</translation>
    </message>
    <message>
        <source>A person who declines is recorded with &quot;declined&quot;, after the eligibility check; use inclusion criteria not met or other reasons here.</source>
        <translation>En person som takker nei, registreres med «takket nei» etter vurderingen av egnethet; bruk her inklusjonskriterier ikke oppfylt eller andre grunner.</translation>
    </message>
    <message>
        <source>An ineligible person needs a reason in the screening log.</source>
        <translation>En person som ikke er egnet, trenger en begrunnelse i screeningloggen.</translation>
    </message>
    <message>
        <source>Consent date %1 is not allowed: it must lie between the screening date (%2) and today.</source>
        <translation>Samtykkedato %1 er ikke tillatt: den må ligge mellom screeningdatoen (%2) og i dag.</translation>
    </message>
    <message>
        <source>Age %1 is not allowed: enter 16 to 110 years.</source>
        <translation>Alder %1 er ikke tillatt: oppgi 16 til 110 år.</translation>
    </message>
    <message>
        <source>Sex &quot;%1&quot; is not allowed: use female, male or other.</source>
        <translation>Kjønn «%1» er ikke tillatt: bruk female (kvinne), male (mann) eller other (annet).</translation>
    </message>
    <message>
        <source>Years of education %1 is not allowed: enter 0 to 30.</source>
        <translation>Utdanning %1 år er ikke tillatt: oppgi 0 til 30.</translation>
    </message>
    <message>
        <source>Episode duration %1 months is not allowed: enter 0 to 720.</source>
        <translation>Episodevarighet %1 måneder er ikke tillatt: oppgi 0 til 720.</translation>
    </message>
    <message>
        <source>User %1 is not an active therapist; only therapists can be assigned.</source>
        <translation>Bruker %1 er ikke en aktiv terapeut; bare terapeuter kan tildeles.</translation>
    </message>
    <message>
        <source>%1 is already randomized; a participant is randomized only once.</source>
        <translation>%1 er allerede randomisert; en deltaker randomiseres bare én gang.</translation>
    </message>
    <message>
        <source>Arm %1 does not exist.</source>
        <translation>Arm %1 finnes ikke.</translation>
    </message>
    <message>
        <source>A withdrawal needs a reason.</source>
        <translation>En tilbaketrekning krever en begrunnelse.</translation>
    </message>
    <message>
        <source>Loss to follow-up needs a reason (for the CONSORT diagram).</source>
        <translation>Frafall fra oppfølging krever en begrunnelse (til CONSORT-diagrammet).</translation>
    </message>
    <message>
        <source>This trial randomizes in TrialDesk, so an arm cannot be chosen by hand; use Randomize, which takes the next allocation.</source>
        <translation>Denne studien randomiserer i TrialDesk, så en arm kan ikke velges for hånd; bruk Randomiser, som tar neste allokering.</translation>
    </message>
    <message>
        <source>The therapist works at %1, not at %2, the site of %3.</source>
        <translation>Terapeuten arbeider ved %1, ikke ved %2, som er senteret til %3.</translation>
    </message>
    <message>
        <source>%1 already has a therapist; reassigning needs a reason.</source>
        <translation>%1 har allerede en terapeut; å tildele en ny terapeut krever en begrunnelse.</translation>
    </message>
    <message>
        <source>Discontinuing treatment needs a reason (for the CONSORT diagram).</source>
        <translation>Å avbryte behandlingen krever en begrunnelse (til CONSORT-diagrammet).</translation>
    </message>
    <message>
        <source>Going from &quot;%1&quot; to &quot;%2&quot; needs a reason.</source>
        <translation>Å gå fra «%1» til «%2» krever en begrunnelse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reached by its own step (screening, consent or randomization), not by a status change.</source>
        <translation>«%1» nås gjennom et eget steg (screening, samtykke eller randomisering), ikke ved en statusendring.</translation>
    </message>
</context>
<context>
    <name>ParticipantSummaryPrint</name>
    <message>
        <source>Participant %1</source>
        <translation>Deltaker %1</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>Skrevet ut %1.</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagram: %1</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Assessments and scores</source>
        <translation>Vurderinger og skårer</translation>
    </message>
    <message>
        <source>Therapy sessions</source>
        <translation>Terapitimer</translation>
    </message>
    <message>
        <source>Safety alerts</source>
        <translation>Sikkerhetsvarsler</translation>
    </message>
    <message>
        <source>No safety alerts.</source>
        <translation>Ingen sikkerhetsvarsler.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password is too short: it has %1 characters and at least %2 are required.</source>
        <translation>Passordet er for kort: det har %1 tegn, og minst %2 kreves.</translation>
    </message>
    <message>
        <source>The password contains the user name &quot;%1&quot;; choose one that does not.</source>
        <translation>Passordet inneholder brukernavnet «%1»; velg et passord uten brukernavnet.</translation>
    </message>
    <message>
        <source>The password is one of the 10,000 most common passwords; choose one that is harder to guess.</source>
        <translation>Passordet er blant de 10 000 vanligste passordene; velg et som er vanskeligere å gjette.</translation>
    </message>
    <message>
        <source>At least %1 characters, without the user name, and not a common password.</source>
        <translation>Minst %1 tegn, uten brukernavnet, og ikke et vanlig passord.</translation>
    </message>
</context>
<context>
    <name>PermutedBlocks</name>
    <message>
        <source>Randomization needs at least two arms with ratio weights; the trial has %1.</source>
        <translation>Randomisering krever minst to armer med fordelingsvekter; studien har %1.</translation>
    </message>
    <message>
        <source>Ratio weight %1 is not allowed: use whole numbers from 1 to 100.</source>
        <translation>Fordelingsvekt %1 er ikke tillatt: bruk heltall fra 1 til 100.</translation>
    </message>
    <message>
        <source>Permuted blocks need at least one block length: multiples of %1 (the sum of the ratio %2), e.g. %3.</source>
        <translation>Permuterte blokker trenger minst én blokklengde: multipler av %1 (summen av fordelingen %2), f.eks. %3.</translation>
    </message>
    <message>
        <source>Block length %1 is not allowed for the ratio %2: every block length must be a multiple of %3 (e.g. %4), at most %5.</source>
        <translation>Blokklengde %1 er ikke tillatt for fordelingen %2: hver blokklengde må være en multippel av %3 (f.eks. %4), høyst %5.</translation>
    </message>
    <message>
        <source>Block length %1 is listed twice; list each allowed length once.</source>
        <translation>Blokklengde %1 er oppført to ganger; før opp hver tillatte lengde én gang.</translation>
    </message>
</context>
<context>
    <name>ProtocolDiff</name>
    <message>
        <source>%1 added</source>
        <translation>%1 lagt til</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 fjernet</translation>
    </message>
    <message>
        <source>order %1 -&gt; %2</source>
        <translation>rekkefølge %1 -&gt; %2</translation>
    </message>
    <message>
        <source>definition changed</source>
        <translation>definisjonen er endret</translation>
    </message>
    <message>
        <source>an amendment may add or extend, but not remove anything once participants are randomized</source>
        <translation>en protokollendring kan legge til eller utvide, men ikke fjerne noe når deltakere er randomisert</translation>
    </message>
    <message>
        <source>arms, their ratios and session plans cannot change once participants are randomized</source>
        <translation>armer, deres forholdstall og timeplaner kan ikke endres når deltakere er randomisert</translation>
    </message>
    <message>
        <source>stratification cannot change once participants are randomized</source>
        <translation>stratifiseringen kan ikke endres når deltakere er randomisert</translation>
    </message>
    <message>
        <source>a covariate added by an amendment cannot be required for randomization: people already screened have no value</source>
        <translation>en kovariat som legges til ved en protokollendring kan ikke kreves for randomisering: personer som allerede er screenet, har ingen verdi</translation>
    </message>
    <message>
        <source>the primary outcome cannot change once participants are randomized</source>
        <translation>det primære utfallsmålet kan ikke endres når deltakere er randomisert</translation>
    </message>
    <message>
        <source>who sees comparative outcomes is fixed once participants are randomized</source>
        <translation>hvem som ser sammenlignende utfall, ligger fast når deltakere er randomisert</translation>
    </message>
    <message>
        <source>an amendment may extend this, not shorten it</source>
        <translation>en protokollendring kan utvide dette, ikke forkorte det</translation>
    </message>
    <message>
        <source>stored values depend on this, so an amendment may not change it</source>
        <translation>lagrede verdier avhenger av dette, så en protokollendring kan ikke endre det</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>studie</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tittel</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>akronym</translation>
    </message>
    <message>
        <source>target sample size</source>
        <translation>planlagt utvalgsstørrelse</translation>
    </message>
    <message>
        <source>start of recruitment</source>
        <translation>rekrutteringsstart</translation>
    </message>
    <message>
        <source>end of recruitment</source>
        <translation>rekrutteringsslutt</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>senter %1</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sentre</translation>
    </message>
    <message>
        <source>arm %1</source>
        <translation>arm %1</translation>
    </message>
    <message>
        <source>arms</source>
        <translation>armer</translation>
    </message>
    <message>
        <source>covariate %1</source>
        <translation>kovariat %1</translation>
    </message>
    <message>
        <source>covariates</source>
        <translation>kovariater</translation>
    </message>
    <message>
        <source>eligibility criterion %1</source>
        <translation>egnethetskriterium %1</translation>
    </message>
    <message>
        <source>eligibility criteria</source>
        <translation>egnethetskriterier</translation>
    </message>
    <message>
        <source>stratification factor %1</source>
        <translation>stratifiseringsfaktor %1</translation>
    </message>
    <message>
        <source>stratification factors</source>
        <translation>stratifiseringsfaktorer</translation>
    </message>
    <message>
        <source>visit %1</source>
        <translation>besøk %1</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>besøk</translation>
    </message>
    <message>
        <source>instrument %1</source>
        <translation>instrument %1</translation>
    </message>
    <message>
        <source>instruments</source>
        <translation>instrumenter</translation>
    </message>
    <message>
        <source>session measure %1</source>
        <translation>timemål %1</translation>
    </message>
    <message>
        <source>session measures</source>
        <translation>timemål</translation>
    </message>
    <message>
        <source>choice %1</source>
        <translation>valg %1</translation>
    </message>
    <message>
        <source>choices</source>
        <translation>valg</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etikett</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>forholdstall</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>farge</translation>
    </message>
    <message>
        <source>weeks of treatment</source>
        <translation>behandlingsuker</translation>
    </message>
    <message>
        <source>session plan</source>
        <translation>timeplan</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>lowest value</source>
        <translation>laveste verdi</translation>
    </message>
    <message>
        <source>highest value</source>
        <translation>høyeste verdi</translation>
    </message>
    <message>
        <source>required for randomization</source>
        <translation>påkrevd for randomisering</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>art</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kilde</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>besøk</translation>
    </message>
    <message>
        <source>cut points</source>
        <translation>skjæringspunkter</translation>
    </message>
    <message>
        <source>week</source>
        <translation>uke</translation>
    </message>
    <message>
        <source>window (days)</source>
        <translation>vindu (dager)</translation>
    </message>
    <message>
        <source>before randomization</source>
        <translation>før randomisering</translation>
    </message>
    <message>
        <source>rater</source>
        <translation>vurderer</translation>
    </message>
    <message>
        <source>primary outcome</source>
        <translation>primært utfallsmål</translation>
    </message>
    <message>
        <source>who sees comparative outcomes</source>
        <translation>hvem som ser sammenlignende utfall</translation>
    </message>
    <message>
        <source>instrument definition %1</source>
        <translation>instrumentdefinisjon %1</translation>
    </message>
    <message>
        <source>instrument definitions</source>
        <translation>instrumentdefinisjoner</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>whether monitors see arms is fixed once participants are randomized</source>
        <translation>om monitorer ser behandlingsarm, ligger fast når deltakere er randomisert</translation>
    </message>
    <message>
        <source>double data entry</source>
        <translation>dobbeltregistrering</translation>
    </message>
    <message>
        <source>monitors see arms</source>
        <translation>monitorer ser behandlingsarm</translation>
    </message>
    <message>
        <source>edit checks</source>
        <translation>valideringsregler</translation>
    </message>
</context>
<context>
    <name>ProtocolFile</name>
    <message>
        <source>%1 found; an object {...} is expected</source>
        <translation>fant %1; et objekt {...} forventes</translation>
    </message>
    <message>
        <source>unknown key; allowed here: %1</source>
        <translation>ukjent nøkkel; tillatt her: %1</translation>
    </message>
    <message>
        <source>missing; this key is required</source>
        <translation>mangler; denne nøkkelen er påkrevd</translation>
    </message>
    <message>
        <source>%1 found; a list [...] is expected</source>
        <translation>fant %1; en liste [...] forventes</translation>
    </message>
    <message>
        <source>%1 found; a text in quotes is expected</source>
        <translation>fant %1; en tekst i anførselstegn forventes</translation>
    </message>
    <message>
        <source>%1 found; a number is expected</source>
        <translation>fant %1; et tall forventes</translation>
    </message>
    <message>
        <source>%1 is not allowed; a whole number is expected</source>
        <translation>%1 er ikke tillatt; et heltall forventes</translation>
    </message>
    <message>
        <source>%1 found; true or false is expected</source>
        <translation>fant %1; true eller false forventes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write dates as YYYY-MM-DD</source>
        <translation>«%1» er ikke en dato; skriv datoer som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>%1 found; a text, or {&quot;en&quot;: ..., &quot;nb&quot;: ...}, is expected</source>
        <translation>fant %1; en tekst, eller {&quot;en&quot;: ..., &quot;nb&quot;: ...}, forventes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; a session kind is regular or booster</source>
        <translation>«%1» er ikke tillatt; en timetype er regular eller booster</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; a covariate type is integer, number, choice, date or text</source>
        <translation>«%1» er ikke tillatt; en kovariattype er integer, number, choice, date eller text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; a criterion is inclusion or exclusion</source>
        <translation>«%1» er ikke tillatt; et kriterium er inclusion eller exclusion</translation>
    </message>
    <message>
        <source>not allowed with source &quot;%1&quot;</source>
        <translation>ikke tillatt med source «%1»</translation>
    </message>
    <message>
        <source>missing; source &quot;%1&quot; needs it</source>
        <translation>mangler; source «%1» trenger den</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; a source is site, covariate or severity</source>
        <translation>«%1» er ikke tillatt; source er site, covariate eller severity</translation>
    </message>
    <message>
        <source>an empty list is not allowed; leave arms out for a visit of every arm</source>
        <translation>en tom liste er ikke tillatt; utelat arms for et besøk i alle armer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; a rater is self_report, clinician or blinded_clinician</source>
        <translation>«%1» er ikke tillatt; rater er self_report, clinician eller blinded_clinician</translation>
    </message>
    <message>
        <source>this is not a TrialDesk protocol; format is &quot;trialdesk-protocol&quot;</source>
        <translation>dette er ikke en TrialDesk-protokoll; format er «trialdesk-protocol»</translation>
    </message>
    <message>
        <source>format version %1 is not known; this TrialDesk reads version %2</source>
        <translation>formatversjon %1 er ukjent; denne TrialDesk leser versjon %2</translation>
    </message>
    <message>
        <source>%1 found; an instrument definition {...} is expected</source>
        <translation>fant %1; en instrumentdefinisjon {...} forventes</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Filen er ikke gyldig JSON: %1 på linje %2, kolonne %3.</translation>
    </message>
    <message>
        <source>The file holds no JSON object; a protocol is one object {...}.</source>
        <translation>Filen inneholder ikke et JSON-objekt; en protokoll er ett objekt {...}.</translation>
    </message>
    <message>
        <source>The protocol file %1 cannot be read: %2.</source>
        <translation>Protokollfilen %1 kan ikke leses: %2.</translation>
    </message>
    <message>
        <source>The protocol file %1 is larger than 16 MB; a protocol is far smaller. Is this the right file?</source>
        <translation>Protokollfilen %1 er større enn 16 MB; en protokoll er langt mindre. Er dette riktig fil?</translation>
    </message>
</context>
<context>
    <name>ProtocolRepository</name>
    <message>
        <source>This database holds no trial yet.</source>
        <translation>Denne databasen har ingen studie ennå.</translation>
    </message>
    <message>
        <source>Site code %1 is already in use.</source>
        <translation>Senterkode %1 er allerede i bruk.</translation>
    </message>
    <message>
        <source>Arm code %1 is already in use.</source>
        <translation>Armkode %1 er allerede i bruk.</translation>
    </message>
    <message>
        <source>%1 cannot change after the first allocation; %2 participants are already randomized.</source>
        <translation>%1 kan ikke endres etter første allokering; %2 deltakere er allerede randomisert.</translation>
    </message>
    <message>
        <source>The arms</source>
        <translation>Armene</translation>
    </message>
    <message>
        <source>The stratification factors</source>
        <translation>Stratifiseringsfaktorene</translation>
    </message>
    <message>
        <source>Protocol created</source>
        <translation>Protokoll opprettet</translation>
    </message>
    <message>
        <source>a covariate factor names a covariate and its cut points</source>
        <translation>en kovariatfaktor oppgir en kovariat og dens skjæringspunkter</translation>
    </message>
    <message>
        <source>This trial file already holds a protocol; change it with an update or an amendment instead.</source>
        <translation>Denne studiefilen har allerede en protokoll; endre den med en oppdatering eller en protokollendring i stedet.</translation>
    </message>
    <message>
        <source>Nothing to change: this is the protocol in force (version %1).</source>
        <translation>Ingenting å endre: dette er protokollen som gjelder (versjon %1).</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) are randomized, so this change is an amendment, and an amendment may not make it:</source>
        <translation>
            <numerusform>%n deltaker er randomisert, så dette er en protokollendring, og en protokollendring kan ikke gjøre følgende:</numerusform>
            <numerusform>%n deltakere er randomisert, så dette er en protokollendring, og en protokollendring kan ikke gjøre følgende:</numerusform>
        </translation>
    </message>
    <message>
        <source>An amendment needs a reason for the audit trail and the protocol history.</source>
        <translation>En protokollendring trenger en begrunnelse for revisjonssporet og protokollhistorikken.</translation>
    </message>
    <message>
        <source>An amendment needs an effective date on or after %1, the date version %2 took effect.</source>
        <translation>En protokollendring trenger en ikrafttredelsesdato på eller etter %1, datoen versjon %2 trådte i kraft.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in this part of the protocol.</source>
        <translation>«%1» finnes ikke i denne delen av protokollen.</translation>
    </message>
    <message>
        <source>The new order must name every element of the list once: %1.</source>
        <translation>Den nye rekkefølgen må nevne hvert element i listen én gang: %1.</translation>
    </message>
    <message>
        <source>Protocol as set up before protocol versions</source>
        <translation>Protokollen slik den var satt opp før protokollversjoner</translation>
    </message>
    <message>
        <source>Participants were randomized while the change was prepared, so it is now an amendment, which is signed: try again.</source>
        <translation>Deltakere ble randomisert mens endringen ble forberedt, så den er nå en protokollendring, som signeres: prøv igjen.</translation>
    </message>
</context>
<context>
    <name>ProtocolRules</name>
    <message>
        <source>a text is needed in English and in Norwegian (&quot;en&quot; and &quot;nb&quot;), or one text for both</source>
        <translation>en tekst trengs på engelsk og på norsk («en» og «nb»), eller én tekst for begge</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; each code in %2 is unique</source>
        <translation>«%1» er brukt to ganger; hver kode i %2 er unik</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; a code is 1 to 32 letters A-Z or a-z, digits or _</source>
        <translation>«%1» er ikke tillatt; en kode er 1 til 32 bokstaver A-Z eller a-z, sifre eller _</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; a code is 1 to 32 lower-case letters a-z, digits or _</source>
        <translation>«%1» er ikke tillatt; en kode er 1 til 32 små bokstaver a-z, sifre eller _</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s).</source>
        <translation>
            <numerusform>... og %n problem til.</numerusform>
            <numerusform>... og %n problemer til.</numerusform>
        </translation>
    </message>
    <message>
        <source>an acronym of 1 to 20 characters is needed</source>
        <translation>et akronym på 1 til 20 tegn trengs</translation>
    </message>
    <message>
        <source>%1 is not allowed; the target sample size is a whole number from 1 to 1,000,000</source>
        <translation>%1 er ikke tillatt; planlagt utvalgsstørrelse er et heltall fra 1 til 1 000 000</translation>
    </message>
    <message>
        <source>%1 is before recruitment_start %2; recruitment ends on or after the day it starts</source>
        <translation>%1 er før recruitment_start %2; rekrutteringen slutter samme dag som den starter eller senere</translation>
    </message>
    <message>
        <source>%1 is not allowed; a ratio is a whole number from 1 to 20</source>
        <translation>%1 er ikke tillatt; et forholdstall er et heltall fra 1 til 20</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; a colour is written #rrggbb, e.g. #1f77b4</source>
        <translation>«%1» er ikke tillatt; en farge skrives #rrggbb, f.eks. #1f77b4</translation>
    </message>
    <message>
        <source>%1 is not allowed; the treatment lasts 1 to 520 weeks</source>
        <translation>%1 er ikke tillatt; behandlingen varer 1 til 520 uker</translation>
    </message>
    <message>
        <source>%1 is not allowed; a run of sessions has 1 to 500 sessions</source>
        <translation>%1 er ikke tillatt; en timeserie har 1 til 500 timer</translation>
    </message>
    <message>
        <source>%1 is not allowed; sessions are 1 to 52 weeks apart</source>
        <translation>%1 er ikke tillatt; timene ligger 1 til 52 uker fra hverandre</translation>
    </message>
    <message>
        <source>%1 weeks do not cover the planned sessions, which take %2 weeks; treatment_weeks covers every planned session</source>
        <translation>%1 uker dekker ikke de planlagte timene, som tar %2 uker; treatment_weeks dekker alle planlagte timer</translation>
    </message>
    <message>
        <source>min and max are allowed only on integer and number covariates</source>
        <translation>min og max er bare tillatt på kovariater av typen integer og number</translation>
    </message>
    <message>
        <source>an integer covariate has a whole-number minimum</source>
        <translation>en heltallskovariat har et heltall som minimum</translation>
    </message>
    <message>
        <source>an integer covariate has a whole-number maximum</source>
        <translation>en heltallskovariat har et heltall som maksimum</translation>
    </message>
    <message>
        <source>%1 is below min %2; max is at least min</source>
        <translation>%1 er under min %2; max er minst min</translation>
    </message>
    <message>
        <source>a choice covariate has at least two choices</source>
        <translation>en valgkovariat har minst to valg</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; each choice code is unique</source>
        <translation>«%1» er brukt to ganger; hver valgkode er unik</translation>
    </message>
    <message>
        <source>choices are allowed only on a choice covariate</source>
        <translation>choices er bare tillatt på en valgkovariat</translation>
    </message>
    <message>
        <source>%1 is not allowed; a visit is -52 to 520 weeks from randomization</source>
        <translation>%1 er ikke tillatt; et besøk ligger -52 til 520 uker fra randomiseringen</translation>
    </message>
    <message>
        <source>%1 is not allowed; a visit window is 0 to 365 days</source>
        <translation>%1 er ikke tillatt; et besøksvindu er 0 til 365 dager</translation>
    </message>
    <message>
        <source>only a baseline visit (week 0 or earlier) comes before randomization</source>
        <translation>bare et baselinebesøk (uke 0 eller tidligere) kommer før randomiseringen</translation>
    </message>
    <message>
        <source>a visit gives at least one instrument</source>
        <translation>et besøk gir minst ett instrument</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice at this visit; give each instrument once</source>
        <translation>«%1» gis to ganger ved dette besøket; gi hvert instrument én gang</translation>
    </message>
    <message>
        <source>%1 does not ascend; cut points ascend, each above the one before</source>
        <translation>%1 er ikke stigende; skjæringspunktene stiger, hvert over det forrige</translation>
    </message>
    <message>
        <source>a site factor takes no covariate, instrument or cut points</source>
        <translation>en senterfaktor tar ingen kovariat, instrument eller skjæringspunkter</translation>
    </message>
    <message>
        <source>a severity factor needs at least one cut point</source>
        <translation>en alvorlighetsfaktor trenger minst ett skjæringspunkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already an instrument; give the trial&apos;s own instrument another id</source>
        <translation>«%1» er allerede et instrument; gi studiens eget instrument en annen id</translation>
    </message>
    <message>
        <source>unknown instrument &quot;%1&quot;; use a built-in instrument (%2) or define it in instruments</source>
        <translation>ukjent instrument «%1»; bruk et innebygd instrument (%2) eller definer det i instruments</translation>
    </message>
    <message>
        <source>a trial has at least one site</source>
        <translation>en studie har minst ett senter</translation>
    </message>
    <message numerus="yes">
        <source>%n arm(s) given; a randomized trial has two or more arms</source>
        <translation>
            <numerusform>%n arm oppgitt; en randomisert studie har to eller flere armer</numerusform>
            <numerusform>%n armer oppgitt; en randomisert studie har to eller flere armer</numerusform>
        </translation>
    </message>
    <message>
        <source>name at least one arm</source>
        <translation>oppgi minst én arm</translation>
    </message>
    <message>
        <source>unknown arm &quot;%1&quot;; the arms are those in arms</source>
        <translation>ukjent arm «%1»; armene er de som står i arms</translation>
    </message>
    <message>
        <source>arm &quot;%1&quot; is named twice</source>
        <translation>arm «%1» er nevnt to ganger</translation>
    </message>
    <message>
        <source>only one visit (the baseline) comes before randomization</source>
        <translation>bare ett besøk (baseline) kommer før randomiseringen</translation>
    </message>
    <message>
        <source>the baseline comes before the arm is known, so it cannot be limited to arms</source>
        <translation>baseline kommer før armen er kjent, så det kan ikke begrenses til armer</translation>
    </message>
    <message>
        <source>unknown covariate &quot;%1&quot;; name a covariate from covariates</source>
        <translation>ukjent kovariat «%1»; oppgi en kovariat fra covariates</translation>
    </message>
    <message>
        <source>a choice covariate is stratified by its choices, without cut points</source>
        <translation>en valgkovariat stratifiseres etter valgene sine, uten skjæringspunkter</translation>
    </message>
    <message>
        <source>a numeric covariate needs at least one cut point</source>
        <translation>en numerisk kovariat trenger minst ett skjæringspunkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 covariate; stratify by a numeric or choice covariate</source>
        <translation>«%1» er en kovariat av typen %2; stratifiser etter en numerisk kovariat eller en valgkovariat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not required_for_randomization; a stratification covariate must be known before randomization</source>
        <translation>«%1» er ikke required_for_randomization; en stratifiseringskovariat må være kjent før randomiseringen</translation>
    </message>
    <message>
        <source>unknown time point &quot;%1&quot;; name a visit from schedule</source>
        <translation>ukjent tidspunkt «%1»; oppgi et besøk fra schedule</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not before randomization; severity is cut at the baseline</source>
        <translation>«%1» er ikke før randomiseringen; alvorlighetsgraden deles ved baseline</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not given at &quot;%2&quot;; schedule it there to stratify by it</source>
        <translation>«%1» gis ikke ved «%2»; planlegg det der for å stratifisere etter det</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; list each session measure once with all its arms</source>
        <translation>«%1» står to ganger; før opp hvert timemål én gang med alle armene sine</translation>
    </message>
    <message>
        <source>name the primary instrument</source>
        <translation>oppgi primærinstrumentet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not given at &quot;%2&quot;; the primary outcome is scheduled there</source>
        <translation>«%1» gis ikke ved «%2»; det primære utfallsmålet er planlagt der</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a visit of arm %2; the primary outcome is measured in every arm</source>
        <translation>«%1» er ikke et besøk i arm %2; det primære utfallsmålet måles i alle armer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; choose from %2</source>
        <translation>«%1» er ikke tillatt; velg blant %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is named twice</source>
        <translation>«%1» er nevnt to ganger</translation>
    </message>
    <message>
        <source>%1 has items 1 to %2; item %3 does not exist</source>
        <translation>%1 har punktene 1 til %2; punkt %3 finnes ikke</translation>
    </message>
    <message>
        <source>an edit check gives min, max or both</source>
        <translation>en valideringsregel angir min, max eller begge</translation>
    </message>
    <message>
        <source>min is above max</source>
        <translation>min er over max</translation>
    </message>
</context>
<context>
    <name>ProtocolSummary</name>
    <message>
        <source>not set</source>
        <translation>ikke angitt</translation>
    </message>
    <message>
        <source>Target sample size: %1</source>
        <translation>Planlagt utvalgsstørrelse: %1</translation>
    </message>
    <message>
        <source>Recruitment: %1 to %2</source>
        <translation>Rekruttering: %1 til %2</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sentre</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2: ratio %3, %4 weeks of treatment; %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2: forholdstall %3, %4 ukers behandling; %5</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Armer</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>fra %1 til %2</translation>
    </message>
    <message>
        <source>required for randomization</source>
        <translation>kreves for randomisering</translation>
    </message>
    <message>
        <source>Covariates</source>
        <translation>Kovariater</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>Kriterier for deltakelse</translation>
    </message>
    <message>
        <source>before randomization</source>
        <translation>før randomisering</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <source>Visit schedule</source>
        <translation>Besøksplan</translation>
    </message>
    <message>
        <source>%1 at every session of %2</source>
        <translation>%1 ved hver time i %2</translation>
    </message>
    <message>
        <source>Session measures</source>
        <translation>Mål ved hver time</translation>
    </message>
    <message>
        <source>Stratification</source>
        <translation>Stratifisering</translation>
    </message>
    <message>
        <source>Primary outcome</source>
        <translation>Primært utfallsmål</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>ikke valgt</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 ved %2</translation>
    </message>
    <message>
        <source>Outcomes compared between arms</source>
        <translation>Utfall sammenlignet mellom armer</translation>
    </message>
    <message>
        <source>no one before the database is locked</source>
        <translation>ingen før databasen er låst</translation>
    </message>
    <message>
        <source>seen by %1</source>
        <translation>sett av %1</translation>
    </message>
    <message>
        <source>by site</source>
        <translation>etter senter</translation>
    </message>
    <message>
        <source>covariate %1, by its choices</source>
        <translation>kovariat %1, etter valgene</translation>
    </message>
    <message>
        <source>covariate %1, cut at %2</source>
        <translation>kovariat %1, delt ved %2</translation>
    </message>
    <message>
        <source>%1 total at %2, cut at %3</source>
        <translation>%1 totalskår ved %2, delt ved %3</translation>
    </message>
    <message>
        <source>none (one stratum)</source>
        <translation>ingen (ett stratum)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; – %2: week %3, window ± %Ln day(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; – %2: uke %3, vindu ± %Ln dag</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; – %2: uke %3, vindu ± %Ln dager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtocolTemplates</name>
    <message>
        <source>MOP: CBT and psychodynamic therapy 1:1, two sites</source>
        <translation>MOP: KAT og psykodynamisk terapi 1:1, to sentre</translation>
    </message>
    <message>
        <source>DIT pilot: DIT, LIT and CBT 3:2:1, four sites</source>
        <translation>DIT-pilot: DIT, LIT og KAT 3:2:1, fire sentre</translation>
    </message>
    <message>
        <source>There is no protocol template &quot;%1&quot;; the templates are %2.</source>
        <translation>Det finnes ingen protokollmal «%1»; malene er %2.</translation>
    </message>
    <message>
        <source>The protocol template %1 is missing from this build.</source>
        <translation>Protokollmalen %1 mangler i denne byggingen.</translation>
    </message>
</context>
<context>
    <name>ProtocolTexts</name>
    <message>
        <source>Self-report</source>
        <translation>Selvrapport</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Kliniker</translation>
    </message>
    <message>
        <source>Blinded clinician</source>
        <translation>Blindet kliniker</translation>
    </message>
    <message>
        <source>Booster sessions</source>
        <translation>Oppfriskningstimer</translation>
    </message>
    <message>
        <source>Regular sessions</source>
        <translation>Ordinære timer</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Heltall</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Desimaltall</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Valg</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Fritekst</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Eksklusjon</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inklusjon</translation>
    </message>
    <message>
        <source>Statistician</source>
        <translation>Statistiker</translation>
    </message>
    <message>
        <source>Principal investigator</source>
        <translation>Prosjektleder</translation>
    </message>
    <message>
        <source>Data monitoring committee (DMC)</source>
        <translation>Datamonitoreringskomité (DMC)</translation>
    </message>
    <message>
        <source>every arm</source>
        <translation>alle armer</translation>
    </message>
    <message>
        <source>no planned sessions</source>
        <translation>ingen planlagte timer</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Senter</translation>
    </message>
    <message>
        <source>Covariate</source>
        <translation>Kovariat</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message numerus="yes">
        <source>%Ln booster session(s)</source>
        <translation>
            <numerusform>%Ln oppfriskningstime</numerusform>
            <numerusform>%Ln oppfriskningstimer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln regular session(s)</source>
        <translation>
            <numerusform>%Ln ordinær time</numerusform>
            <numerusform>%Ln ordinære timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %Ln week(s)</source>
        <translation>
            <numerusform>hver uke</numerusform>
            <numerusform>hver %Ln. uke</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtocolWriter</name>
    <message>
        <source>Row %1 of %2 has gone.</source>
        <translation>Rad %1 i %2 er borte.</translation>
    </message>
    <message>
        <source>site %1 has %2 participants and cannot be removed</source>
        <translation>senter %1 har %2 deltakere og kan ikke fjernes</translation>
    </message>
    <message>
        <source>arm %1 is in the generated allocation list (%2 entries); the statistician&apos;s list must be replaced first</source>
        <translation>arm %1 er i den genererte allokeringslisten (%2 oppføringer); statistikerens liste må erstattes først</translation>
    </message>
    <message>
        <source>arm %1 has %2 participants and cannot be removed</source>
        <translation>arm %1 har %2 deltakere og kan ikke fjernes</translation>
    </message>
    <message>
        <source>visit %1 has %2 assessments and cannot be removed</source>
        <translation>besøk %1 har %2 vurderinger og kan ikke fjernes</translation>
    </message>
    <message>
        <source>schedule[%1].instruments: %2 has assessments at visit %3 and cannot be taken off it</source>
        <translation>schedule[%1].instruments: %2 har vurderinger ved besøk %3 og kan ikke tas bort derfra</translation>
    </message>
    <message>
        <source>the statistician&apos;s randomization setup uses factor %1 (%2); it must be taken out there first</source>
        <translation>statistikerens randomiseringsoppsett bruker faktor %1 (%2); den må tas ut der først</translation>
    </message>
    <message>
        <source>instruments: %1 has %2 assessments, so its definition cannot change; add a new instrument with another id</source>
        <translation>instruments: %1 har %2 vurderinger, så definisjonen kan ikke endres; legg til et nytt instrument med en annen id</translation>
    </message>
    <message>
        <source>instruments: %1 has %2 assessments and cannot be removed</source>
        <translation>instruments: %1 har %2 vurderinger og kan ikke fjernes</translation>
    </message>
    <message>
        <source>arm %1 may be in the generated allocation list (sealed, %2 entries); the statistician&apos;s list must be replaced first</source>
        <translation>arm %1 kan være med i den genererte allokeringslisten (forseglet, %2 oppføringer); statistikerens liste må erstattes først</translation>
    </message>
</context>
<context>
    <name>RandomizationReplay</name>
    <message>
        <source>allocation list %1: %2</source>
        <translation>allokeringsliste %1: %2</translation>
    </message>
    <message>
        <source>unknown algorithm &quot;%1&quot;</source>
        <translation>ukjent algoritme «%1»</translation>
    </message>
    <message>
        <source>the SHA-256 of the list as generated does not match the recorded one</source>
        <translation>SHA-256 for listen slik den genereres, stemmer ikke med den registrerte</translation>
    </message>
    <message>
        <source>its recorded settings cannot be read</source>
        <translation>de registrerte innstillingene kan ikke leses</translation>
    </message>
    <message>
        <source>stratum %1, position %2 differs from the list its seed generates</source>
        <translation>stratum %1, posisjon %2 avviker fra listen som frøet genererer</translation>
    </message>
    <message>
        <source>the participant&apos;s recorded arm differs from the allocation</source>
        <translation>deltakerens registrerte arm avviker fra allokeringen</translation>
    </message>
    <message>
        <source>no allocation list entry is recorded</source>
        <translation>ingen allokering fra listen er registrert</translation>
    </message>
    <message>
        <source>it did not take the next entry (%1) of stratum %2; it took %3 of %4</source>
        <translation>den tok ikke neste plass (%1) i stratum %2; den tok %3 av %4</translation>
    </message>
    <message>
        <source>its arm differs from the list entry it took</source>
        <translation>armen avviker fra plassen i listen den tok</translation>
    </message>
    <message>
        <source>its minimization record is missing or unreadable</source>
        <translation>minimeringsposten mangler eller kan ikke leses</translation>
    </message>
    <message>
        <source>the factor levels in its record differ from its stored levels</source>
        <translation>faktornivåene i posten avviker fra de lagrede nivåene</translation>
    </message>
    <message>
        <source>its stored counts do not follow from the allocations before it</source>
        <translation>de lagrede tellingene følger ikke av allokeringene før den</translation>
    </message>
    <message>
        <source>its imbalance scores do not match the recomputed ones</source>
        <translation>ubalanseskårene stemmer ikke med de nyberegnede</translation>
    </message>
    <message>
        <source>its preferred arm does not match the recomputed one</source>
        <translation>den foretrukne armen stemmer ikke med den nyberegnede</translation>
    </message>
    <message>
        <source>its probabilities do not match the recomputed ones</source>
        <translation>sannsynlighetene stemmer ikke med de nyberegnede</translation>
    </message>
    <message>
        <source>its arm does not match the arm recomputed from its draw</source>
        <translation>armen stemmer ikke med armen som beregnes fra trekningen</translation>
    </message>
    <message>
        <source>Replaying the randomization</source>
        <translation>Kjører randomiseringen på nytt</translation>
    </message>
    <message>
        <source>the SHA-256 of the sealed list as generated does not match the recorded one</source>
        <translation>SHA-256 for den forseglede listen slik den ble generert, stemmer ikke med den registrerte</translation>
    </message>
</context>
<context>
    <name>RandomizationRules</name>
    <message>
        <source>Minimization needs at least one factor (e.g. site or baseline severity) from the protocol&apos;s stratification factors.</source>
        <translation>Minimering trenger minst én faktor (f.eks. senter eller alvorlighet ved baseline) blant protokollens stratifiseringsfaktorer.</translation>
    </message>
    <message>
        <source>Stratification factor %1 does not exist; choose one of the protocol&apos;s factors.</source>
        <translation>Stratifiseringsfaktor %1 finnes ikke; velg en av protokollens faktorer.</translation>
    </message>
    <message>
        <source>Factor %1 is chosen twice; choose each factor once.</source>
        <translation>Faktor %1 er valgt to ganger; velg hver faktor én gang.</translation>
    </message>
    <message>
        <source>Weight %1 of factor %2 is not allowed: use a number above 0 and at most %3.</source>
        <translation>Vekt %1 for faktor %2 er ikke tillatt: bruk et tall over 0 og høyst %3.</translation>
    </message>
    <message>
        <source>Factor %1 uses the covariate &quot;%2&quot;, which is not a numeric baseline covariate; allowed: %3.</source>
        <translation>Faktor %1 bruker kovariaten «%2», som ikke er en numerisk baselinekovariat; tillatt: %3.</translation>
    </message>
    <message>
        <source>These factors make more than %1 strata; choose fewer factors or fewer levels.</source>
        <translation>Disse faktorene gir mer enn %1 strata; velg færre faktorer eller færre nivåer.</translation>
    </message>
</context>
<context>
    <name>RandomizationSettingsRepository</name>
    <message>
        <source>The stored randomization method &quot;%1&quot; is unknown.</source>
        <translation>Den lagrede randomiseringsmetoden «%1» er ukjent.</translation>
    </message>
    <message>
        <source>The randomization settings cannot change after the first allocation; %1 participants are already allocated.</source>
        <translation>Randomiseringsinnstillingene kan ikke endres etter første allokering; %1 deltakere er allerede allokert.</translation>
    </message>
    <message>
        <source>Changing the randomization settings needs a reason for the audit trail.</source>
        <translation>Å endre randomiseringsinnstillingene krever en begrunnelse i revisjonssporet.</translation>
    </message>
</context>
<context>
    <name>Randomizer</name>
    <message>
        <source>This trial has no randomization settings yet; the statistician sets the method before the first allocation.</source>
        <translation>Denne studien har ingen randomiseringsinnstillinger ennå; statistikeren angir metoden før første allokering.</translation>
    </message>
    <message>
        <source>No allocation list has been generated yet; the statistician generates it before the first allocation.</source>
        <translation>Ingen allokeringsliste er generert ennå; statistikeren genererer den før første allokering.</translation>
    </message>
    <message>
        <source>The allocation list was generated for other randomization settings or arms; the statistician must generate a new one.</source>
        <translation>Allokeringslisten ble generert for andre randomiseringsinnstillinger eller armer; statistikeren må generere en ny.</translation>
    </message>
    <message>
        <source>%1 is already randomized; a participant is randomized only once.</source>
        <translation>%1 er allerede randomisert; en deltaker randomiseres bare én gang.</translation>
    </message>
    <message>
        <source>%1 cannot be randomized: only consented participants who are not yet randomized can be, and %1 is &quot;%2&quot;.</source>
        <translation>%1 kan ikke randomiseres: bare deltakere som har samtykket og ikke er randomisert, kan randomiseres, og %1 er «%2».</translation>
    </message>
    <message>
        <source>%1 has not been randomized in TrialDesk.</source>
        <translation>%1 er ikke randomisert i TrialDesk.</translation>
    </message>
    <message>
        <source>%1 cannot be randomized: the protocol requires these covariates first, and they are not recorded: %2.</source>
        <translation>%1 kan ikke randomiseres: protokollen krever disse kovariatene først, og de er ikke registrert: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be randomized: the protocol puts these assessments before randomization, and they are not complete (or recorded as missing): %2.</source>
        <translation>%1 kan ikke randomiseres: protokollen legger disse vurderingene før randomiseringen, og de er ikke fullført (eller registrert som manglende): %2.</translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <source>%1 works at %2 and may not work with participants of site %3.</source>
        <translation>%1 arbeider ved %2 og har ikke lov til å arbeide med deltakere ved senter %3.</translation>
    </message>
    <message>
        <source>%1 belongs to site %2; %3 works at %4 only.</source>
        <translation>%1 tilhører senter %2; %3 arbeider bare ved %4.</translation>
    </message>
    <message>
        <source>The participant was not found among those you may see.</source>
        <translation>Deltakeren ble ikke funnet blant dem du har tilgang til.</translation>
    </message>
    <message>
        <source>No participant with study id %1 is among those you may see.</source>
        <translation>Ingen deltaker med studie-ID %1 finnes blant dem du har tilgang til.</translation>
    </message>
</context>
<context>
    <name>RedcapDataImport</name>
    <message>
        <source>the column appears twice in the header</source>
        <translation>kolonnen forekommer to ganger i overskriftsraden</translation>
    </message>
    <message>
        <source>the header is one column, &quot;%1&quot;: a REDCap records export has the record id, then the fields by name, separated by commas</source>
        <translation>overskriftsraden er én kolonne, «%1»: en REDCap-eksport av poster har post-ID-en først, deretter feltene etter navn, skilt med komma</translation>
    </message>
    <message>
        <source>the file holds some items of %1 but not %2: export every field of the form</source>
        <translation>filen inneholder noen punkter fra %1, men ikke %2: eksporter alle feltene i skjemaet</translation>
    </message>
    <message>
        <source>the date field %1 is not a column of the file</source>
        <translation>datofeltet %1 er ikke en kolonne i filen</translation>
    </message>
    <message>
        <source>no column of the file is an item of the trial&apos;s instruments (%1): an instrument imported from a REDCap dictionary is read by its field names, a built-in one as phq9_1, phq9_2 ...; export the raw data with variable names</source>
        <translation>ingen kolonne i filen er et punkt i studiens instrumenter (%1): et instrument importert fra en REDCap-dataordbok leses etter feltnavnene sine, et innebygd etter navn som phq9_1, phq9_2 ...; eksporter rådataene med variabelnavn</translation>
    </message>
    <message>
        <source>no column gives the assessments&apos; dates: name it with --date-field (columns that look like dates: %1)</source>
        <translation>ingen kolonne gir datoene for vurderingene: oppgi den med --date-field (kolonner som ser ut som datoer: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>the file has no redcap_event_name (a classic project): name the visit of its records with --visit (the protocol&apos;s visits are %1)</source>
        <translation>filen har ingen redcap_event_name (et klassisk prosjekt): oppgi besøket for postene med --visit (protokollens besøk er %1)</translation>
    </message>
    <message>
        <source>unknown visit &quot;%1&quot;; the protocol&apos;s visits are %2</source>
        <translation>ukjent besøk «%1»; protokollens besøk er %2</translation>
    </message>
    <message>
        <source>Record ids are read from %1, the first column.</source>
        <translation>Post-ID-er leses fra %1, den første kolonnen.</translation>
    </message>
    <message>
        <source>Instruments read: %1.</source>
        <translation>Instrumenter som leses: %1.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>og %1 til</translation>
    </message>
    <message>
        <source>Columns not read (no item of the trial&apos;s instruments): %1.</source>
        <translation>Kolonner som ikke leses (ingen punkter i studiens instrumenter): %1.</translation>
    </message>
    <message>
        <source>the record id is empty</source>
        <translation>post-ID-en er tom</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; is no visit of the protocol: map it to one (%2) or to skip, with --events or a mapping file (this applies to every row of the event)</source>
        <translation>hendelsen «%1» er ikke et besøk i protokollen: tilordne den til et besøk (%2) eller til skip (hopp over) med --events eller en tilordningsfil (dette gjelder alle radene i hendelsen)</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; is mapped to &quot;%2&quot;, which is no visit of the protocol (%3)</source>
        <translation>hendelsen «%1» er tilordnet «%2», som ikke er et besøk i protokollen (%3)</translation>
    </message>
    <message>
        <source>a repeating instrument or event (%1, instance %2) is not imported: each visit holds one assessment of an instrument</source>
        <translation>et gjentatt instrument eller en gjentatt hendelse (%1, instans %2) importeres ikke: hvert besøk har én vurdering per instrument</translation>
    </message>
    <message>
        <source>the record %1 is no participant you reach: map it to a study id (or to skip) with --records or a mapping file (this applies to every row of the record)</source>
        <translation>posten %1 er ikke en deltaker du har tilgang til: tilordne den til en studie-ID (eller til skip, hopp over) med --records eller en tilordningsfil (dette gjelder alle radene i posten)</translation>
    </message>
    <message>
        <source>the record %1 is mapped to %2, who is no participant you reach</source>
        <translation>posten %1 er tilordnet %2, som ikke er en deltaker du har tilgang til</translation>
    </message>
    <message>
        <source>%1 is filled in, but the row has no date in %2</source>
        <translation>%1 er fylt ut, men raden har ingen dato i %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a REDCap form status (0 incomplete, 1 unverified, 2 complete)</source>
        <translation>«%1» er ikke en REDCap-skjemastatus (0 ufullstendig, 1 ikke bekreftet, 2 fullført)</translation>
    </message>
    <message>
        <source>the file is empty; it needs the header of a REDCap records export and its rows</source>
        <translation>filen er tom; den trenger overskriftsraden fra en REDCap-eksport av poster og radene</translation>
    </message>
    <message>
        <source>the file has a header but no rows: there is nothing to import</source>
        <translation>filen har overskriftsrad, men ingen rader: det er ingenting å importere</translation>
    </message>
    <message>
        <source>Events as visits: %1.</source>
        <translation>Hendelser som besøk: %1.</translation>
    </message>
    <message>
        <source>A classic project: every record&apos;s forms are of the visit %1.</source>
        <translation>Et klassisk prosjekt: alle skjemaene i hver post hører til besøket %1.</translation>
    </message>
    <message>
        <source>Rows left out as the mapping asks: %1.</source>
        <translation>Rader utelatt slik tilordningen ber om: %1.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Kan ikke lese tilordningen %1: %2</translation>
    </message>
    <message>
        <source>The mapping %1 %2; it is a JSON object of records, events, visit, date_fields and rater (what --check proposes).</source>
        <translation>Tilordningen %1 %2; den er et JSON-objekt med records, events, visit, date_fields og rater (det --check foreslår).</translation>
    </message>
    <message>
        <source>is not JSON (%1 at byte %2)</source>
        <translation>er ikke JSON (%1 ved byte %2)</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>er ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>has the unknown key &quot;%1&quot;</source>
        <translation>har den ukjente nøkkelen «%1»</translation>
    </message>
    <message>
        <source>has a &quot;%1&quot; that is not an object</source>
        <translation>har en «%1» som ikke er et objekt</translation>
    </message>
    <message>
        <source>maps &quot;%1&quot; to something other than text</source>
        <translation>tilordner «%1» til noe annet enn tekst</translation>
    </message>
    <message>
        <source>has date_fields that are not a list</source>
        <translation>har date_fields som ikke er en liste</translation>
    </message>
</context>
<context>
    <name>RedcapDictionary</name>
    <message>
        <source>the file is empty; it needs the header of a REDCap data dictionary and one row per field</source>
        <translation>filen er tom; den trenger overskriftsraden fra en REDCap-dataordbok og én rad per felt</translation>
    </message>
    <message>
        <source>the dictionary has no fields</source>
        <translation>ordboken har ingen felt</translation>
    </message>
    <message>
        <source>the column is missing: this is not a REDCap data dictionary (it needs the 18 columns of Project Setup &gt; Data Dictionary)</source>
        <translation>kolonnen mangler: dette er ikke en REDCap-dataordbok (den trenger de 18 kolonnene fra Project Setup &gt; Data Dictionary)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a REDCap field name (lower-case letters, digits and _, starting with a letter)</source>
        <translation>«%1» er ikke et REDCap-feltnavn (små bokstaver, sifre og _, og begynner med en bokstav)</translation>
    </message>
    <message>
        <source>the field name is used before, on line %1</source>
        <translation>feltnavnet er brukt tidligere, på linje %1</translation>
    </message>
    <message>
        <source>the field has no form name</source>
        <translation>feltet har ikke noe skjemanavn</translation>
    </message>
    <message>
        <source>the item %1 appears twice in the form</source>
        <translation>leddet %1 forekommer to ganger i skjemaet</translation>
    </message>
    <message>
        <source>%1 needs a Text Validation Min and Max that are whole numbers from -999 to 999 (min &lt;= max) to become an item; found &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>%1 trenger Text Validation Min og Max som er heltall fra -999 til 999 (min &lt;= max) for å bli et ledd; fant «%2» og «%3»</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Sant</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Usant</translation>
    </message>
    <message>
        <source>the checkbox field has no choices</source>
        <translation>avkrysningsfeltet har ingen valg</translation>
    </message>
    <message>
        <source>Unchecked</source>
        <translation>Ikke avkrysset</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Avkrysset</translation>
    </message>
    <message>
        <source>a text field with %1 validation</source>
        <translation>et tekstfelt med %1-validering</translation>
    </message>
    <message>
        <source>a slider</source>
        <translation>en glidebryter</translation>
    </message>
    <message>
        <source>a file upload field cannot be part of an instrument</source>
        <translation>et filopplastingsfelt kan ikke være del av et instrument</translation>
    </message>
    <message>
        <source>a dynamic SQL field cannot be part of an instrument</source>
        <translation>et dynamisk SQL-felt kan ikke være del av et instrument</translation>
    </message>
    <message>
        <source>the field type &quot;%1&quot; is not one TrialDesk can represent (radio, dropdown, yesno, truefalse, checkbox, text, notes, slider, calc, descriptive)</source>
        <translation>felttypen «%1» er ikke en type som TrialDesk kan representere (radio, dropdown, yesno, truefalse, checkbox, text, notes, slider, calc, descriptive)</translation>
    </message>
    <message>
        <source>form %1: %2; the line holds &quot;%3&quot;</source>
        <translation>skjema %1: %2; linjen inneholder «%3»</translation>
    </message>
    <message>
        <source>form %1 is skipped: %2</source>
        <translation>skjema %1 hoppes over: %2</translation>
    </message>
    <message>
        <source>its name cannot be an instrument id (1-32 lower-case letters, digits or _, starting with a letter); rename the form</source>
        <translation>navnet kan ikke være en instrument-ID (1–32 små bokstaver, sifre eller _, med en bokstav først); gi skjemaet nytt navn</translation>
    </message>
    <message>
        <source>the choices of a %1 field need whole-number codes (&quot;0, Never | 1, Sometimes&quot;)</source>
        <translation>valgene i et %1-felt trenger heltallskoder («0, Aldri | 1, Noen ganger»)</translation>
    </message>
    <message>
        <source>a signature field cannot be part of an instrument</source>
        <translation>et signaturfelt kan ikke være del av et instrument</translation>
    </message>
    <message>
        <source>the calculation scores %1, a text field without integer or number validation and a min and max: it is kept as metadata, not as the total</source>
        <translation>beregningen skårer %1, et tekstfelt uten heltalls- eller tallvalidering med min og maks: den beholdes som metadata, ikke som totalskår</translation>
    </message>
    <message>
        <source>it has no field that can be an item (radio, dropdown, yesno, truefalse, checkbox, slider or text with integer or number validation and a range)</source>
        <translation>det har ikke noe felt som kan være et ledd (radio, dropdown, yesno, truefalse, checkbox, slider eller tekst med heltalls- eller tallvalidering og et område)</translation>
    </message>
    <message>
        <source>it has %1 items; an instrument has at most 200</source>
        <translation>det har %1 ledd; et instrument har høyst 200</translation>
    </message>
    <message>
        <source>as asked</source>
        <translation>som bedt om</translation>
    </message>
    <message>
        <source>from the @DIRECTION action tag on line %1</source>
        <translation>fra handlingsmerket @DIRECTION på linje %1</translation>
    </message>
    <message>
        <source>direction assumed: higher is worse (no --direction for the form, no @DIRECTION action tag)</source>
        <translation>retning antatt: høyere er verre (ingen --direction for skjemaet, ikke noe @DIRECTION-merke)</translation>
    </message>
    <message>
        <source>direction: higher is better (%1)</source>
        <translation>retning: høyere er bedre (%1)</translation>
    </message>
    <message>
        <source>direction: higher is worse (%1)</source>
        <translation>retning: høyere er verre (%1)</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>ingen totalskår</translation>
    </message>
    <message>
        <source>total: the sum of %1 items (field %2)</source>
        <translation>totalskår: summen av %1 ledd (felt %2)</translation>
    </message>
    <message>
        <source>the dictionary has no form &quot;%1&quot;; its forms are %2</source>
        <translation>ordboken har ikke noe skjema «%1»; skjemaene er %2</translation>
    </message>
    <message>
        <source>the missing code &quot;%1&quot; is not a whole number (items hold whole numbers)</source>
        <translation>manglende-koden «%1» er ikke et heltall (ledd inneholder heltall)</translation>
    </message>
    <message>
        <source>its @MISSING action tag: %1</source>
        <translation>action tag-en @MISSING: %1</translation>
    </message>
    <message>
        <source>a choice code is repeated; found %1</source>
        <translation>en svarkode er gjentatt; fant %1</translation>
    </message>
    <message>
        <source>every choice code is a missing code; found %1</source>
        <translation>alle svarkodene er manglende-koder; fant %1</translation>
    </message>
    <message>
        <source>%1 (line %2): branching logic not enforced, %3</source>
        <translation>%1 (linje %2): forgreiningslogikk håndheves ikke, %3</translation>
    </message>
    <message>
        <source>%1 (line %2): branching logic not enforced, the field is not an item</source>
        <translation>%1 (linje %2): forgreiningslogikk håndheves ikke, feltet er ikke et ledd</translation>
    </message>
    <message>
        <source>%1 (line %2): required flag not enforced, the field is not an item</source>
        <translation>%1 (linje %2): obligatorisk-markering håndheves ikke, feltet er ikke et ledd</translation>
    </message>
    <message>
        <source>total: the mean of the answered of %1 items (field %2)</source>
        <translation>totalskår: gjennomsnittet av de besvarte av %1 ledd (felt %2)</translation>
    </message>
    <message>
        <source>total: the sum of the answered of %1 items, blanks skipped as REDCap&apos;s sum() does (field %2)</source>
        <translation>totalskår: summen av de besvarte av %1 ledd, tomme hoppes over slik REDCaps sum() gjør (felt %2)</translation>
    </message>
    <message>
        <source>%1: %2 items, %3; kept as metadata only: %4 other fields (text, notes, descriptive) and %5 calculations; enforced in entry: branching logic on %6 items, required flags on %7 items; %8.</source>
        <translation>%1: %2 ledd, %3; beholdt bare som metadata: %4 andre felt (tekst, notater, beskrivende) og %5 beregninger; håndheves ved registrering: forgreiningslogikk på %6 ledd, obligatorisk-markering på %7 ledd; %8.</translation>
    </message>
    <message>
        <source>Coded answers with gaps (only these codes are answers; declare missing codes with --missing or @MISSING): %1.</source>
        <translation>Kodede svar med hull (bare disse kodene er svar; oppgi manglende-koder med --missing eller @MISSING): %1.</translation>
    </message>
    <message>
        <source>Not enforced: %1.</source>
        <translation>Håndheves ikke: %1.</translation>
    </message>
    <message numerus="yes">
        <source>a text field with %1 validation needs a Text Validation Min and Max from -999 to 999 (min &lt;= max) with at most %n decimal place(s) to become an item; found &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>
            <numerusform>et tekstfelt med %1-validering trenger Text Validation Min og Max fra -999 til 999 (min &lt;= max) med høyst %n desimal for å bli et ledd; fant «%2» og «%3»</numerusform>
            <numerusform>et tekstfelt med %1-validering trenger Text Validation Min og Max fra -999 til 999 (min &lt;= max) med høyst %n desimaler for å bli et ledd; fant «%2» og «%3»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedcapDictionaryImport</name>
    <message>
        <source>form %1 is skipped: the trial already has an instrument with that id; rename the form</source>
        <translation>skjema %1 hoppes over: studien har allerede et instrument med den ID-en; gi skjemaet nytt navn</translation>
    </message>
    <message>
        <source>no form of the dictionary can be taken, so nothing was imported; the skipped fields and forms say why</source>
        <translation>ingen skjemaer i ordboken kan tas inn, så ingenting ble importert; feltene og skjemaene som ble hoppet over, sier hvorfor</translation>
    </message>
</context>
<context>
    <name>ReportAccess</name>
    <message>
        <source>trial-wide participant counts</source>
        <translation>deltakertall for hele studien</translation>
    </message>
    <message>
        <source>participant counts by treatment arm</source>
        <translation>deltakertall per behandlingsarm</translation>
    </message>
    <message>
        <source>The role %1 may not see %2.</source>
        <translation>Rollen %1 har ikke lov til å se %2.</translation>
    </message>
    <message>
        <source>The role %1 may not see outcomes compared between treatment arms before the database is locked.</source>
        <translation>Rollen %1 kan ikke se utfall sammenlignet mellom behandlingsarmer før databasen er låst.</translation>
    </message>
    <message>
        <source>Outcomes are pooled over all arms: nobody sees them by arm before the database is locked.</source>
        <translation>Utfallene er slått sammen for alle armer: ingen ser dem per arm før databasen er låst.</translation>
    </message>
    <message>
        <source>Outcomes are pooled over all arms. Until the database is locked, they are shown by arm only to these roles: %1.</source>
        <translation>Utfallene er slått sammen for alle armer. Til databasen er låst, vises de per arm bare for disse rollene: %1.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Principal investigator</source>
        <translation>Prosjektleder</translation>
    </message>
    <message>
        <source>Research coordinator</source>
        <translation>Forskningskoordinator</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeut</translation>
    </message>
    <message>
        <source>Blinded outcome assessor</source>
        <translation>Blindet utfallsvurderer</translation>
    </message>
    <message>
        <source>Statistician (unblinded)</source>
        <translation>Statistiker (ikke blindet)</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>administrere brukere</translation>
    </message>
    <message>
        <source>edit the protocol</source>
        <translation>endre protokollen</translation>
    </message>
    <message>
        <source>view the protocol</source>
        <translation>se protokollen</translation>
    </message>
    <message>
        <source>view participants</source>
        <translation>se deltakere</translation>
    </message>
    <message>
        <source>screen and enrol participants</source>
        <translation>screene og inkludere deltakere</translation>
    </message>
    <message>
        <source>assign therapists</source>
        <translation>tildele terapeuter</translation>
    </message>
    <message>
        <source>randomize participants</source>
        <translation>randomisere deltakere</translation>
    </message>
    <message>
        <source>see treatment allocations</source>
        <translation>se behandlingsallokeringer</translation>
    </message>
    <message>
        <source>record therapy sessions</source>
        <translation>registrere terapitimer</translation>
    </message>
    <message>
        <source>enter assessments</source>
        <translation>registrere vurderinger</translation>
    </message>
    <message>
        <source>remove clinical records</source>
        <translation>fjerne kliniske poster</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>se revisjonssporet</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>eksportere data</translation>
    </message>
    <message>
        <source>see safety alerts</source>
        <translation>se sikkerhetsvarsler</translation>
    </message>
    <message>
        <source>acknowledge safety alerts</source>
        <translation>kvittere ut sikkerhetsvarsler</translation>
    </message>
    <message>
        <source>set up randomization and see the allocation list</source>
        <translation>sette opp randomiseringen og se allokeringslisten</translation>
    </message>
    <message>
        <source>unblind a participant in an emergency</source>
        <translation>avblinde en deltaker i en nødsituasjon</translation>
    </message>
    <message>
        <source>review emergency unblindings</source>
        <translation>gjennomgå nødavblindinger</translation>
    </message>
    <message>
        <source>back up and restore the trial database</source>
        <translation>ta sikkerhetskopi av og gjenopprette studiedatabasen</translation>
    </message>
    <message>
        <source>record a guess of the arm after a blinded rating</source>
        <translation>registrere gjetning av arm etter en blindet vurdering</translation>
    </message>
    <message>
        <source>Data monitoring committee</source>
        <translation>Datamonitoreringskomité</translation>
    </message>
    <message>
        <source>lock the data for analysis and unlock them</source>
        <translation>låse dataene for analyse og låse dem opp</translation>
    </message>
    <message>
        <source>raise and close data queries</source>
        <translation>stille og lukke dataspørsmål</translation>
    </message>
    <message>
        <source>respond to data queries</source>
        <translation>svare på dataspørsmål</translation>
    </message>
    <message>
        <source>Monitor (source data verification)</source>
        <translation>Monitor (kildedatakontroll)</translation>
    </message>
    <message>
        <source>verify forms against their source</source>
        <translation>kontrollere skjemaer mot kilden</translation>
    </message>
    <message>
        <source>adjudicate the differences of double data entry</source>
        <translation>avgjøre forskjeller ved dobbeltregistrering</translation>
    </message>
    <message>
        <source>add instruments from a REDCap data dictionary</source>
        <translation>legge til instrumenter fra en REDCap-dataordbok</translation>
    </message>
</context>
<context>
    <name>SchemaShape</name>
    <message>
        <source>tables a trial does not have: %1</source>
        <translation>tabeller en studie ikke har: %1</translation>
    </message>
    <message>
        <source>no tables %1</source>
        <translation>ingen tabeller %1</translation>
    </message>
    <message>
        <source>other columns in %1</source>
        <translation>andre kolonner i %1</translation>
    </message>
    <message>
        <source>%1 is not a TrialDesk trial of schema version %2: it has %3.</source>
        <translation>%1 er ikke en TrialDesk-studie med skjemaversjon %2: den har %3.</translation>
    </message>
</context>
<context>
    <name>ScoreRepository</name>
    <message>
        <source>unknown instrument</source>
        <translation>ukjent instrument</translation>
    </message>
</context>
<context>
    <name>ScoringEngine</name>
    <message>
        <source>%1 has %2 items; %3 were given.</source>
        <translation>%1 har %2 ledd; %3 ble oppgitt.</translation>
    </message>
    <message>
        <source>%1 has %2 items (%3 with the optional ones); %4 were given.</source>
        <translation>%1 har %2 ledd (%3 med de valgfrie); %4 ble oppgitt.</translation>
    </message>
    <message>
        <source>Item %1 of %2 has the value &quot;%3&quot;: %4. Allowed: %5.</source>
        <translation>Ledd %1 i %2 har verdien «%3»: %4. Tillatt: %5.</translation>
    </message>
    <message>
        <source>a letter is allowed only on items that ask for one</source>
        <translation>en bokstav er bare tillatt på ledd som ber om det</translation>
    </message>
    <message>
        <source>the letter is not one of %1</source>
        <translation>bokstaven er ikke en av %1</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>ikke et heltall</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>utenfor området</translation>
    </message>
    <message>
        <source>0 takes no letter</source>
        <translation>0 tar ingen bokstav</translation>
    </message>
    <message>
        <source>%1; a digit alone (%2 to %3) when the direction was not recorded; or NA for missing</source>
        <translation>%1; bare et siffer (%2 til %3) når retningen ikke ble registrert; eller NA for manglende</translation>
    </message>
    <message>
        <source>NA for missing</source>
        <translation>NA for manglende</translation>
    </message>
    <message>
        <source>NA or the missing codes %1</source>
        <translation>NA eller manglende-kodene %1</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, eller %2</translation>
    </message>
    <message>
        <source>%1 to %2, or %3</source>
        <translation>%1 til %2, eller %3</translation>
    </message>
    <message>
        <source>not one of the answer codes</source>
        <translation>ikke en av svarkodene</translation>
    </message>
    <message numerus="yes">
        <source>%1 requires an answer to item %2: it is asked (its branching logic shows it) and left empty. Answer it, or save the assessment as a draft.</source>
        <translation>
            <numerusform>%1 krever svar på ledd %2: det blir spurt om (forgreiningslogikken viser det) og står tomt. Svar på det, eller lagre vurderingen som utkast.</numerusform>
            <numerusform>%1 krever svar på leddene %2: de blir spurt om (forgreiningslogikken viser dem) og står tomme. Svar på dem, eller lagre vurderingen som utkast.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 with at most %n decimal place(s), or %3</source>
        <translation>
            <numerusform>%1 til %2 med høyst %n desimal, eller %3</numerusform>
            <numerusform>%1 til %2 med høyst %n desimaler, eller %3</numerusform>
        </translation>
    </message>
    <message>
        <source>not a number (write the decimals after a point, as in %1)</source>
        <translation>ikke et tall (skriv desimalene etter et punktum, som i %1)</translation>
    </message>
    <message numerus="yes">
        <source>more than %n decimal place(s)</source>
        <translation>
            <numerusform>mer enn %n desimal</numerusform>
            <numerusform>mer enn %n desimaler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>&quot;%1&quot; is not an eligibility criterion of this protocol for %2. Its criteria: %3.</source>
        <translation>«%1» er ikke et kriterium for deltakelse i denne protokollen for %2. Protokollens kriterier: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; for %2 is already recorded; an answer is not changed once given.</source>
        <translation>Svaret på «%1» for %2 er allerede registrert; et svar kan ikke endres når det først er gitt.</translation>
    </message>
    <message>
        <source>Eligibility of %1 is already decided (&quot;%2&quot;).</source>
        <translation>Egnetheten til %1 er allerede avgjort («%2»).</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Name the database server: its host name or address, such as db.example.org or 10.0.0.5.</source>
        <translation>Oppgi databaseserveren: vertsnavnet eller adressen, for eksempel db.example.org eller 10.0.0.5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address: use letters, digits, dots, hyphens and colons only.</source>
        <translation>«%1» er ikke et vertsnavn eller en adresse: bruk bare bokstaver, sifre, punktum, bindestreker og kolon.</translation>
    </message>
    <message>
        <source>The port %1 is not a port number: use 1 to 65535 (PostgreSQL&apos;s own is 5432).</source>
        <translation>Porten %1 er ikke et portnummer: bruk 1 til 65535 (PostgreSQLs egen er 5432).</translation>
    </message>
    <message>
        <source>Name the trial&apos;s database on the server (a name without /, ? or #).</source>
        <translation>Oppgi studiens database på serveren (et navn uten /, ? eller #).</translation>
    </message>
    <message>
        <source>The TLS mode &quot;%1&quot; is not one of %2.</source>
        <translation>TLS-modusen «%1» er ikke en av %2.</translation>
    </message>
    <message>
        <source>The TLS mode %1 checks the server&apos;s certificate: choose the file of the certificate authority that signed it (ask the server&apos;s administrator).</source>
        <translation>TLS-modusen %1 kontrollerer serverens sertifikat: velg filen til sertifikatutstederen som signerte det (spør serverens administrator).</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s file %1 does not exist.</source>
        <translation>Sertifikatutstederens fil %1 finnes ikke.</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s file may not have a space or a semicolon in its path: %1</source>
        <translation>Stien til sertifikatutstederens fil kan ikke inneholde mellomrom eller semikolon: %1</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>%1 is a trial file; it is backed up by TrialDesk (Back up now), not by the server&apos;s tools.</source>
        <translation>%1 er en studiefil; den sikkerhetskopieres av TrialDesk (Sikkerhetskopier nå), ikke av serverens verktøy.</translation>
    </message>
</context>
<context>
    <name>ServerDatabases</name>
    <message>
        <source>Could not connect to the server of %1: %2</source>
        <translation>Kunne ikke koble til serveren for %1: %2</translation>
    </message>
    <message>
        <source>The server of %1 refused: %2</source>
        <translation>Serveren for %1 avviste: %2</translation>
    </message>
    <message>
        <source>The trial %1 has schema version %2 and must be upgraded to version %3 before it can be used. On a server only the owner of the trial&apos;s tables upgrades it: open it once with the server&apos;s credentials (an address with the user who ran new or migrate, such as postgresql://postgres@..., and PGPASSWORD or ~/.pgpass), then sign in as before. Nothing was changed.</source>
        <translation>Studien %1 har skjemaversjon %2 og må oppgraderes til versjon %3 før den kan brukes. På en server er det bare eieren av studiens tabeller som oppgraderer den: åpne den én gang med serverens påloggingsopplysninger (en adresse med brukeren som kjørte new eller migrate, for eksempel postgresql://postgres@..., og PGPASSWORD eller ~/.pgpass), og logg så inn som før. Ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>ServerLogins</name>
    <message>
        <source>The server of %1 already has roles named %2 (another trial&apos;s users, or the server&apos;s own). Every user of a trial on a server signs in as a role of the same name, so these names must be free there: rename those users in the trial, or use a server of its own. Nothing was changed.</source>
        <translation>Serveren for %1 har allerede roller som heter %2 (en annen studies brukere, eller serverens egne). Hver bruker av en studie på en server logger inn som en rolle med samme navn, så disse navnene må være ledige der: gi brukerne nye navn i studien, eller bruk en egen server. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The user name or password of &quot;%1&quot; is wrong; the trial is moved by one of its administrators, with their own password. Nothing was changed.</source>
        <translation>Brukernavnet eller passordet til «%1» er feil; studien flyttes av en av administratorene, med eget passord. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active administrator of the trial; only an administrator moves it onto a server. Nothing was changed.</source>
        <translation>«%1» er ikke en aktiv administrator i studien; bare en administrator flytter den til en server. Ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>The database name &quot;%1&quot; is too long for its roles: a trial on a server needs a database name of at most 40 characters.</source>
        <translation>Databasenavnet «%1» er for langt for rollene: en studie på en server trenger et databasenavn på høyst 40 tegn.</translation>
    </message>
    <message>
        <source>The database server already has a role named &quot;%1&quot; (another trial&apos;s user, or the server&apos;s own); a user of this trial needs a name of their own there. Choose another user name.</source>
        <translation>Databaseserveren har allerede en rolle som heter «%1» (en bruker i en annen studie, eller serverens egen); en bruker i denne studien trenger et eget navn der. Velg et annet brukernavn.</translation>
    </message>
    <message>
        <source>This connection signed in to the server as another user; &quot;%1&quot; signs in with --user %1 and their own password.</source>
        <translation>Denne tilkoblingen logget inn på serveren som en annen bruker; «%1» logger inn med --user %1 og sitt eget passord.</translation>
    </message>
</context>
<context>
    <name>SessionNames</name>
    <message>
        <source>Attended</source>
        <translation>Møtt</translation>
    </message>
    <message>
        <source>Cancelled by patient</source>
        <translation>Avlyst av pasienten</translation>
    </message>
    <message>
        <source>Cancelled by clinic</source>
        <translation>Avlyst av klinikken</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Møtte ikke</translation>
    </message>
    <message>
        <source>Booster</source>
        <translation>Oppfriskning</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Ordinær</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>Therapy session records reveal the treatment arm, so %1 (%2) may not see them.</source>
        <translation>Terapitimer avslører behandlingsarmen, så %1 (%2) har ikke lov til å se dem.</translation>
    </message>
    <message>
        <source>%1 is not randomized; sessions are recorded only after randomization.</source>
        <translation>%1 er ikke randomisert; timer registreres først etter randomisering.</translation>
    </message>
    <message>
        <source>The session date must be a valid date no later than today.</source>
        <translation>Timedatoen må være en gyldig dato, senest i dag.</translation>
    </message>
    <message>
        <source>Session date %1 is before randomization (%2).</source>
        <translation>Timedato %1 er før randomiseringen (%2).</translation>
    </message>
    <message>
        <source>Session number %1 is not allowed: enter 1 to 500.</source>
        <translation>Timenummer %1 er ikke tillatt: oppgi 1 til 500.</translation>
    </message>
    <message>
        <source>An attended session needs its duration: enter 5 to 240 minutes.</source>
        <translation>En gjennomført time trenger varighet: oppgi 5 til 240 minutter.</translation>
    </message>
    <message>
        <source>A session that did not take place has no duration; leave it empty.</source>
        <translation>En time som ikke ble holdt, har ingen varighet; la feltet stå tomt.</translation>
    </message>
    <message>
        <source>The session needs a therapist; assign one to the participant first.</source>
        <translation>Timen trenger en terapeut; tildel deltakeren en terapeut først.</translation>
    </message>
    <message>
        <source>Session %1 was not found.</source>
        <translation>Fant ikke time %1.</translation>
    </message>
    <message>
        <source>Session %1 was removed and cannot be changed.</source>
        <translation>Time %1 er fjernet og kan ikke endres.</translation>
    </message>
    <message>
        <source>Removing a session needs a reason.</source>
        <translation>Å fjerne en time krever en begrunnelse.</translation>
    </message>
    <message>
        <source>Session %1 is already removed.</source>
        <translation>Time %1 er allerede fjernet.</translation>
    </message>
    <message>
        <source>User %1 is not an active therapist; a session is given by the participant&apos;s therapist or another therapist standing in.</source>
        <translation>Bruker %1 er ikke en aktiv terapeut; en time gis av deltakerens terapeut eller en annen terapeut som vikarierer.</translation>
    </message>
    <message>
        <source>session %1, %2</source>
        <translation>time %1, %2</translation>
    </message>
    <message>
        <source>%1 already has a session on %2 (%3). Two sessions on one date are rare: check the date, or confirm that this is another session on the same day.</source>
        <translation>%1 har allerede en time %2 (%3). To timer samme dato er sjelden: sjekk datoen, eller bekreft at dette er enda en time samme dag.</translation>
    </message>
    <message>
        <source>%1 already has %2 sessions on %3 (%4). Check the date, or confirm that this is another session on the same day.</source>
        <translation>%1 har allerede %2 timer %3 (%4). Sjekk datoen, eller bekreft at dette er enda en time samme dag.</translation>
    </message>
</context>
<context>
    <name>SessionsCsvExport</name>
    <message>
        <source>Sessions CSV: one row per session</source>
        <translation>CSV for terapitimer: én rad per time</translation>
    </message>
</context>
<context>
    <name>SignatureExport</name>
    <message>
        <source>Electronic signatures CSV: who signed which record, meaning what, when</source>
        <translation>Elektroniske signaturer CSV: hvem som signerte hvilken post, med hvilken betydning, når</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>Electronic signature %1 (on %2) is not in the audit trail.</source>
        <translation>Elektronisk signatur %1 (på %2) står ikke i revisjonssporet.</translation>
    </message>
    <message>
        <source>Electronic signature %1 (on %2) names a key that the audit trail does not give its signer.</source>
        <translation>Elektronisk signatur %1 (på %2) oppgir en nøkkel som revisjonssporet ikke gir den som signerte.</translation>
    </message>
    <message>
        <source>Electronic signature %1 (on %2) does not verify: the signature or what it signs was changed.</source>
        <translation>Elektronisk signatur %1 (på %2) kan ikke bekreftes: signaturen eller det den signerer, er endret.</translation>
    </message>
    <message>
        <source>%1, signed electronically (signature %2), is missing from the file.</source>
        <translation>%1, signert elektronisk (signatur %2), mangler i filen.</translation>
    </message>
    <message>
        <source>%1 was changed after it was signed electronically (signature %2).</source>
        <translation>%1 ble endret etter at den ble signert elektronisk (signatur %2).</translation>
    </message>
</context>
<context>
    <name>SignedRecords</name>
    <message>
        <source>Records of kind &quot;%1&quot; are not signed electronically.</source>
        <translation>Poster av typen «%1» signeres ikke elektronisk.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finnes ikke.</translation>
    </message>
    <message>
        <source>Safety alert %1</source>
        <translation>Sikkerhetsvarsel %1</translation>
    </message>
    <message>
        <source>Emergency unblinding %1</source>
        <translation>Nødavblinding %1</translation>
    </message>
    <message>
        <source>The randomization settings</source>
        <translation>Randomiseringsinnstillingene</translation>
    </message>
    <message>
        <source>Allocation list %1</source>
        <translation>Allokeringsliste %1</translation>
    </message>
    <message>
        <source>Protocol version %1</source>
        <translation>Protokollversjon %1</translation>
    </message>
    <message>
        <source>Database lock record %1</source>
        <translation>Databaselåspost %1</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>No secure memory is left for a signing key.</source>
        <translation>Det er ikke mer sikkert minne igjen til en signeringsnøkkel.</translation>
    </message>
    <message>
        <source>The signing key could not be sealed.</source>
        <translation>Signeringsnøkkelen kunne ikke forsegles.</translation>
    </message>
    <message>
        <source>The signing key could not be sealed: out of memory.</source>
        <translation>Signeringsnøkkelen kunne ikke forsegles: tomt for minne.</translation>
    </message>
    <message>
        <source>The stored signing key is malformed.</source>
        <translation>Den lagrede signeringsnøkkelen er ugyldig.</translation>
    </message>
    <message>
        <source>The signing key could not be opened: out of memory.</source>
        <translation>Signeringsnøkkelen kunne ikke åpnes: tomt for minne.</translation>
    </message>
    <message>
        <source>The password does not open the signing key.</source>
        <translation>Passordet åpner ikke signeringsnøkkelen.</translation>
    </message>
    <message>
        <source>The stored signing key does not belong to the recorded public key.</source>
        <translation>Den lagrede signeringsnøkkelen hører ikke til den registrerte offentlige nøkkelen.</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>At least one stratification factor is needed (e.g. 4x2).</source>
        <translation>Minst én stratifiseringsfaktor trengs (f.eks. 4x2).</translation>
    </message>
    <message>
        <source>A factor with %1 levels is not allowed: use 1 to %2 levels.</source>
        <translation>En faktor med %1 nivåer er ikke tillatt: bruk 1 til %2 nivåer.</translation>
    </message>
    <message>
        <source>Too many strata: at most %1 are allowed.</source>
        <translation>For mange strata: høyst %1 er tillatt.</translation>
    </message>
    <message>
        <source>%1 participants is not allowed: simulate 1 to %2.</source>
        <translation>%1 deltakere er ikke tillatt: simuler 1 til %2.</translation>
    </message>
</context>
<context>
    <name>SourceVerifications</name>
    <message>
        <source>%1 has not been recorded at this visit; there is nothing to verify.</source>
        <translation>%1 er ikke registrert ved dette besøket; det er ingenting å kontrollere.</translation>
    </message>
    <message>
        <source>Assessment %1 was removed; there is nothing to verify.</source>
        <translation>Vurdering %1 er fjernet; det er ingenting å kontrollere.</translation>
    </message>
    <message>
        <source>Source data verification is for the forms of a visit.</source>
        <translation>Kildedatakontroll gjelder skjemaer ved besøk.</translation>
    </message>
    <message>
        <source>This form is a draft; verify it once it is complete.</source>
        <translation>Dette skjemaet er et utkast; kontroller det når det er fullført.</translation>
    </message>
    <message>
        <source>This form is keyed twice and its double entry is not complete (the second entry, or the adjudication of its differences); verify it after that.</source>
        <translation>Dette skjemaet registreres to ganger, og dobbeltregistreringen er ikke fullført (andre registrering, eller avgjørelsen av forskjellene); kontroller det etter det.</translation>
    </message>
    <message>
        <source>This form was already verified against its source on %1. Nothing was changed.</source>
        <translation>Dette skjemaet ble allerede kontrollert mot kilden %1. Ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>SqliteStatements</name>
    <message>
        <source>The database refused a statement (%1): %2</source>
        <translation>Databasen avviste en setning (%1): %2</translation>
    </message>
    <message>
        <source>The statement (%1) takes %2 values, not %3.</source>
        <translation>Setningen (%1) tar %2 verdier, ikke %3.</translation>
    </message>
</context>
<context>
    <name>StatFileExport</name>
    <message>
        <source>Stata data file (.dta)</source>
        <translation>Stata-datafil (.dta)</translation>
    </message>
    <message>
        <source>SPSS data file (.sav)</source>
        <translation>SPSS-datafil (.sav)</translation>
    </message>
</context>
<context>
    <name>StatusRules</name>
    <message>
        <source>Screened</source>
        <translation>Screenet</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Egnet</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>Ikke egnet</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Samtykket</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Takket nei</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>Randomisert</translation>
    </message>
    <message>
        <source>In treatment</source>
        <translation>I behandling</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket seg</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation>Tapt for oppfølging</translation>
    </message>
    <message>
        <source>none (final status)</source>
        <translation>ingen (endelig status)</translation>
    </message>
    <message>
        <source>Inclusion criteria not met</source>
        <translation>Inklusjonskriterier ikke oppfylt</translation>
    </message>
    <message>
        <source>Declined to participate</source>
        <translation>Takket nei til å delta</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Andre grunner</translation>
    </message>
    <message>
        <source>Discontinued treatment</source>
        <translation>Avbrutt behandling</translation>
    </message>
</context>
<context>
    <name>Strata</name>
    <message>
        <source>%1 has no known site, which the factor %2 (%3) needs.</source>
        <translation>%1 har ikke noe kjent senter, som faktoren %2 (%3) trenger.</translation>
    </message>
    <message>
        <source>%1 cannot be randomized: the stratification factor %2 (%3) needs the baseline covariate &quot;%4&quot;, which is not recorded. Record it first.</source>
        <translation>%1 kan ikke randomiseres: stratifiseringsfaktoren %2 (%3) trenger baselinekovariaten «%4», som ikke er registrert. Registrer den først.</translation>
    </message>
    <message>
        <source>%1 cannot be randomized: the stratification factor %2 (%3) needs a completed baseline %4 assessment, and there is none. Enter it first.</source>
        <translation>%1 kan ikke randomiseres: stratifiseringsfaktoren %2 (%3) trenger en fullført baselinevurdering med %4, og det finnes ingen. Registrer den først.</translation>
    </message>
</context>
<context>
    <name>StratumReserve</name>
    <message>
        <source>Only who may read the allocation list (the statistician) is told how many entries its strata have left.</source>
        <translation>Bare den som kan lese allokeringslisten (statistikeren), får vite hvor mange oppføringer stratumene har igjen.</translation>
    </message>
</context>
<context>
    <name>TrailAnchors</name>
    <message>
        <source>the head this computer last saw</source>
        <translation>siste rad denne datamaskinen så</translation>
    </message>
    <message>
        <source>The trail&apos;s head could not be remembered in %1.</source>
        <translation>Sporets siste rad kunne ikke huskes i %1.</translation>
    </message>
    <message>
        <source>%1 saw row %2 (%3), but the trail ends at row %4: rows were cut off</source>
        <translation>%1 så rad %2 (%3), men sporet slutter ved rad %4: rader er kuttet bort</translation>
    </message>
    <message>
        <source>%1 saw another row %2 (%3) than the trail holds now: the history up to that row was replaced</source>
        <translation>%1 så en annen rad %2 (%3) enn sporet har nå: historikken fram til den raden er byttet ut</translation>
    </message>
</context>
<context>
    <name>TrailVerifier</name>
    <message>
        <source>The audit trail is BROKEN at row %L1: %2.</source>
        <translation>Revisjonssporet er BRUTT ved rad %L1: %2.</translation>
    </message>
    <message>
        <source>The signatures are BROKEN: %1.</source>
        <translation>Signaturene er BRUTT: %1.</translation>
    </message>
    <message>
        <source>An anchor does not match: %1.</source>
        <translation>Et anker stemmer ikke: %1.</translation>
    </message>
    <message>
        <source>Keys certified by their owners&apos; first signature (the first administrator, and users from before signing keys): %1.</source>
        <translation>Nøkler godkjent ved eierens første signatur (den første administratoren, og brukere fra før signeringsnøkler): %1.</translation>
    </message>
    <message>
        <source>This file is of a schema from before signed checkpoints: it holds no signatures to check.</source>
        <translation>Denne filen har et skjema fra før signerte kontrollpunkter: den har ingen signaturer å kontrollere.</translation>
    </message>
    <message>
        <source>Unsigned rows after the last signed checkpoint: %L1 (written without a signed-in user, or added by someone without a password).</source>
        <translation>Usignerte rader etter siste signerte kontrollpunkt: %L1 (skrevet uten innlogget bruker, eller lagt til av noen uten passord).</translation>
    </message>
    <message>
        <source>The audit trail is intact (rows verified: %L1).</source>
        <translation>Revisjonssporet er intakt (rader kontrollert: %L1).</translation>
    </message>
    <message>
        <source>Signatures valid: rows 1 to %L1 signed (checkpoints: %L2).</source>
        <translation>Signaturene er gyldige: rad 1 til %L1 signert (kontrollpunkter: %L2).</translation>
    </message>
    <message>
        <source>Every anchor outside the file is held by the trail (anchors checked: %L1).</source>
        <translation>Sporet har alle ankrene utenfor filen (ankre kontrollert: %L1).</translation>
    </message>
    <message>
        <source>Values of the clinical tables that the trail does not explain: %L1.</source>
        <translation>Verdier i de kliniske tabellene som sporet ikke forklarer: %L1.</translation>
    </message>
    <message>
        <source>… and %L1 more (trialdesk-cli audit verify lists them all).</source>
        <translation>… og %L1 til (trialdesk-cli audit verify viser alle).</translation>
    </message>
    <message>
        <source>This file is of an older schema: the trail is replayed against the clinical tables once the file is upgraded.</source>
        <translation>Denne filen har et eldre skjema: sporet spilles av mot de kliniske tabellene når filen er oppgradert.</translation>
    </message>
    <message>
        <source>The trail explains every value of the clinical tables (records: %L1, values: %L2).</source>
        <translation>Sporet forklarer hver verdi i de kliniske tabellene (poster: %L1, verdier: %L2).</translation>
    </message>
    <message>
        <source>Electronic signatures valid, each still matching the record it signs (signatures: %L1).</source>
        <translation>Elektroniske signaturer gyldige, og hver stemmer fortsatt med posten den signerer (signaturer: %L1).</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation>Transaksjonen var allerede avsluttet.</translation>
    </message>
</context>
<context>
    <name>TrialCopy</name>
    <message>
        <source>%1 already holds data (%2 rows in the table %3). A trial is moved only into a new or empty database; nothing was changed.</source>
        <translation>%1 inneholder allerede data (%2 rader i tabellen %3). En studie flyttes bare til en ny eller tom database; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3 (%4, and %5): the trial was not moved.</source>
        <translation>Tabellen %1 har andre kolonner i %2 enn i %3 (%4, og %5): studien ble ikke flyttet.</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and %3 has %4: a trial moves only between databases of the same version. Nothing was changed.</source>
        <translation>%1 har skjemaversjon %2 og %3 har %4: en studie flyttes bare mellom databaser med samme versjon. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 holds an allocation list sealed under its statisticians&apos; key (docs/encryption.md). A server could not open it, so randomization there would stop: a trial with a sealed list cannot be moved onto a server yet. Nothing was copied.</source>
        <translation>%1 har en allokeringsliste forseglet med statistikernes nøkkel (docs/encryption.md). En server kunne ikke åpne den, så randomiseringen der ville stoppe: en studie med forseglet liste kan ikke flyttes til en server ennå. Ingenting ble kopiert.</translation>
    </message>
</context>
<context>
    <name>TrialEncryption</name>
    <message>
        <source>Cannot create a file in %1: %2</source>
        <translation>Kan ikke opprette en fil i %1: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted already; nothing was changed.</source>
        <translation>%1 er allerede kryptert; ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 cannot be encrypted now; nothing was changed. %2</source>
        <translation>%1 kan ikke krypteres nå; ingenting ble endret. %2</translation>
    </message>
    <message>
        <source>%1 was not encrypted, and it was not changed: %2</source>
        <translation>%1 ble ikke kryptert, og den ble ikke endret: %2</translation>
    </message>
    <message>
        <source>libsodium could not lock memory for the key.</source>
        <translation>libsodium kunne ikke låse minne for nøkkelen.</translation>
    </message>
    <message>
        <source>the encrypted copy does not hold the same rows.</source>
        <translation>den krypterte kopien inneholder ikke de samme radene.</translation>
    </message>
    <message>
        <source>the trial changed while it was being encrypted (it is open elsewhere). Close it everywhere and try again.</source>
        <translation>studien ble endret mens den ble kryptert (den er åpen et annet sted). Lukk den overalt og prøv igjen.</translation>
    </message>
    <message>
        <source>the trial is still open elsewhere (%1 remains).</source>
        <translation>studien er fortsatt åpen et annet sted (%1 finnes fortsatt).</translation>
    </message>
    <message>
        <source>%1 is not encrypted; copy it, or make a backup, instead.</source>
        <translation>%1 er ikke kryptert; kopier den, eller ta en sikkerhetskopi, i stedet.</translation>
    </message>
    <message>
        <source>A plain copy is recorded in the trial&apos;s audit trail, which cannot be written now, so none was made. %1</source>
        <translation>En ukryptert kopi registreres i studiens revisjonsspor, som ikke kan skrives nå, så ingen kopi ble laget. %1</translation>
    </message>
    <message>
        <source>%1 already exists; a plain copy never overwrites a file. Name a new file.</source>
        <translation>%1 finnes allerede; en ukryptert kopi overskriver aldri en fil. Oppgi en ny fil.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>The plain copy to %1 failed: %2</source>
        <translation>Den ukrypterte kopien til %1 mislyktes: %2</translation>
    </message>
    <message>
        <source>The plain copy to %1 failed its check, so it was not kept: %2</source>
        <translation>Den ukrypterte kopien til %1 besto ikke kontrollen og ble ikke beholdt: %2</translation>
    </message>
</context>
<context>
    <name>TrialKeys</name>
    <message>
        <source>The trial is not encrypted, so it has no recovery key.</source>
        <translation>Studien er ikke kryptert, så den har ingen gjenopprettingsnøkkel.</translation>
    </message>
    <message>
        <source>This trial has a recovery key already; it is made only once.</source>
        <translation>Denne studien har allerede en gjenopprettingsnøkkel; den lages bare én gang.</translation>
    </message>
    <message>
        <source>Only a trial opened with its recovery key can be recovered.</source>
        <translation>Bare en studie som er åpnet med gjenopprettingsnøkkelen, kan gjenopprettes.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Det finnes ingen bruker som heter «%1».</translation>
    </message>
    <message>
        <source>The recovery key gives a new password to an active administrator only; &quot;%1&quot; is not one.</source>
        <translation>Gjenopprettingsnøkkelen gir nytt passord bare til en aktiv administrator; «%1» er ikke det.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>User name &quot;%1&quot; is not allowed: use 2-32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Brukernavnet «%1» er ikke tillatt: bruk 2–32 små bokstaver, sifre, «.», «_» eller «-», og begynn med en bokstav.</translation>
    </message>
    <message>
        <source>This trial database already has users; sign in as an administrator to add more.</source>
        <translation>Denne studiedatabasen har allerede brukere; logg inn som administrator for å legge til flere.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>En bruker med navnet «%1» finnes allerede.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>Passordet kunne ikke hashes.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts for &quot;%1&quot;. Try again in %n second(s).</source>
        <translation>
            <numerusform>For mange mislykkede innloggingsforsøk for «%1». Prøv igjen om %n sekund.</numerusform>
            <numerusform>For mange mislykkede innloggingsforsøk for «%1». Prøv igjen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Brukernavnet eller passordet er feil.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is deactivated.</source>
        <translation>Kontoen «%1» er deaktivert.</translation>
    </message>
    <message>
        <source>Only coordinators and therapists work at particular sites; a %1 sees every site.</source>
        <translation>Bare koordinatorer og terapeuter arbeider ved bestemte sentre; rollen %1 ser alle sentre.</translation>
    </message>
    <message>
        <source>Site %1 does not exist; choose one of the trial&apos;s sites.</source>
        <translation>Senter %1 finnes ikke; velg et av studiens sentre.</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>Bruker %1 finnes ikke.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Det finnes ingen bruker med navnet «%1».</translation>
    </message>
    <message>
        <source>Give a reason for reactivating the account.</source>
        <translation>Oppgi en begrunnelse for å reaktivere kontoen.</translation>
    </message>
    <message>
        <source>Give a reason for deactivating the account.</source>
        <translation>Oppgi en begrunnelse for å deaktivere kontoen.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already active.</source>
        <translation>Kontoen «%1» er allerede aktiv.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already deactivated.</source>
        <translation>Kontoen «%1» er allerede deaktivert.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; ask another administrator.</source>
        <translation>Du kan ikke deaktivere din egen konto; be en annen administrator om å gjøre det.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and cannot be deactivated.</source>
        <translation>«%1» er den siste aktive administratoren og kan ikke deaktiveres.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Det nye passordet må være forskjellig fra det nåværende.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts for &quot;%1&quot;. Try again in %n second(s).</source>
        <translation>
            <numerusform>For mange mislykkede forsøk for «%1». Prøv igjen om %n sekund.</numerusform>
            <numerusform>For mange mislykkede forsøk for «%1». Prøv igjen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Passordet er feil.</translation>
    </message>
    <message>
        <source>The signing key of &quot;%1&quot; could not be opened (%2). An administrator can reset the password, which gives a new key.</source>
        <translation>Signeringsnøkkelen til «%1» kunne ikke åpnes (%2). En administrator kan tilbakestille passordet, som gir en ny nøkkel.</translation>
    </message>
    <message>
        <source>Give a reason for changing the role.</source>
        <translation>Oppgi en grunn til å endre rollen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a %2; choose another role.</source>
        <translation>«%1» er allerede %2; velg en annen rolle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and keeps that role; make another user an administrator first.</source>
        <translation>«%1» er den siste aktive administratoren og beholder den rollen; gjør en annen bruker til administrator først.</translation>
    </message>
    <message>
        <source>You cannot change your own role; ask another administrator.</source>
        <translation>Du kan ikke endre din egen rolle; be en annen administrator.</translation>
    </message>
    <message>
        <source>A %1 works at chosen sites or at every site: say where &quot;%2&quot; will work (every site, or one or more of the trial&apos;s sites).</source>
        <translation>En %1 arbeider ved valgte sentre eller ved alle sentre: si hvor «%2» skal arbeide (alle sentre, eller ett eller flere av studiens sentre).</translation>
    </message>
</context>
<context>
    <name>VisitTimeline</name>
    <message>
        <source>Done</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Delvis gjennomført</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ikke gjennomført</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tidsvindu åpent</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Ikke planlagt</translation>
    </message>
</context>
<context>
    <name>WideCsvExport</name>
    <message>
        <source>Wide CSV: one row per participant</source>
        <translation>Bred CSV: én rad per deltaker</translation>
    </message>
</context>
<context>
    <name>WideReader</name>
    <message>
        <source>Reading the participants failed: %1</source>
        <translation>Lesing av deltakerne mislyktes: %1</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>Decide eligibility</source>
        <translation>Avgjør egnethet</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrer samtykke</translation>
    </message>
    <message>
        <source>Randomize</source>
        <translation>Randomiser</translation>
    </message>
    <message>
        <source>Visit due</source>
        <translation>Besøk: tidsvindu åpent</translation>
    </message>
    <message>
        <source>Visit overdue</source>
        <translation>Besøk forsinket</translation>
    </message>
    <message>
        <source>Review safety alert</source>
        <translation>Gjennomgå sikkerhetsvarsel</translation>
    </message>
    <message>
        <source>Review emergency unblinding</source>
        <translation>Gå gjennom nødavblinding</translation>
    </message>
    <message>
        <source>Answer data query</source>
        <translation>Svar på dataspørsmål</translation>
    </message>
    <message>
        <source>Close answered query</source>
        <translation>Lukk besvart dataspørsmål</translation>
    </message>
    <message>
        <source>Key second entry</source>
        <translation>Registrer andre gang</translation>
    </message>
    <message>
        <source>Adjudicate double entry</source>
        <translation>Avgjør dobbeltregistrering</translation>
    </message>
    <message>
        <source>Extend allocation list</source>
        <translation>Utvid allokeringslisten</translation>
    </message>
    <message numerus="yes">
        <source>Stratum %1 has %n allocation list entry(s) left. Extend it before it runs out: trialdesk-cli randomization extend --stratum %1 (on a server a randomization is refused once it has run out).</source>
        <translation>
            <numerusform>Stratum %1 har %n oppføring igjen i allokeringslisten. Utvid det før det går tomt: trialdesk-cli randomization extend --stratum %1 (på en server avvises en randomisering når det har gått tomt).</numerusform>
            <numerusform>Stratum %1 har %n oppføringer igjen i allokeringslisten. Utvid det før det går tomt: trialdesk-cli randomization extend --stratum %1 (på en server avvises en randomisering når det har gått tomt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::AccountStatusDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Deaktiver bruker</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. The account is kept, with their name on everything they did, and can be reactivated later. Say why; the reason is kept in the audit trail.</source>
        <translation>%1 vil ikke lenger kunne logge inn. Kontoen beholdes, med navnet på alt personen har gjort, og kan reaktiveres senere. Oppgi hvorfor; begrunnelsen lagres i revisjonssporet.</translation>
    </message>
    <message>
        <source>e.g. Left the project on 1 March</source>
        <translation>f.eks. Sluttet i prosjektet 1. mars</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktiver</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>Reaktiver bruker</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again, with the password they had. Say why; the reason is kept in the audit trail.</source>
        <translation>%1 vil kunne logge inn igjen med det samme passordet som før. Oppgi hvorfor; begrunnelsen lagres i revisjonssporet.</translation>
    </message>
    <message>
        <source>e.g. Back from leave</source>
        <translation>f.eks. Tilbake fra permisjon</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktiver</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
</context>
<context>
    <name>td::AcknowledgeAlertDialog</name>
    <message>
        <source>Acknowledge safety alert</source>
        <translation>Kvitter ut sikkerhetsvarsel</translation>
    </message>
    <message>
        <source>%1 for %2, raised %3: %4</source>
        <translation>%1 for %2, utløst %3: %4</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Hva ble gjort:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Who sees the note: the staff who may see treatment arms (PI, coordinators, therapists, statistician). Blinded outcome assessors see only that the alert was acknowledged, and when, unless you share the note with them; then write nothing that tells the treatment.</source>
        <translation>Hvem ser notatet: de som kan se behandlingsarmene (prosjektleder, koordinatorer, terapeuter, statistiker). Blindede vurderere ser bare at varselet er kvittert ut, og når, med mindre du deler notatet med dem; skriv da ikke noe som røper behandlingen.</translation>
    </message>
    <message>
        <source>&amp;Share the note with blinded assessors</source>
        <translation>&amp;Del notatet med blindede vurderere</translation>
    </message>
    <message>
        <source>Acknowledge and sign</source>
        <translation>Kvitter og signer</translation>
    </message>
</context>
<context>
    <name>td::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Legg til bruker</translation>
    </message>
    <message>
        <source>The person signs in with this user name and password, and sees and does what the role allows. Tell them the password in person.</source>
        <translation>Personen logger inn med dette brukernavnet og passordet, og ser og gjør det rollen tillater. Gi passordet til personen direkte.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>Lower-case, used to sign in; for example anna.berg.</source>
        <translation>Små bokstaver, brukes ved innlogging; for eksempel anna.berg.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Fullt &amp;navn:</translation>
    </message>
    <message>
        <source>Shown in lists; the user name when left empty</source>
        <translation>Vises i lister; brukernavnet hvis feltet står tomt</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>Rep&amp;eat password:</source>
        <translation>&amp;Gjenta passord:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>De to passordene er ulike; skriv det samme passordet to ganger.</translation>
    </message>
    <message>
        <source>%1: may %2.</source>
        <translation>%1: kan %2.</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>&amp;Sentre:</translation>
    </message>
    <message>
        <source>Tick at least one site, or choose All sites.</source>
        <translation>Kryss av minst ett senter, eller velg «Alle sentre».</translation>
    </message>
</context>
<context>
    <name>td::AdministratorPage</name>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>De to passordene er ulike; skriv det samme passordet to ganger.</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Første administrator</translation>
    </message>
    <message>
        <source>The administrator signs in to the new trial first, adds the other users and can change the protocol.</source>
        <translation>Administratoren logger inn i den nye studien først, legger til de andre brukerne og kan endre protokollen.</translation>
    </message>
    <message>
        <source>User names are 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter. The password needs at least %1 characters.</source>
        <translation>Brukernavn er 2 til 32 små bokstaver, sifre, «.», «_» eller «-», og begynner med en bokstav. Passordet trenger minst %1 tegn.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Fullt na&amp;vn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Gjenta passord:</translation>
    </message>
</context>
<context>
    <name>td::AlertTableModel</name>
    <message>
        <source>Raised</source>
        <translation>Utløst</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Varsel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpent</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2</source>
        <translation>Kvittert ut av %1 %2</translation>
    </message>
    <message>
        <source>Acknowledged on %1</source>
        <translation>Kvittert ut %1</translation>
    </message>
    <message>
        <source>Acknowledged and signed on %1</source>
        <translation>Kvittert og signert %1</translation>
    </message>
    <message>
        <source>Acknowledged and signed by %1 on %2</source>
        <translation>Kvittert og signert av %1 %2</translation>
    </message>
</context>
<context>
    <name>td::AlertsCard</name>
    <message>
        <source>Open safety alerts</source>
        <translation>Åpne sikkerhetsvarsler</translation>
    </message>
    <message>
        <source>None waiting for acknowledgement.</source>
        <translation>Ingen venter på utkvittering.</translation>
    </message>
    <message numerus="yes">
        <source>The oldest has been open for %Ln day(s) (raised %1).</source>
        <translation>
            <numerusform>Det eldste har vært åpent i %Ln dag (utløst %1).</numerusform>
            <numerusform>Det eldste har vært åpent i %Ln dager (utløst %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ArmGuessDialog</name>
    <message>
        <source>Guess of the treatment arm</source>
        <translation>Gjetning av behandlingsarm</translation>
    </message>
    <message>
        <source>Which treatment do you think this participant receives?</source>
        <translation>Hvilken behandling tror du denne deltakeren får?</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Vet ikke</translation>
    </message>
    <message>
        <source>This checks that the blinding holds. Answer from your impression during the rating; &quot;Don&apos;t know&quot; is a good answer. The guess is recorded once and cannot be changed.</source>
        <translation>Dette kontrollerer at blindingen holder. Svar ut fra inntrykket ditt under vurderingen; «Vet ikke» er et godt svar. Gjetningen registreres én gang og kan ikke endres.</translation>
    </message>
    <message>
        <source>Record guess</source>
        <translation>Registrer gjetning</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
</context>
<context>
    <name>td::ArmSizesCard</name>
    <message>
        <source>Arm sizes</source>
        <translation>Armstørrelser</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Arm sizes (%1 randomized)</source>
        <translation>Armstørrelser (%1 randomisert)</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>Randomisert</translation>
    </message>
</context>
<context>
    <name>td::ArmsEditor</name>
    <message>
        <source>Arms and session plans</source>
        <translation>Armer og timeplaner</translation>
    </message>
    <message>
        <source>The treatments participants are randomized to, in what ratio, and the sessions each arm plans.</source>
        <translation>Behandlingene deltakerne randomiseres til, i hvilket forhold, og timene hver arm planlegger.</translation>
    </message>
    <message>
        <source>Session p&amp;lan of %1:</source>
        <translation>Time&amp;plan for %1:</translation>
    </message>
    <message>
        <source>Session p&amp;lan (choose an arm above):</source>
        <translation>Time&amp;plan (velg en arm ovenfor):</translation>
    </message>
    <message>
        <source>One row per arm. The ratio is the arm&apos;s share of the allocation (3, 2 and 1 for 3:2:1); the colour (#rrggbb) marks the arm in charts.</source>
        <translation>Én rad per arm. Forholdstallet er armens andel av allokeringen (3, 2 og 1 for 3:2:1); fargen (#rrggbb) merker armen i diagrammer.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Navn (engelsk)</translation>
    </message>
    <message>
        <source>Name (Norwegian)</source>
        <translation>Navn (norsk)</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Forholdstall</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <source>Treatment weeks</source>
        <translation>Behandlingsuker</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Planlagte timer</translation>
    </message>
    <message>
        <source>&amp;Add arm</source>
        <translation>&amp;Legg til arm</translation>
    </message>
    <message>
        <source>&amp;Remove arm</source>
        <translation>&amp;Fjern arm</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt o&amp;pp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Weeks apart</source>
        <translation>Uker mellom</translation>
    </message>
    <message>
        <source>Add &amp;session run</source>
        <translation>Legg til time&amp;serie</translation>
    </message>
    <message>
        <source>Remo&amp;ve run</source>
        <translation>Fjern se&amp;rie</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Flytt op&amp;p</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytt ne&amp;d</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Armer</translation>
    </message>
</context>
<context>
    <name>td::AssessmentEntryForm</name>
    <message>
        <source>Visit %1 is not in the protocol.</source>
        <translation>Besøk %1 finnes ikke i protokollen.</translation>
    </message>
    <message>
        <source>Assessment entry</source>
        <translation>Registrering av vurdering</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>Participant %1 · %2</source>
        <translation>Deltaker %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Date of the assessment:</source>
        <translation>&amp;Dato for vurderingen:</translation>
    </message>
    <message>
        <source>Type each answer from the paper form: an allowed answer moves on to the next item. NA (or .) marks a missing answer. Backspace on an empty item or Up goes back. Every answer is saved as a draft at once. Ctrl+Enter completes.</source>
        <translation>Skriv inn hvert svar fra papirskjemaet: et tillatt svar går videre til neste ledd. NA (eller .) markerer et manglende svar. Tilbaketasten i et tomt ledd eller pil opp går tilbake. Hvert svar lagres straks som utkast. Ctrl+Enter fullfører.</translation>
    </message>
    <message>
        <source>Subscales:</source>
        <translation>Delskalaer:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Totalskår:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Alvorlighetsgrad:</translation>
    </message>
    <message>
        <source>Record guess of the arm…</source>
        <translation>Registrer gjetning av arm …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Not entered yet: item %1. Type the answer, or NA where the paper form has none.</source>
        <translation>Ikke registrert ennå: ledd %1. Skriv inn svaret, eller NA der papirskjemaet ikke har noe svar.</translation>
    </message>
    <message>
        <source>Save changes…</source>
        <translation>Lagre endringer …</translation>
    </message>
    <message>
        <source>Complete (Ctrl+Enter)</source>
        <translation>Fullfør (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Changed, not saved yet: saving a completed assessment asks for a reason.</source>
        <translation>Endret, ikke lagret ennå: å lagre en fullført vurdering krever en begrunnelse.</translation>
    </message>
    <message>
        <source>Completed. Your guess of the arm is recorded.</source>
        <translation>Fullført. Gjetningen din av arm er registrert.</translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation>Fullført.</translation>
    </message>
    <message>
        <source>Draft: the answers entered so far are saved.</source>
        <translation>Utkast: svarene som er registrert så langt, er lagret.</translation>
    </message>
    <message>
        <source>Draft saved at %1: closing the form keeps it.</source>
        <translation>Utkast lagret kl. %1: det beholdes når skjemaet lukkes.</translation>
    </message>
    <message>
        <source>Nothing saved yet: the first answer starts a draft.</source>
        <translation>Ingenting er lagret ennå: det første svaret starter et utkast.</translation>
    </message>
    <message>
        <source>%1, prorated from %2 of %3 answered items</source>
        <translation>%1, proratert fra %2 av %3 besvarte ledd</translation>
    </message>
    <message>
        <source>not scorable: %1 of %2 items missing, at most %3 may be</source>
        <translation>ikke skårbar: %1 av %2 ledd mangler, høyst %3 kan mangle</translation>
    </message>
    <message>
        <source>%1 so far (%2 of %3 items entered)</source>
        <translation>%1 så langt (%2 av %3 ledd registrert)</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 så langt</translation>
    </message>
    <message>
        <source>⚠ %1: item %2 is above %3</source>
        <translation>⚠ %1: ledd %2 er over %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Completed: %1.</source>
        <translation>Fullført: %1.</translation>
    </message>
    <message>
        <source>Reliable deterioration</source>
        <translation>Reliabel forverring</translation>
    </message>
    <message>
        <source>Safety alert raised: %1 (%2). It stays open for the PI and the therapist until someone acknowledges it.</source>
        <translation>Sikkerhetsvarsel utløst: %1 (%2). Det forblir åpent for prosjektlederen og terapeuten til noen kvitterer det ut.</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Fjern …</translation>
    </message>
    <message>
        <source>Void this assessment with a reason: it is kept in the audit trail and left out of scores and exports.</source>
        <translation>Fjern denne vurderingen med en begrunnelse: den beholdes i revisjonssporet, men holdes utenfor skårer og eksporter.</translation>
    </message>
    <message>
        <source>%1 of %2 at %3, %4</source>
        <translation>%1 for %2 ved %3, %4</translation>
    </message>
    <message>
        <source>Entered outside the visit&apos;s window. Reason: %1</source>
        <translation>Registrert utenfor besøkets tidsvindu. Begrunnelse: %1</translation>
    </message>
    <message>
        <source>Voided: kept in the audit trail with its reason, left out of scores and exports. Entering this visit again starts a new assessment.</source>
        <translation>Fjernet: beholdes i revisjonssporet med begrunnelsen, men holdes utenfor skårer og eksporter. Registrerer du dette besøket på nytt, startes en ny vurdering.</translation>
    </message>
    <message>
        <source>Not saved: the date is outside the visit&apos;s window. Change the date, or press Complete to confirm it with a reason.</source>
        <translation>Ikke lagret: datoen er utenfor besøkets tidsvindu. Endre datoen, eller trykk Fullfør for å bekrefte den med en begrunnelse.</translation>
    </message>
    <message>
        <source>Complete with missing answers?</source>
        <translation>Fullføre med manglende svar?</translation>
    </message>
    <message>
        <source>Go back to enter the answers from the paper form, or complete the assessment as it is.</source>
        <translation>Gå tilbake for å registrere svarene fra papirskjemaet, eller fullfør vurderingen slik den er.</translation>
    </message>
    <message>
        <source>Complete, prorated</source>
        <translation>Fullfør, forholdsmessig beregnet</translation>
    </message>
    <message>
        <source>Complete as not scorable</source>
        <translation>Fullfør som ikke skårbar</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fullfør</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <source>Query %1 (%2): %3</source>
        <translation>Dataspørsmål %1 (%2): %3</translation>
    </message>
    <message>
        <source>? Query %1</source>
        <translation>? Spørsmål %1</translation>
    </message>
    <message>
        <source>Not asked: shown only if %1</source>
        <translation>Ikke spurt: vises bare hvis %1</translation>
    </message>
</context>
<context>
    <name>td::AssessmentTableModel</name>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalskår</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Terapitime %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Terapitime</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Utenom plan</translation>
    </message>
</context>
<context>
    <name>td::AttendanceCard</name>
    <message>
        <source>Session attendance per arm (95% CI)</source>
        <translation>Oppmøte på terapitimer per arm (95 % KI)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 %3&lt;br&gt;of %Ln planned session(s)</source>
        <extracomment>Under an arm&apos;s attendance bar (two lines): arm code, mean share, interval, plan.</extracomment>
        <translation>
            <numerusform>%1: %2 %3&lt;br&gt;av %Ln planlagt terapitime</numerusform>
            <numerusform>%1: %2 %3&lt;br&gt;av %Ln planlagte terapitimer</numerusform>
        </translation>
    </message>
    <message>
        <source>% of planned sessions</source>
        <translation>% av planlagte terapitimer</translation>
    </message>
</context>
<context>
    <name>td::BlindingCard</name>
    <message>
        <source>Blinding index (Bang)</source>
        <translation>Blindingsindeks (Bang)</translation>
    </message>
    <message>
        <source>%1 –</source>
        <translation>%1 –</translation>
    </message>
    <message>
        <source>%1: no guesses recorded.</source>
        <translation>%1: ingen gjetninger registrert.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: 95% CI %2 to %3; %4 correct, %5 incorrect, %6 don&apos;t know (n = %7)</source>
        <extracomment>Blinding index of one arm: code, interval, guesses.</extracomment>
        <translation>%1: 95 % KI %2 til %3; %4 riktige, %5 feil, %6 vet ikke (n = %7)</translation>
    </message>
    <message>
        <source>0: no sign of unblinding; 1: every guess correct; −1: every guess wrong.</source>
        <translation>0: ingen tegn til avblinding; 1: alle gjetninger riktige; −1: alle gjetninger feil.</translation>
    </message>
</context>
<context>
    <name>td::ChangeCard</name>
    <message>
        <source>Change in %1, baseline to latest score (Wilson 95% CI)</source>
        <extracomment>Title of the change chart; %1 is the instrument.</extracomment>
        <translation>Endring i %1 fra baseline til siste skår (Wilson 95 % KI)</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Restituert</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Bedret</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <source>Deteriorated</source>
        <translation>Forverret</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% av deltakerne</translation>
    </message>
</context>
<context>
    <name>td::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Endre passord</translation>
    </message>
    <message>
        <source>An administrator has reset the password of %1. Choose a new password of your own before you go on; the one you signed in with is the current password.</source>
        <translation>En administrator har tilbakestilt passordet til %1. Velg et nytt, eget passord før du går videre; passordet du logget inn med, er det nåværende passordet.</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>Endre passordet til %1.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Nåværende passord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Nytt &amp;passord:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Gjenta nytt passord:</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same password twice.</source>
        <translation>De to nye passordene er ulike; skriv det samme passordet to ganger.</translation>
    </message>
</context>
<context>
    <name>td::ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Endre rolle</translation>
    </message>
    <message>
        <source>%1 (%2) signs in as before, and from then on sees and does what the new role allows. Say why; the old and new role and the reason are kept in the audit trail.</source>
        <translation>%1 (%2) logger inn som før, og ser og gjør fra da av det den nye rollen tillater. Si hvorfor; den gamle og nye rollen og grunnen bevares i revisjonssporet.</translation>
    </message>
    <message>
        <source>Current role:</source>
        <translation>Nåværende rolle:</translation>
    </message>
    <message>
        <source>New &amp;role:</source>
        <translation>Ny &amp;rolle:</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>&amp;Sentre:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Grunn:</translation>
    </message>
    <message>
        <source>e.g. Rates the outcomes from 1 March</source>
        <translation>f.eks. Vurderer utfallene fra 1. mars</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Tick at least one site, or choose All sites.</source>
        <translation>Kryss av minst ett senter, eller velg Alle sentre.</translation>
    </message>
    <message>
        <source>%1: may %2.</source>
        <translation>%1: kan %2.</translation>
    </message>
    <message>
        <source>%1 has been able to see the arms, and remembers what they saw: a blinded role suits someone who never had an unblinded one in this trial.</source>
        <translation>%1 har kunnet se armene og husker det de så: en blindet rolle passer for en som aldri har hatt en ublindet rolle i denne studien.</translation>
    </message>
</context>
<context>
    <name>td::ConsentDialog</name>
    <message>
        <source>Consent of %1</source>
        <translation>Samtykke for %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrer</translation>
    </message>
    <message>
        <source>&amp;Gave written informed consent</source>
        <translation>&amp;Ga skriftlig informert samtykke</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>Samtykke&amp;dato:</translation>
    </message>
    <message>
        <source>D&amp;eclined to take part</source>
        <translation>&amp;Takket nei til å delta</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>as the person gave it, if they did</source>
        <translation>slik personen selv oppga den, om noen</translation>
    </message>
    <message>
        <source>Consent dated %1 is recorded for %2, who can then be randomized once the baseline assessment is complete.</source>
        <translation>Samtykke datert %1 registreres for %2, som deretter kan randomiseres når baselinevurderingen er fullført.</translation>
    </message>
    <message>
        <source>%1 is recorded as declining and leaves the trial in the CONSORT box &quot;Declined to participate&quot;. This ends the participant&apos;s path in the trial.</source>
        <translation>%1 registreres som takket nei og forlater studien i CONSORT-boksen «Takket nei til å delta». Dette avslutter deltakerens forløp i studien.</translation>
    </message>
    <message>
        <source>Consent &amp;form version:</source>
        <translation>&amp;Versjon av samtykkeskjema:</translation>
    </message>
    <message>
        <source>e.g. 2.1 of 1 March 2026</source>
        <translation>f.eks. 2.1 av 1. mars 2026</translation>
    </message>
    <message>
        <source>Write the version of the consent form that was signed.</source>
        <translation>Skriv inn versjonen av samtykkeskjemaet som ble signert.</translation>
    </message>
    <message>
        <source>The signed consent form is version %1.</source>
        <translation>Det signerte samtykkeskjemaet er versjon %1.</translation>
    </message>
</context>
<context>
    <name>td::ConsortPane</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bilde (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-bilde (*.svg)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf, .png or .svg.</source>
        <translation>Velg et filnavn som slutter på .pdf, .png eller .svg.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf or .png.</source>
        <translation>Velg et filnavn som slutter på .pdf eller .png.</translation>
    </message>
    <message>
        <source>Save the CONSORT diagram</source>
        <translation>Lagre CONSORT-diagrammet</translation>
    </message>
    <message>
        <source>consort.pdf</source>
        <translation>consort.pdf</translation>
    </message>
    <message>
        <source>CONSORT flow diagram</source>
        <translation>CONSORT-flytdiagram</translation>
    </message>
    <message>
        <source>Save diagram…</source>
        <translation>Lagre diagram …</translation>
    </message>
    <message>
        <source>Save the diagram as a PDF document or a picture, readable by you only</source>
        <translation>Lagre diagrammet som PDF-dokument eller bilde, som bare du kan lese</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <source>Preview the diagram on paper and print it</source>
        <translation>Forhåndsvis diagrammet på papir og skriv det ut</translation>
    </message>
</context>
<context>
    <name>td::ConsortView</name>
    <message>
        <source>%1 (n=%2)</source>
        <translation>%1 (n=%2)</translation>
    </message>
    <message>
        <source>CONSORT 2010 flow diagram</source>
        <translation>CONSORT 2010-flytdiagram</translation>
    </message>
    <message>
        <source>CONSORT flow diagram</source>
        <translation>CONSORT-flytdiagram</translation>
    </message>
    <message>
        <source>No counts loaded yet.</source>
        <translation>Ingen tall er lastet ennå.</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inklusjon</translation>
    </message>
    <message>
        <source>Assessed for eligibility (n=%1)</source>
        <translation>Vurdert for egnethet (n=%1)</translation>
    </message>
    <message>
        <source>Excluded (n=%1)</source>
        <translation>Ekskludert (n=%1)</translation>
    </message>
    <message>
        <source>Not meeting inclusion criteria (n=%1)</source>
        <translation>Oppfyller ikke inklusjonskriteriene (n=%1)</translation>
    </message>
    <message>
        <source>Declined to participate (n=%1)</source>
        <translation>Takket nei til å delta (n=%1)</translation>
    </message>
    <message>
        <source>Other reasons (n=%1)</source>
        <translation>Andre grunner (n=%1)</translation>
    </message>
    <message>
        <source>Awaiting decision (n=%1)</source>
        <translation>Venter på avgjørelse (n=%1)</translation>
    </message>
    <message>
        <source>Eligibility not yet decided (n=%1)</source>
        <translation>Egnethet ikke avgjort ennå (n=%1)</translation>
    </message>
    <message>
        <source>Eligible, consent not yet decided (n=%1)</source>
        <translation>Egnet, samtykke ikke avgjort ennå (n=%1)</translation>
    </message>
    <message>
        <source>Consented, not yet randomized (n=%1)</source>
        <translation>Samtykket, ikke randomisert ennå (n=%1)</translation>
    </message>
    <message>
        <source>Randomized (n=%1)</source>
        <translation>Randomisert (n=%1)</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allokering</translation>
    </message>
    <message>
        <source>Allocated to %1 (n=%2)</source>
        <translation>Allokert til %1 (n=%2)</translation>
    </message>
    <message>
        <source>Received allocated intervention (n=%1)</source>
        <translation>Fikk allokert intervensjon (n=%1)</translation>
    </message>
    <message>
        <source>Did not receive allocated intervention (n=%1)</source>
        <translation>Fikk ikke allokert intervensjon (n=%1)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Lost to follow-up (n=%1)</source>
        <translation>Tapt for oppfølging (n=%1)</translation>
    </message>
    <message>
        <source>Discontinued intervention (n=%1)</source>
        <translation>Avbrutt intervensjon (n=%1)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Analysed (n=%1)</source>
        <translation>Analysert (n=%1)</translation>
    </message>
    <message>
        <source>Excluded from analysis (n=%1)</source>
        <translation>Ekskludert fra analyse (n=%1)</translation>
    </message>
    <message numerus="yes">
        <source>Analysed: at least %Ln completed post-baseline assessment(s) of %1.</source>
        <translation>
            <numerusform>Analysert: minst %Ln fullført vurdering med %1 etter baseline.</numerusform>
            <numerusform>Analysert: minst %Ln fullførte vurderinger med %1 etter baseline.</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagram could not be saved as %1.</source>
        <translation>Diagrammet kunne ikke lagres som %1.</translation>
    </message>
    <message>
        <source>This build cannot save SVG (Qt Svg was not found); save as PDF or PNG.</source>
        <translation>Denne versjonen kan ikke lagre SVG (Qt Svg ble ikke funnet); lagre som PDF eller PNG.</translation>
    </message>
</context>
<context>
    <name>td::CovariateInputs</name>
    <message>
        <source>The protocol records no covariates.</source>
        <translation>Protokollen registrerer ingen kovariater.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>required before randomization</source>
        <translation>påkrevd før randomisering</translation>
    </message>
</context>
<context>
    <name>td::CovariateValueModel</name>
    <message>
        <source>Covariate</source>
        <translation>Kovariat</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Before randomization</source>
        <translation>Før randomisering</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ikke registrert</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
</context>
<context>
    <name>td::CovariatesDialog</name>
    <message>
        <source>Covariates of %1</source>
        <translation>Kovariater for %1</translation>
    </message>
    <message>
        <source>Save covariates</source>
        <translation>Lagre kovariater</translation>
    </message>
    <message>
        <source>Covariates</source>
        <translation>Kovariater</translation>
    </message>
    <message>
        <source>&amp;Reason for a correction:</source>
        <translation>&amp;Begrunnelse for korrigering:</translation>
    </message>
    <message>
        <source>Needed when a recorded value changes; it goes into the audit trail. A recorded value is corrected, never erased.</source>
        <translation>Kreves når en registrert verdi endres; den føres i revisjonssporet. En registrert verdi korrigeres, men slettes aldri.</translation>
    </message>
    <message>
        <source>Nothing changes: enter or correct a value first.</source>
        <translation>Ingenting endres: registrer eller korriger en verdi først.</translation>
    </message>
    <message>
        <source>%1: %2 is recorded.</source>
        <translation>%1: %2 registreres.</translation>
    </message>
    <message>
        <source>%1: %2 is corrected to %3.</source>
        <translation>%1: %2 korrigeres til %3.</translation>
    </message>
    <message>
        <source>A recorded value changes: write the reason first, it is required.</source>
        <translation>En registrert verdi endres: skriv begrunnelsen først, den er påkrevd.</translation>
    </message>
    <message>
        <source>Still needed before randomization: %1.</source>
        <translation>Mangler fortsatt før randomisering: %1.</translation>
    </message>
</context>
<context>
    <name>td::CovariatesEditor</name>
    <message>
        <source>Covariates and eligibility</source>
        <translation>Kovariater og deltakelseskriterier</translation>
    </message>
    <message>
        <source>What is recorded about each participant before randomization, and the criteria that make a person eligible.</source>
        <translation>Hva som registreres om hver deltaker før randomisering, og kriteriene som gjør en person aktuell for deltakelse.</translation>
    </message>
    <message>
        <source>C&amp;hoices of %1:</source>
        <translation>&amp;Valg for %1:</translation>
    </message>
    <message>
        <source>C&amp;hoices (for a covariate of the type Choice, chosen above):</source>
        <translation>&amp;Valg (for en kovariat av typen Valg, valgt ovenfor):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; leave it empty for no limit</source>
        <translation>«%1» er ikke et tall; la feltet stå tomt for ingen grense</translation>
    </message>
    <message>
        <source>&amp;Covariates: min and max only for numbers; tick &quot;Required&quot; when randomization needs the value.</source>
        <translation>&amp;Kovariater: minimum og maksimum bare for tall; kryss av «Påkrevd» når randomiseringen trenger verdien.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Navn (engelsk)</translation>
    </message>
    <message>
        <source>Name (Norwegian)</source>
        <translation>Navn (norsk)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maksimum</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
    <message>
        <source>&amp;Add covariate</source>
        <translation>&amp;Legg til kovariat</translation>
    </message>
    <message>
        <source>&amp;Remove covariate</source>
        <translation>&amp;Fjern kovariat</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt o&amp;pp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Tekst (engelsk)</translation>
    </message>
    <message>
        <source>Label (Norwegian)</source>
        <translation>Tekst (norsk)</translation>
    </message>
    <message>
        <source>Add ch&amp;oice</source>
        <translation>Legg til va&amp;lg</translation>
    </message>
    <message>
        <source>Remo&amp;ve choice</source>
        <translation>Fjern valg</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Flytt op&amp;p</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytt ne&amp;d</translation>
    </message>
    <message>
        <source>&amp;Eligibility criteria, asked in this order at screening:</source>
        <translation>&amp;Deltakelseskriterier, spurt i denne rekkefølgen ved screening:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation>Tekst (engelsk)</translation>
    </message>
    <message>
        <source>Text (Norwegian)</source>
        <translation>Tekst (norsk)</translation>
    </message>
    <message>
        <source>Add criter&amp;ion</source>
        <translation>Legg til kri&amp;terium</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Fjern kriterium</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Covariates</source>
        <translation>Kovariater</translation>
    </message>
</context>
<context>
    <name>td::CriteriaAnswerModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Ikke besvart</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>This inclusion criterion is not met.</source>
        <translation>Dette inklusjonskriteriet er ikke oppfylt.</translation>
    </message>
    <message>
        <source>This exclusion criterion applies.</source>
        <translation>Dette eksklusjonskriteriet gjelder.</translation>
    </message>
</context>
<context>
    <name>td::CriteriaAnswers</name>
    <message>
        <source>The protocol has no eligibility criteria.</source>
        <translation>Protokollen har ingen deltakelseskriterier.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Ikke kjent ennå</translation>
    </message>
    <message>
        <source>Yes: the person meets this inclusion criterion.</source>
        <translation>Ja: personen oppfyller dette inklusjonskriteriet.</translation>
    </message>
    <message>
        <source>Yes: this exclusion criterion applies to the person.</source>
        <translation>Ja: dette eksklusjonskriteriet gjelder for personen.</translation>
    </message>
    <message>
        <source>Answered at an earlier step; an answer is not changed once given.</source>
        <translation>Besvart i et tidligere trinn; et svar endres ikke når det først er gitt.</translation>
    </message>
</context>
<context>
    <name>td::DashboardView</name>
    <message>
        <source>The dashboard could not be saved as %1.</source>
        <translation>Dashbordet kunne ikke lagres som %1.</translation>
    </message>
    <message>
        <source>PI dashboard</source>
        <translation>Dashbord for prosjektleder</translation>
    </message>
    <message>
        <source>PI dashboard, %1</source>
        <translation>Dashbord for prosjektleder, %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Nothing is loaded yet.</source>
        <translation>Ingenting er lastet ennå.</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Rekruttering</translation>
    </message>
    <message>
        <source>Screening funnel</source>
        <translation>Screeningtrakt</translation>
    </message>
    <message>
        <source>Open safety alerts</source>
        <translation>Åpne sikkerhetsvarsler</translation>
    </message>
    <message>
        <source>Arm sizes</source>
        <translation>Armstørrelser</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retensjon</translation>
    </message>
    <message>
        <source>Session attendance</source>
        <translation>Oppmøte på terapitimer</translation>
    </message>
    <message>
        <source>Mean trajectory</source>
        <translation>Gjennomsnittlig forløp</translation>
    </message>
    <message>
        <source>Change classes</source>
        <translation>Endringskategorier</translation>
    </message>
    <message>
        <source>Effect size</source>
        <translation>Effektstørrelse</translation>
    </message>
    <message>
        <source>Blinding index</source>
        <translation>Blindingsindeks</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>The instrument of the retention, trajectory, change and effect size cards</source>
        <translation>Instrumentet som brukes i kortene for retensjon, forløp, endring og effektstørrelse</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Lagre som PNG …</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lagre som PDF …</translation>
    </message>
    <message>
        <source>Could not be computed: %1</source>
        <translation>Kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <source>Save the dashboard as PNG</source>
        <translation>Lagre dashbordet som PNG</translation>
    </message>
    <message>
        <source>dashboard.png</source>
        <translation>dashbord.png</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bilde (*.png)</translation>
    </message>
    <message>
        <source>Save the dashboard</source>
        <translation>Lagre dashbordet</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Lagre dashbordet som PDF</translation>
    </message>
    <message>
        <source>dashboard.pdf</source>
        <translation>dashbord.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Closed DMC report…</source>
        <translation>Lukket DMC-rapport …</translation>
    </message>
    <message>
        <source>Save the closed report for the data monitoring committee as PDF: the outcomes compared between the arms. Making it is recorded in the audit trail.</source>
        <translation>Lagre den lukkede rapporten til datamonitoreringskomiteen som PDF: utfallene sammenlignet mellom armene. At den lages, registreres i revisjonssporet.</translation>
    </message>
    <message>
        <source>Save the closed DMC report</source>
        <translation>Lagre den lukkede DMC-rapporten</translation>
    </message>
    <message>
        <source>dmc-report-%1.pdf</source>
        <extracomment>Suggested file name of the closed DMC report; %1 is today&apos;s date (ISO).</extracomment>
        <translation>dmc-rapport-%1.pdf</translation>
    </message>
    <message>
        <source>Closed DMC report</source>
        <translation>Lukket DMC-rapport</translation>
    </message>
    <message>
        <source>The closed DMC report was saved as %1. The audit trail records that you made it.</source>
        <translation>Den lukkede DMC-rapporten ble lagret som %1. Revisjonssporet viser at du laget den.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <source>Preview the dashboard on paper and print it</source>
        <translation>Forhåndsvis dashbordet på papir og skriv det ut</translation>
    </message>
    <message>
        <source>Data quality: %1</source>
        <translation>Datakvalitet: %1</translation>
    </message>
</context>
<context>
    <name>td::DataLockView</name>
    <message>
        <source>The whole trial</source>
        <translation>Hele studien</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Deltaker %1</translation>
    </message>
    <message>
        <source>Visit %1 of %2</source>
        <translation>Besøk %1 for %2</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>I kraft</translation>
    </message>
    <message>
        <source>Lifted by %1 on %2: %3</source>
        <translation>Opphevet av %1 %2: %3</translation>
    </message>
    <message>
        <source>%1, %2 (audit row %3)</source>
        <translation>%1, %2 (revisjonsrad %3)</translation>
    </message>
    <message>
        <source>The trial&apos;s data are locked: no change is accepted.</source>
        <translation>Studiens data er låst: ingen endring godtas.</translation>
    </message>
    <message>
        <source>The trial&apos;s data are not locked.</source>
        <translation>Studiens data er ikke låst.</translation>
    </message>
    <message>
        <source>Lock the data for the analysis: the whole trial, one participant or one visit. While a lock is in force no change to those data is accepted, from the window or the command line. Locking and unlocking need a reason and your electronic signature; both are kept, with the point of the audit trail the lock was made at, and the exports say whether the trial was locked.</source>
        <translation>Lås dataene for analysen: hele studien, én deltaker eller ett besøk. Mens en lås er i kraft, godtas ingen endring av disse dataene, verken fra vinduet eller kommandolinjen. Låsing og opplåsing krever en begrunnelse og din elektroniske signatur; begge lagres, med punktet i revisjonssporet låsen ble laget ved, og eksportene sier om studien var låst.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Locked by, when</source>
        <translation>Låst av, når</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>One participant</source>
        <translation>Én deltaker</translation>
    </message>
    <message>
        <source>One visit of a participant</source>
        <translation>Ett besøk for en deltaker</translation>
    </message>
    <message>
        <source>&amp;Lock:</source>
        <translation>&amp;Lås:</translation>
    </message>
    <message>
        <source>&amp;Study ID:</source>
        <translation>&amp;Studie-ID:</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>Be&amp;søk:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>Why the data are locked or unlocked (kept in the audit trail)</source>
        <translation>Hvorfor dataene låses eller låses opp (lagres i revisjonssporet)</translation>
    </message>
    <message>
        <source>Lock and sign</source>
        <translation>Lås og signer</translation>
    </message>
    <message>
        <source>&amp;Unlock the selected lock and sign</source>
        <translation>Lås &amp;opp valgt lås og signer</translation>
    </message>
    <message>
        <source>query %1 (%2, %3 at %4)</source>
        <translation>spørsmål %1 (%2, %3 ved %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n data queries are still open on these data; the oldest: %1. Close them first, or lock with them.</source>
        <translation>
            <numerusform>%n dataspørsmål er fortsatt åpent på disse dataene: %1. Lukk det først, eller lås med det.</numerusform>
            <numerusform>%n dataspørsmål er fortsatt åpne på disse dataene; de eldste: %1. Lukk dem først, eller lås med dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock with the open &amp;queries (they stay open and can still be answered)</source>
        <translation>Lås med de åpne &amp;dataspørsmålene (de forblir åpne og kan fortsatt besvares)</translation>
    </message>
</context>
<context>
    <name>td::DataQualityCard</name>
    <message>
        <source>Open data queries</source>
        <translation>Åpne dataspørsmål</translation>
    </message>
    <message>
        <source>%1: %2 open, %3 answered</source>
        <translation>%1: %2 åpne, %3 besvart</translation>
    </message>
    <message>
        <source>%1 of forms received, %2 overdue</source>
        <translation>%1 av skjemaene mottatt, %2 forfalt</translation>
    </message>
    <message>
        <source>%1 source-verified</source>
        <translation>%1 kildekontrollert</translation>
    </message>
</context>
<context>
    <name>td::DataQualityView</name>
    <message numerus="yes">
        <source>Queries (%Ln open)</source>
        <translation>
            <numerusform>Dataspørsmål (%Ln åpent)</numerusform>
            <numerusform>Dataspørsmål (%Ln åpne)</numerusform>
        </translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Dataspørsmål</translation>
    </message>
    <message numerus="yes">
        <source>Missing forms (%Ln overdue)</source>
        <translation>
            <numerusform>Manglende skjemaer (%Ln forfalt)</numerusform>
            <numerusform>Manglende skjemaer (%Ln forfalt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing forms</source>
        <translation>Manglende skjemaer</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datakvalitet</translation>
    </message>
    <message numerus="yes">
        <source>Double entry (%Ln to adjudicate)</source>
        <translation>
            <numerusform>Dobbeltregistrering (%Ln å avgjøre)</numerusform>
            <numerusform>Dobbeltregistrering (%Ln å avgjøre)</numerusform>
        </translation>
    </message>
    <message>
        <source>Double entry</source>
        <translation>Dobbeltregistrering</translation>
    </message>
    <message>
        <source>Source verification</source>
        <translation>Kildedatakontroll</translation>
    </message>
</context>
<context>
    <name>td::DataToolsView</name>
    <message>
        <source>Unknown export format &quot;%1&quot;; the formats are: %2.</source>
        <translation>Ukjent eksportformat «%1»; formatene er: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Eksporterte %Ln rad til %1.</numerusform>
            <numerusform>Eksporterte %Ln rader til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file contains the arms.</source>
        <translation>Filen inneholder armene.</translation>
    </message>
    <message>
        <source>The file contains no arms.</source>
        <translation>Filen inneholder ingen armer.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Backup saved and verified: %1</source>
        <translation>Sikkerhetskopi lagret og kontrollert: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Trial backups (*.sqlite)</source>
        <translation>Sikkerhetskopier av studien (*.sqlite)</translation>
    </message>
    <message>
        <source>Replace the open trial with the backup %1?

The trial closes, the backup is checked, and the current file is kept beside it under a new name (nothing is deleted). You then sign in again.</source>
        <translation>Erstatte den åpne studien med sikkerhetskopien %1?

Studien lukkes, sikkerhetskopien kontrolleres, og den gjeldende filen beholdes ved siden av under et nytt navn (ingenting slettes). Deretter logger du inn igjen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export for analysis</source>
        <translation>Eksport for analyse</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter …</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Be&amp;hold de siste:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sikkerhetskopier</translation>
    </message>
    <message>
        <source>Back up &amp;automatically when TrialDesk closes</source>
        <translation>Ta sikkerhetskopi &amp;automatisk når TrialDesk lukkes</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Ta sikkerhetskopi &amp;nå</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi …</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Revisjonsspor</translation>
    </message>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation>&amp;Kontroller revisjonssporet</translation>
    </message>
    <message>
        <source>&amp;Blinded data set (no arm, sessions, treatment phases or unblinded staff names)</source>
        <translation>&amp;Blindet datasett (uten arm, timer, behandlingsfaser eller navn på ublindet personale)</translation>
    </message>
    <message>
        <source>Every change is chained to the one before it, and every save is signed by the person who made it. The check recomputes the chain, verifies the signatures against the keys the trail recorded, names the first row that does not fit, and replays the trail against every value of the clinical tables.</source>
        <translation>Hver endring er lenket til den før, og hver lagring er signert av den som gjorde den. Kontrollen regner ut kjeden på nytt, sjekker signaturene mot nøklene sporet registrerte, navngir den første raden som ikke passer, og spiller av sporet mot hver verdi i de kliniske tabellene.</translation>
    </message>
    <message>
        <source>The trial file is in order (%1% of its data pages out of order); there is nothing to compact.</source>
        <translation>Studiefilen er i orden (%1 % av datasidene i uorden); det er ingenting å komprimere.</translation>
    </message>
    <message>
        <source>Trial file compacted: %1% of its data pages were out of order, now %2%. Screens read it faster on a cold start.</source>
        <translation>Studiefilen er komprimert: %1 % av datasidene var i uorden, nå %2 %. Skjermbildene leser den raskere ved kald start.</translation>
    </message>
    <message>
        <source>&amp;Compact the trial file</source>
        <translation>Kom&amp;primer studiefilen</translation>
    </message>
    <message>
        <source>Rewrites the trial file with each table in consecutive pages, so screens read it faster after years of changes. Audited; the file stays as it was if it fails.</source>
        <translation>Skriver studiefilen på nytt med hver tabell på sammenhengende sider, så skjermbildene leser den raskere etter år med endringer. Revisjonsført; filen forblir som den var hvis det mislykkes.</translation>
    </message>
    <message>
        <source>It is not encrypted and only you can read it.</source>
        <translation>Den er ikke kryptert, og bare du kan lese den.</translation>
    </message>
    <message>
        <source>The backup is encrypted. Your password when it was made, or the trial&apos;s recovery key:</source>
        <translation>Sikkerhetskopien er kryptert. Passordet du hadde da den ble laget, eller studiens gjenopprettingsnøkkel:</translation>
    </message>
    <message>
        <source>Nothing was restored: neither your password nor a recovery key opens the encrypted backup %1.</source>
        <translation>Ingenting ble gjenopprettet: verken passordet ditt eller en gjenopprettingsnøkkel åpner den krypterte sikkerhetskopien %1.</translation>
    </message>
    <message>
        <source>An export is not encrypted, although the trial is: analysis programs read it as plain text. It is written readable by you only; keep it where only those who may read the trial&apos;s data can.</source>
        <translation>En eksport er ikke kryptert, selv om studien er det: analyseprogrammer leser den som klartekst. Den skrives slik at bare du kan lese den; oppbevar den der bare de som kan lese studiens data, kan lese den.</translation>
    </message>
    <message>
        <source>An export is not encrypted: analysis programs read it as plain text. It is written readable by you only.</source>
        <translation>En eksport er ikke kryptert: analyseprogrammer leser den som klartekst. Den skrives slik at bare du kan lese den.</translation>
    </message>
    <message>
        <source>Backups are encrypted like the trial: they open with the passwords of the time of the backup or the recovery key.</source>
        <translation>Sikkerhetskopier er kryptert slik studien er: de åpnes med passordene fra tidspunktet for sikkerhetskopien eller med gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <source>This trial is not encrypted, and neither are its backups.</source>
        <translation>Denne studien er ikke kryptert, og det er heller ikke sikkerhetskopiene.</translation>
    </message>
</context>
<context>
    <name>td::DoubleEntryPanel</name>
    <message>
        <source>Choose a difference first.</source>
        <translation>Velg en forskjell først.</translation>
    </message>
    <message>
        <source>Adjudicated value</source>
        <translation>Avgjort verdi</translation>
    </message>
    <message>
        <source>%1, %2, %3 item %4: the value on the source document (first entry &quot;%5&quot;, second entry &quot;%6&quot;):</source>
        <translation>%1, %2, %3 punkt %4: verdien i kildedokumentet (første registrering «%5», andre registrering «%6»):</translation>
    </message>
    <message>
        <source>Differences awaiting adjudication: %1</source>
        <translation>Forskjeller som venter på avgjørelse: %1</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Skjema</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>Første registrering</translation>
    </message>
    <message>
        <source>Second entry</source>
        <translation>Andre registrering</translation>
    </message>
    <message>
        <source>First keyed by</source>
        <translation>Først registrert av</translation>
    </message>
    <message>
        <source>Second keyed by</source>
        <translation>Andre gang registrert av</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <source>optional, e.g. what the paper form shows</source>
        <translation>valgfritt, f.eks. hva papirskjemaet viser</translation>
    </message>
    <message>
        <source>Take &amp;first entry</source>
        <translation>Velg &amp;første registrering</translation>
    </message>
    <message>
        <source>Take s&amp;econd entry</source>
        <translation>Velg &amp;andre registrering</translation>
    </message>
    <message>
        <source>&amp;Other value...</source>
        <translation>A&amp;nnen verdi ...</translation>
    </message>
    <message>
        <source>Forms keyed once, awaiting the second entry: %1</source>
        <translation>Skjemaer registrert én gang som venter på andre registrering: %1</translation>
    </message>
    <message>
        <source>&amp;Key second entry...</source>
        <translation>&amp;Registrer andre gang ...</translation>
    </message>
    <message>
        <source>Agreement of the two entries</source>
        <translation>Samsvar mellom de to registreringene</translation>
    </message>
    <message>
        <source>Instrument or person</source>
        <translation>Instrument eller person</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Skjemaer</translation>
    </message>
    <message>
        <source>Fields keyed</source>
        <translation>Registrerte felt</translation>
    </message>
    <message>
        <source>Discrepant</source>
        <translation>Ulike</translation>
    </message>
    <message>
        <source>Per 10,000 fields</source>
        <translation>Per 10 000 felt</translation>
    </message>
</context>
<context>
    <name>td::EditTable</name>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Pil opp</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Pil ned</translation>
    </message>
    <message>
        <source>Shortcut in the table: %1</source>
        <translation>Hurtigtast i tabellen: %1</translation>
    </message>
</context>
<context>
    <name>td::EditUserDialog</name>
    <message>
        <source>Edit user</source>
        <translation>Rediger bruker</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Brukernavn:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Fullt &amp;navn:</translation>
    </message>
    <message>
        <source>Shown in lists; the user name when left empty</source>
        <translation>Vises i lister; brukernavnet hvis feltet står tomt</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>&amp;Sentre:</translation>
    </message>
    <message>
        <source>The participants of these sites are the ones they see and work with.</source>
        <translation>Personen ser og arbeider med deltakerne ved disse sentrene.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lagre endringer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Tick at least one site, or choose All sites.</source>
        <translation>Kryss av minst ett senter, eller velg «Alle sentre».</translation>
    </message>
    <message>
        <source>Change the name shown for %1 (%2) and where they work. The user name stays; the role changes with Change role…. Every change is recorded in the audit trail.</source>
        <translation>Endre navnet som vises for %1 (%2) og hvor de arbeider. Brukernavnet blir stående; rollen endres med Endre rolle…. Hver endring registreres i revisjonssporet.</translation>
    </message>
</context>
<context>
    <name>td::EffectSizeCard</name>
    <message>
        <source>Effect size at the endpoint</source>
        <translation>Effektstørrelse ved endepunktet</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Effect size, %1 at %2</source>
        <extracomment>Effect size heading: instrument and the endpoint visit.</extracomment>
        <translation>Effektstørrelse, %1 ved %2</translation>
    </message>
    <message>
        <source>%1: mean %2 (SD %3, n = %4)</source>
        <extracomment>One arm at the endpoint: code, mean, SD, n.</extracomment>
        <translation>%1: gjennomsnitt %2 (SD %3, n = %4)</translation>
    </message>
    <message>
        <source>d = %1</source>
        <translation>d = %1</translation>
    </message>
    <message>
        <source>95% CI %1 to %2; Hedges&apos; g = %3</source>
        <translation>95 % KI %1 til %2; Hedges&apos; g = %3</translation>
    </message>
    <message>
        <source>d = –</source>
        <translation>d = –</translation>
    </message>
    <message>
        <source>Too few scores at this visit to compare the arms.</source>
        <translation>For få skårer ved dette besøket til å sammenligne armene.</translation>
    </message>
    <message>
        <source>d = %1 − %2 over the pooled SD; negative: lower scores in %1.</source>
        <extracomment>How to read d: %1 and %2 are arm codes.</extracomment>
        <translation>d = %1 − %2 delt på samlet SD; negativ: lavere skårer i %1.</translation>
    </message>
</context>
<context>
    <name>td::EligibilityDialog</name>
    <message>
        <source>Eligibility of %1</source>
        <translation>Egnethet for %1</translation>
    </message>
    <message>
        <source>Record eligibility</source>
        <translation>Registrer egnethet</translation>
    </message>
    <message>
        <source>&amp;Eligible: meets every inclusion and no exclusion criterion</source>
        <translation>&amp;Egnet: oppfyller alle inklusjonskriterier og ingen eksklusjonskriterier</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>%1 is marked eligible. Consent (or declining) is recorded next.</source>
        <translation>%1 er markert som egnet. Samtykke (eller at personen takker nei) registreres deretter.</translation>
    </message>
    <message>
        <source>&amp;Answer the eligibility criteria</source>
        <translation>Be&amp;svar deltakelseskriteriene</translation>
    </message>
    <message>
        <source>Does each criterion apply to the person?</source>
        <translation>Gjelder hvert kriterium for personen?</translation>
    </message>
    <message>
        <source>&amp;Not eligible for other reasons</source>
        <translation>&amp;Ikke egnet av andre grunner</translation>
    </message>
    <message>
        <source>e.g. cannot attend weekly sessions</source>
        <translation>f.eks. kan ikke møte til ukentlige timer</translation>
    </message>
    <message>
        <source>%1 is eligible. Consent (or declining) is recorded next.</source>
        <translation>%1 er egnet. Samtykke (eller at personen takker nei) registreres deretter.</translation>
    </message>
    <message>
        <source>%1 is not eligible (%2) and leaves the trial in the CONSORT box &quot;Excluded&quot;.</source>
        <translation>%1 er ikke egnet (%2) og forlater studien i CONSORT-boksen «Ekskludert».</translation>
    </message>
    <message>
        <source>The answers are recorded. %1 stays screened until every criterion is answered.</source>
        <translation>Svarene registreres. %1 forblir screenet til alle kriteriene er besvart.</translation>
    </message>
    <message>
        <source>%1 is marked not eligible for other reasons and leaves the trial in the CONSORT box &quot;Excluded&quot;. Write the reason first: it is required.</source>
        <translation>%1 markeres som ikke egnet av andre grunner og forlater studien i CONSORT-boksen «Ekskludert». Skriv begrunnelsen først: den er påkrevd.</translation>
    </message>
    <message>
        <source>%1 is marked not eligible (other reasons: %2) and leaves the trial in the CONSORT box &quot;Excluded&quot;. This ends the participant&apos;s path in the trial.</source>
        <translation>%1 markeres som ikke egnet (andre grunner: %2) og forlater studien i CONSORT-boksen «Ekskludert». Dette avslutter deltakerens forløp i studien.</translation>
    </message>
    <message>
        <source>Answer the criteria not answered at screening.</source>
        <translation>Besvar kriteriene som ikke ble besvart ved screeningen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) are recorded; %1 stays screened until the other criteria are answered too.</source>
        <translation>
            <numerusform>%Ln svar registreres; %1 forblir screenet til de andre kriteriene også er besvart.</numerusform>
            <numerusform>%Ln svar registreres; %1 forblir screenet til de andre kriteriene også er besvart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) are recorded, and with every criterion answered the eligibility of %1 is decided: eligible when every inclusion criterion is met and no exclusion criterion applies, else not eligible. Answers are not changed once given.</source>
        <translation>
            <numerusform>%Ln svar registreres, og når alle kriteriene er besvart, avgjøres egnetheten til %1: egnet når alle inklusjonskriteriene er oppfylt og ingen eksklusjonskriterier gjelder, ellers ikke egnet. Svar endres ikke når de først er gitt.</numerusform>
            <numerusform>%Ln svar registreres, og når alle kriteriene er besvart, avgjøres egnetheten til %1: egnet når alle inklusjonskriteriene er oppfylt og ingen eksklusjonskriterier gjelder, ellers ikke egnet. Svar endres ikke når de først er gitt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::EmergencyUnblindDialog</name>
    <message numerus="yes">
        <source>Required: at least %1 characters (%Ln more to go).</source>
        <translation>
            <numerusform>Påkrevd: minst %1 tegn (%Ln til).</numerusform>
            <numerusform>Påkrevd: minst %1 tegn (%Ln til).</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason goes to the audit trail and to the principal investigator.</source>
        <translation>Begrunnelsen går til revisjonssporet og til prosjektlederen.</translation>
    </message>
    <message>
        <source>Write a reason of at least %1 characters and tick the confirmation first.</source>
        <translation>Skriv først en begrunnelse på minst %1 tegn og kryss av for bekreftelsen.</translation>
    </message>
    <message>
        <source>Emergency unblinding</source>
        <translation>Nødavblinding</translation>
    </message>
    <message>
        <source>Emergency unblinding of %1</source>
        <translation>Nødavblinding av %1</translation>
    </message>
    <message>
        <source>The treatment arm will be shown to you only, and only for this participant.</source>
        <translation>Behandlingsarmen vises bare for deg, og bare for denne deltakeren.</translation>
    </message>
    <message>
        <source>Your reason, your name and the time go to the audit trail.</source>
        <translation>Begrunnelsen, navnet ditt og tidspunktet går til revisjonssporet.</translation>
    </message>
    <message>
        <source>The principal investigator is told and reviews the unblinding.</source>
        <translation>Prosjektlederen får beskjed og går gjennom avblindingen.</translation>
    </message>
    <message>
        <source>You should normally stop rating this participant: let another blinded assessor do the ratings.</source>
        <translation>Du bør vanligvis slutte å vurdere denne deltakeren: la en annen blindet vurderer gjøre vurderingene.</translation>
    </message>
    <message>
        <source>Use this only when the treatment must be known, for example to manage a serious adverse event. What happens:</source>
        <translation>Bruk dette bare når behandlingen må være kjent, for eksempel for å håndtere en alvorlig uønsket hendelse. Dette skjer:</translation>
    </message>
    <message>
        <source>&amp;Reason for unblinding:</source>
        <translation>&amp;Begrunnelse for avblinding:</translation>
    </message>
    <message>
        <source>For example: serious adverse event; the treating physician needs the arm</source>
        <translation>For eksempel: alvorlig uønsket hendelse; behandlende lege trenger armen</translation>
    </message>
    <message>
        <source>I &amp;understand that I will be unblinded for this participant</source>
        <translation>Jeg &amp;forstår at jeg blir avblindet for denne deltakeren</translation>
    </message>
    <message>
        <source>Unblind</source>
        <translation>Avblind</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>td::EnrolmentPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The data collected may still be used.</source>
        <translation>De innsamlede dataene kan fortsatt brukes.</translation>
    </message>
    <message>
        <source>The data collected are not to be used.</source>
        <translation>De innsamlede dataene skal ikke brukes.</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>Deltakelseskriterier</translation>
    </message>
    <message>
        <source>Covariates</source>
        <translation>Kovariater</translation>
    </message>
</context>
<context>
    <name>td::FactorTable</name>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Nivåer</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <source>Code in the protocol: %1</source>
        <translation>Kode i protokollen: %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Senter</translation>
    </message>
    <message>
        <source>Severity: %1 total at %2, cut at %3</source>
        <translation>Alvorlighetsgrad: %1 totalskår ved %2, delt ved %3</translation>
    </message>
    <message>
        <source>Severity: %1 total at baseline, cut at %2</source>
        <translation>Alvorlighetsgrad: %1 totalskår ved baseline, delt ved %2</translation>
    </message>
    <message>
        <source>Covariate: %1, cut at %2</source>
        <translation>Kovariat: %1, delt ved %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>td::FileProtection</name>
    <message>
        <source>Encrypted</source>
        <translation>Kryptert</translation>
    </message>
    <message>
        <source>The trial file, its log and its backups are encrypted: they open only with a user&apos;s password or the recovery key. Exports for analysis are not encrypted.</source>
        <translation>Studiefilen, loggen og sikkerhetskopiene er kryptert: de kan bare åpnes med en brukers passord eller gjenopprettingsnøkkelen. Eksporter for analyse er ikke kryptert.</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Ikke kryptert</translation>
    </message>
    <message>
        <source>Anyone who copies this trial file can read it with any SQLite program. An administrator can encrypt it (File menu).</source>
        <translation>Alle som kopierer denne studiefilen, kan lese den med et hvilket som helst SQLite-program. En administrator kan kryptere den (Fil-menyen).</translation>
    </message>
    <message>
        <source>&amp;Encrypt this trial file…</source>
        <translation>&amp;Krypter denne studiefilen …</translation>
    </message>
    <message>
        <source>Make the &amp;recovery key…</source>
        <translation>Lag &amp;gjenopprettingsnøkkelen …</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Encrypt this trial file</source>
        <translation>Krypter denne studiefilen</translation>
    </message>
    <message>
        <source>The trial file will be encrypted in place: a checked, encrypted copy takes its place and the plain file is not kept. Only you can open it at first; every other user opens it once you give them a new password (Users). Backups and exports made before stay unencrypted. The window closes and you sign in again.</source>
        <translation>Studiefilen blir kryptert der den ligger: en kontrollert, kryptert kopi tar plassen dens, og den ukrypterte filen beholdes ikke. Først er det bare du som kan åpne den; alle andre brukere kan åpne den når du har gitt dem et nytt passord (Brukere). Sikkerhetskopier og eksporter som er laget før, forblir ukryptert. Vinduet lukkes, og du logger inn på nytt.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Krypter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Your password (it will open the encrypted file):</source>
        <translation>Passordet ditt (det vil åpne den krypterte filen):</translation>
    </message>
</context>
<context>
    <name>td::FirstAdministratorDialog</name>
    <message>
        <source>New trial database</source>
        <translation>Ny studiedatabase</translation>
    </message>
    <message>
        <source>This trial database is new. Create its administrator, who then adds the other users and sets up the protocol.</source>
        <translation>Denne studiedatabasen er ny. Opprett administratoren, som så legger til de andre brukerne og setter opp protokollen.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Fullt &amp;navn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Gjenta passord:</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>De to passordene er ulike; skriv det samme passordet to ganger.</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Opprett administrator</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>td::FunnelCard</name>
    <message>
        <source>Screening funnel</source>
        <translation>Screeningtrakt</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>Randomisert</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Samtykket</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Egnet</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Vurdert</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>A step of the screening funnel: name, count, share of those assessed.</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>td::GuidedDialog</name>
    <message>
        <source>What happened</source>
        <translation>Hva som skjedde</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Hva som vil skje</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>td::ImportMenu</name>
    <message>
        <source>ODM XML files (*.xml)</source>
        <translation>ODM XML-filer (*.xml)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Assessments from a long CSV…</source>
        <translation>&amp;Vurderinger fra en lang CSV …</translation>
    </message>
    <message>
        <source>&amp;REDCap data dictionary as a new instrument…</source>
        <translation>&amp;REDCap-dataordbok som nytt instrument …</translation>
    </message>
    <message>
        <source>CDISC &amp;ODM clinical data…</source>
        <translation>Kliniske data i CDISC &amp;ODM …</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerer %1 …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>REDCap re&amp;cords (a data export)…</source>
        <translation>REDCap-&amp;poster (en dataeksport) …</translation>
    </message>
    <message>
        <source>Missing data codes</source>
        <translation>Koder for manglende data</translation>
    </message>
    <message>
        <source>Codes that mean &quot;missing&quot; in this dictionary (REDCap&apos;s missing data codes, such as -1 for &quot;Don&apos;t know&quot; and 99 for &quot;Not applicable&quot;), separated by commas. They are kept as answers but not counted as values. Leave empty for none; a field&apos;s @MISSING action tag adds its own.</source>
        <translation>Koder som betyr «mangler» i denne dataordboken (REDCaps koder for manglende data, for eksempel -1 for «Vet ikke» og 99 for «Ikke relevant»), atskilt med komma. De beholdes som svar, men telles ikke som verdier. La feltet stå tomt for ingen; et felts action tag @MISSING legger til sine egne.</translation>
    </message>
</context>
<context>
    <name>td::ImportReportDialog</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Ingenting ble importert fra %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 of %2 %3 from %4. Every record is in the audit trail, naming the file.</source>
        <translation>Importerte %1 av %2 %3 fra %4. Hver post står i revisjonssporet med navnet på filen.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>hele filen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-problemer</translation>
    </message>
    <message>
        <source>Save the list of problems</source>
        <translation>Lagre listen over problemer</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>The list is saved in %1.</source>
        <translation>Listen er lagret i %1.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in %1. The whole file is refused when any line is wrong; correct these lines and import the file again.</source>
        <translation>
            <numerusform>Ingenting ble importert: %Ln problem i %1. Hele filen avvises når en linje er feil; rett linjen og importer filen på nytt.</numerusform>
            <numerusform>Ingenting ble importert: %Ln problemer i %1. Hele filen avvises når en linje er feil; rett linjene og importer filen på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save the list…</source>
        <translation>&amp;Lagre listen …</translation>
    </message>
    <message>
        <source>%1 more problems were counted, not listed.</source>
        <translation>%1 problemer til ble talt, ikke listet.</translation>
    </message>
    <message>
        <source>Skipped, each with why: %1 (listed below).</source>
        <translation>Hoppet over, hver med grunn: %1 (listet nedenfor).</translation>
    </message>
    <message>
        <source>The first %1 are listed here; the other %2 were counted, not listed.</source>
        <translation>De første %1 er listet her; de andre %2 ble talt, ikke listet.</translation>
    </message>
</context>
<context>
    <name>td::LockScreen</name>
    <message>
        <source>TrialDesk is locked</source>
        <translation>TrialDesk er låst</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Logget inn som %1 (%2).</translation>
    </message>
    <message>
        <source>Enter the password of %1 to go on; everything open stays as it was. Someone else can sign out and sign in as themselves.</source>
        <translation>Skriv inn passordet til %1 for å fortsette; alt som er åpent, forblir som det var. En annen kan logge ut og logge inn som seg selv.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås opp</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Logg &amp;ut</translation>
    </message>
</context>
<context>
    <name>td::LockTimeBox</name>
    <message numerus="yes">
        <source>Saved: windows lock after %Ln minute(s) without input.</source>
        <translation>
            <numerusform>Lagret: vinduene låses etter %Ln minutt uten aktivitet.</numerusform>
            <numerusform>Lagret: vinduene låses etter %Ln minutter uten aktivitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Skjermlås</translation>
    </message>
    <message>
        <source>Lock the &amp;window after:</source>
        <translation>Lås &amp;vinduet etter:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutter</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>&amp;Bruk</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input, TrialDesk hides the trial until the signed-in user gives their password again. For every user of this trial; from %1 to %2 minutes.</source>
        <translation>Etter så lang tid uten bruk av tastatur eller mus skjuler TrialDesk studien til den innloggede brukeren oppgir passordet sitt igjen. Gjelder alle brukere av denne studien; fra %1 til %2 minutter.</translation>
    </message>
</context>
<context>
    <name>td::LoginDialog</name>
    <message>
        <source>Sign in to TrialDesk</source>
        <translation>Logg inn i TrialDesk</translation>
    </message>
    <message>
        <source>TrialDesk</source>
        <translation>TrialDesk</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>This is a demo trial. Users: admin, pi, coordinator, therapist1, therapist2, assessor (blinded) and statistician; the password of each is &quot;%1&quot;.</source>
        <translation>Dette er en demostudie. Brukere: admin, pi, coordinator, therapist1, therapist2, assessor (blindet) og statistician; passordet er «%1» for alle.</translation>
    </message>
    <message>
        <source>The trial file %1 is encrypted: your user name and password open it.</source>
        <translation>Studiefilen %1 er kryptert: brukernavnet og passordet ditt åpner den.</translation>
    </message>
    <message>
        <source>The trial %1 is on a database server: you sign in to the server with your own user name and password.</source>
        <translation>Studien %1 ligger på en databaseserver: du logger inn på serveren med ditt eget brukernavn og passord.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Skriv inn brukernavnet ditt.</translation>
    </message>
</context>
<context>
    <name>td::MainWindow</name>
    <message>
        <source>TrialDesk</source>
        <translation>TrialDesk</translation>
    </message>
    <message>
        <source>TrialDesk – %1</source>
        <translation>TrialDesk – %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;About TrialDesk</source>
        <translation>&amp;Om TrialDesk</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Logget inn som %1 (%2)</translation>
    </message>
    <message>
        <source>About TrialDesk</source>
        <translation>Om TrialDesk</translation>
    </message>
    <message>
        <source>TrialDesk %1: randomized psychotherapy trials from screening to export.</source>
        <translation>TrialDesk %1: randomiserte psykoterapistudier fra screening til eksport.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>CONSORT flow</source>
        <translation>CONSORT-flyt</translation>
    </message>
    <message>
        <source>Ratings due</source>
        <translation>Ventende vurderinger</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denne uken</translation>
    </message>
    <message>
        <source>My patients</source>
        <translation>Mine pasienter</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Terapitimer</translation>
    </message>
    <message>
        <source>Data tools</source>
        <translation>Dataverktøy</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Deltaker</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashbord</translation>
    </message>
    <message>
        <source>Close this participant&apos;s page</source>
        <translation>Lukk deltakersiden</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Randomization</source>
        <translation>Randomisering</translation>
    </message>
    <message>
        <source>&amp;New trial…</source>
        <translation>&amp;Ny studie …</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Bruker</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Endre passord …</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lås nå</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Bytt bruker …</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Logg &amp;ut</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Passordet ditt er endret.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>Read-only: changes are refused</source>
        <translation>Skrivebeskyttet: endringer avvises</translation>
    </message>
    <message>
        <source>Database lock</source>
        <translation>Databaselås</translation>
    </message>
    <message>
        <source>Updated with changes from another client.</source>
        <translation>Oppdatert med endringer fra en annen klient.</translation>
    </message>
    <message>
        <source>Open &amp;server trial…</source>
        <translation>Åpne studie på &amp;server …</translation>
    </message>
</context>
<context>
    <name>td::MissedVisitDialog</name>
    <message>
        <source>Visit %1 is not in this participant&apos;s schedule.</source>
        <translation>Besøk %1 finnes ikke i denne deltakerens besøksplan.</translation>
    </message>
    <message>
        <source>Record missed visit</source>
        <translation>Registrer besøk som ikke ble gjennomført</translation>
    </message>
    <message>
        <source>Participant %1 · %2</source>
        <translation>Deltaker %1 · %2</translation>
    </message>
    <message>
        <source>Window: %1 to %2 (target %3)</source>
        <translation>Tidsvindu: %1 til %2 (måldato %3)</translation>
    </message>
    <message>
        <source>Not scheduled yet: the visit counts from randomization.</source>
        <translation>Ikke planlagt ennå: besøket regnes fra randomiseringen.</translation>
    </message>
    <message>
        <source>Scheduled: %1.</source>
        <translation>Planlagt: %1.</translation>
    </message>
    <message>
        <source>Already recorded with data: %1 (kept).</source>
        <translation>Allerede registrert med data: %1 (beholdes).</translation>
    </message>
    <message>
        <source>Every scheduled instrument of this visit that is not recorded yet is recorded as missing, with the reason below. The visit then shows as missed, and the data export says why.</source>
        <translation>Alle planlagte instrumenter ved dette besøket som ikke er registrert ennå, registreres som manglende med begrunnelsen nedenfor. Besøket vises da som ikke gjennomført, og dataeksporten oppgir hvorfor.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>e.g. Participant could not be reached</source>
        <translation>f.eks. Deltakeren kunne ikke nås</translation>
    </message>
    <message>
        <source>Required. The date is when the visit was settled as missed, no later than today.</source>
        <translation>Påkrevd. Datoen er da det ble fastslått at besøket ikke ble gjennomført, senest i dag.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>td::MissingFormsPanel</name>
    <message>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Til frist</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Senter</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ventet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Share received</source>
        <translation>Andel mottatt</translation>
    </message>
    <message>
        <source>Missing, window open</source>
        <translation>Mangler, vindu åpent</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Skjema</translation>
    </message>
    <message>
        <source>Window closes</source>
        <translation>Vinduet lukkes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Only &amp;overdue forms</source>
        <translation>Bare &amp;forfalte skjemaer</translation>
    </message>
    <message>
        <source>Overdue, double entry not complete</source>
        <translation>Forfalt, dobbeltregistrering ikke fullført</translation>
    </message>
    <message>
        <source>Double entry not complete</source>
        <translation>Dobbeltregistrering ikke fullført</translation>
    </message>
</context>
<context>
    <name>td::NewTrialWizard</name>
    <message>
        <source>Choose the file to create the trial in.</source>
        <translation>Velg filen studien skal opprettes i.</translation>
    </message>
    <message>
        <source>First administrator: %1</source>
        <translation>Første administrator: %1</translation>
    </message>
    <message>
        <source>New trial</source>
        <translation>Ny studie</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Bekreft</translation>
    </message>
    <message>
        <source>&amp;Create trial</source>
        <translation>&amp;Opprett studie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
</context>
<context>
    <name>td::OpenServerDialog</name>
    <message>
        <source>Open a trial on a server</source>
        <translation>Åpne en studie på en server</translation>
    </message>
    <message>
        <source>Where is the trial&apos;s database? You then sign in with your TrialDesk user name and password, which are your own login on the server. Only the address is remembered, never a password.</source>
        <translation>Hvor ligger studiens database? Deretter logger du inn med brukernavnet og passordet ditt i TrialDesk, som er din egen innlogging på serveren. Bare adressen huskes, aldri et passord.</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Nylige:</translation>
    </message>
    <message>
        <source>Pick a server trial opened before</source>
        <translation>Velg en serverstudie som er åpnet før</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>host name or address, such as db.example.org</source>
        <translation>vertsnavn eller adresse, for eksempel db.example.org</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>the trial&apos;s database, such as dit</source>
        <translation>studiens database, for eksempel dit</translation>
    </message>
    <message>
        <source>&amp;Secure connection:</source>
        <translation>S&amp;ikker forbindelse:</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate and name checked (verify-full)</source>
        <translation>Kryptert, serverens sertifikat og navn kontrollert (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked (verify-ca)</source>
        <translation>Kryptert, serverens sertifikat kontrollert (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted, the certificate not checked (require)</source>
        <translation>Kryptert, sertifikatet ikke kontrollert (require)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Kryptert når serveren tilbyr det (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>Ikke kryptert (disable)</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>Sertifikat&amp;utsteder:</translation>
    </message>
    <message>
        <source>the file of the CA that signed the server&apos;s certificate</source>
        <translation>filen til sertifikatutstederen (CA) som signerte serverens sertifikat</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg …</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s file</source>
        <translation>Sertifikatutstederens fil</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Sertifikater (*.crt *.pem *.cer);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>td::OutcomesEditor</name>
    <message>
        <source>Session measures and primary outcome</source>
        <translation>Mål ved timene og primært utfallsmål</translation>
    </message>
    <message>
        <source>Instruments given at therapy sessions, the primary outcome, and who sees outcomes compared between arms before the database is locked.</source>
        <translation>Instrumenter som gis ved terapitimene, det primære utfallsmålet, og hvem som ser utfall sammenlignet mellom armer før databasen er låst.</translation>
    </message>
    <message>
        <source>%1 – %2 (week %3)</source>
        <translation>%1 – %2 (uke %3)</translation>
    </message>
    <message>
        <source>&amp;Session measures: instruments given at every therapy session of the arms ticked below.</source>
        <translation>&amp;Mål ved timene: instrumenter som gis ved hver terapitime i armene som er krysset av nedenfor.</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Armer</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>&amp;Legg til mål</translation>
    </message>
    <message>
        <source>&amp;Remove measure</source>
        <translation>&amp;Fjern mål</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt o&amp;pp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>Given in the arms:</source>
        <translation>Gis i armene:</translation>
    </message>
    <message>
        <source>Primary outcome</source>
        <translation>Primært utfallsmål</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>At &amp;visit:</source>
        <translation>Ved &amp;besøk:</translation>
    </message>
    <message>
        <source>Outcomes compared between arms</source>
        <translation>Utfall sammenlignet mellom armer</translation>
    </message>
    <message>
        <source>Before the database is locked, only these roles see effect sizes, change and trajectories per arm; everyone else sees pooled figures.</source>
        <translation>Før databasen er låst, ser bare disse rollene effektstørrelser, endring og forløp per arm; alle andre ser samlede tall.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Utfall</translation>
    </message>
</context>
<context>
    <name>td::ParticipantActions</name>
    <message>
        <source>&amp;Screen new…</source>
        <translation>&amp;Ny screening …</translation>
    </message>
    <message>
        <source>Add a person assessed for the trial to the screening log</source>
        <translation>Legg til en person som er vurdert for studien, i screeningloggen</translation>
    </message>
    <message>
        <source>&amp;Eligibility…</source>
        <translation>&amp;Egnethet …</translation>
    </message>
    <message>
        <source>&amp;Consent…</source>
        <translation>&amp;Samtykke …</translation>
    </message>
    <message>
        <source>&amp;Randomize…</source>
        <translation>&amp;Randomiser …</translation>
    </message>
    <message>
        <source>Allocate the selected consented participant to an arm</source>
        <translation>Alloker den valgte deltakeren som har samtykket, til en arm</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Trekk ut …</translation>
    </message>
    <message>
        <source>Record that the selected participant leaves the trial</source>
        <translation>Registrer at den valgte deltakeren forlater studien</translation>
    </message>
    <message>
        <source>Answer the eligibility criteria not answered at screening, or record that the person is not eligible for other reasons</source>
        <translation>Besvar deltakelseskriteriene som ikke ble besvart ved screeningen, eller registrer at personen ikke er egnet av andre grunner</translation>
    </message>
    <message>
        <source>Record consent and the consent form version, or that the person declined</source>
        <translation>Registrer samtykke og versjonen av samtykkeskjemaet, eller at personen takket nei</translation>
    </message>
    <message>
        <source>Co&amp;variates…</source>
        <translation>&amp;Kovariater …</translation>
    </message>
    <message>
        <source>Enter or correct the covariates the protocol records</source>
        <translation>Registrer eller korriger kovariatene som protokollen angir</translation>
    </message>
    <message>
        <source>&amp;Therapist…</source>
        <translation>Tera&amp;peut …</translation>
    </message>
    <message>
        <source>Assign the therapist, or reassign with a reason</source>
        <translation>Tildel terapeut, eller bytt terapeut med en begrunnelse</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Endre stat&amp;us …</translation>
    </message>
    <message>
        <source>Treatment started, completed or discontinued, lost to follow-up, declined or withdrawn</source>
        <translation>Behandling startet, fullført eller avbrutt, tapt for oppfølging, takket nei eller trukket seg</translation>
    </message>
</context>
<context>
    <name>td::ParticipantPage</name>
    <message>
        <source>Participant %1</source>
        <translation>Deltaker %1</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open safety alert(s)</source>
        <translation>
            <numerusform>%Ln åpent sikkerhetsvarsel</numerusform>
            <numerusform>%Ln åpne sikkerhetsvarsler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No scores to show yet</source>
        <translation>Ingen skårer å vise ennå</translation>
    </message>
    <message>
        <source>Save chart as PDF</source>
        <translation>Lagre diagrammet som PDF</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Lagre diagrammet som PNG</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1.</source>
        <translation>Diagrammet kunne ikke lagres som %1.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Senter:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Screened:</source>
        <translation>Screenet:</translation>
    </message>
    <message>
        <source>Consented:</source>
        <translation>Samtykke:</translation>
    </message>
    <message>
        <source>Randomized:</source>
        <translation>Randomisert:</translation>
    </message>
    <message>
        <source>Arm:</source>
        <translation>Arm:</translation>
    </message>
    <message>
        <source>Therapist:</source>
        <translation>Terapeut:</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Assessments (%1)</source>
        <translation>Målinger (%1)</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Terapitimer (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln session(s) attended</source>
        <translation>
            <numerusform>%1 av %Ln terapitime møtt</numerusform>
            <numerusform>%1 av %Ln terapitimer møtt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%Ln open)</source>
        <translation>
            <numerusform>Varsler (%Ln åpent)</numerusform>
            <numerusform>Varsler (%Ln åpne)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Varsler</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Kvitter ut …</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation>Lagre diagram som &amp;PNG …</translation>
    </message>
    <message>
        <source>Save chart as P&amp;DF…</source>
        <translation>Lagre diagram som P&amp;DF …</translation>
    </message>
    <message>
        <source>Choose a visit first.</source>
        <translation>Velg et besøk først.</translation>
    </message>
    <message>
        <source>This visit is not scheduled yet: it counts from randomization.</source>
        <translation>Dette besøket er ikke planlagt ennå: det regnes fra randomiseringen.</translation>
    </message>
    <message>
        <source>Every instrument of this visit is complete.</source>
        <translation>Alle instrumentene ved dette besøket er fullført.</translation>
    </message>
    <message>
        <source>&amp;Enter assessment</source>
        <translation>&amp;Registrer vurdering</translation>
    </message>
    <message>
        <source>%1, protocol version %2</source>
        <translation>%1, protokollversjon %2</translation>
    </message>
    <message>
        <source>%1, consent form %2</source>
        <translation>%1, samtykkeskjema %2</translation>
    </message>
    <message>
        <source>Choose a visit that is due, overdue or partly recorded.</source>
        <translation>Velg et besøk som har åpent tidsvindu, er forsinket eller er delvis registrert.</translation>
    </message>
    <message>
        <source>Participant steps</source>
        <translation>Deltakertrinn</translation>
    </message>
    <message>
        <source>Eligibility and covariates</source>
        <translation>Egnethet og kovariater</translation>
    </message>
    <message>
        <source>Record &amp;missed visit…</source>
        <translation>Registrer besøk som ikke er &amp;gjennomført …</translation>
    </message>
    <message>
        <source>Unblinded for you on %1 by emergency unblinding.</source>
        <translation>Avblindet for deg %1 ved nødavblinding.</translation>
    </message>
    <message>
        <source>The arm is shown to you only. Let another blinded assessor do this participant&apos;s ratings.</source>
        <translation>Armen vises bare for deg. La en annen blindet vurderer gjøre vurderingene av denne deltakeren.</translation>
    </message>
    <message>
        <source>Emergency &amp;unblinding…</source>
        <translation>Nød&amp;avblinding …</translation>
    </message>
    <message>
        <source>Show this participant&apos;s treatment arm to you, with a reason that is audited and reviewed by the principal investigator</source>
        <translation>Vis deg denne deltakerens behandlingsarm, med en begrunnelse som registreres i revisjonssporet og gjennomgås av prosjektlederen</translation>
    </message>
    <message>
        <source>P&amp;rint summary…</source>
        <translation>Skriv &amp;ut sammendrag …</translation>
    </message>
    <message>
        <source>Preview this participant&apos;s summary on paper (visits, scores, chart and alerts, as this page shows them) and print it</source>
        <translation>Forhåndsvis deltakerens sammendrag på papir (besøk, skårer, diagram og varsler, slik denne siden viser dem) og skriv det ut</translation>
    </message>
    <message numerus="yes">
        <source>Queries (%Ln open)</source>
        <translation>
            <numerusform>Dataspørsmål (%Ln åpent)</numerusform>
            <numerusform>Dataspørsmål (%Ln åpne)</numerusform>
        </translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Dataspørsmål</translation>
    </message>
</context>
<context>
    <name>td::ParticipantTableModel</name>
    <message>
        <source>Study ID</source>
        <translation>Studie-ID</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Senter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeut</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Screenet</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Samtykket</translation>
    </message>
</context>
<context>
    <name>td::PatientDoseModel</name>
    <message>
        <source>Study ID</source>
        <translation>Studie-ID</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Møtt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Of dose</source>
        <translation>Andel av dose</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Siste time</translation>
    </message>
</context>
<context>
    <name>td::PrintPreview</name>
    <message>
        <source>Print preview – %1</source>
        <translation>Forhåndsvisning – %1</translation>
    </message>
</context>
<context>
    <name>td::ProtocolEditor</name>
    <message numerus="yes">
        <source>… and %Ln more problem(s).</source>
        <translation>
            <numerusform>… og %Ln problem til.</numerusform>
            <numerusform>… og %Ln problemer til.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ProtocolView</name>
    <message>
        <source>The protocol has problems, shown on the pages marked; nothing was saved.</source>
        <translation>Protokollen har problemer, vist på sidene som er merket; ingenting ble lagret.</translation>
    </message>
    <message>
        <source>An amendment needs a reason; nothing was saved.</source>
        <translation>En protokollendring trenger en begrunnelse; ingenting ble lagret.</translation>
    </message>
    <message numerus="yes">
        <source>Amendment saved as protocol version %1 (%Ln change(s)).</source>
        <translation>
            <numerusform>Protokollendringen er lagret som protokollversjon %1 (%Ln endring).</numerusform>
            <numerusform>Protokollendringen er lagret som protokollversjon %1 (%Ln endringer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Protocol saved (%Ln change(s)).</source>
        <translation>
            <numerusform>Protokollen er lagret (%Ln endring).</numerusform>
            <numerusform>Protokollen er lagret (%Ln endringer).</numerusform>
        </translation>
    </message>
    <message>
        <source>This page has problems</source>
        <translation>Denne siden har problemer</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Versjonshistorikk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Gjelder fra</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message numerus="yes">
        <source>Amendment mode: %Ln participant(s) are randomized, so a change is an amendment. It becomes protocol version %1 from its effective date, needs a reason, and may add or extend but not remove or change what stored data depends on.</source>
        <translation>
            <numerusform>Endringsmodus: %Ln deltaker er randomisert, så en endring er en protokollendring. Den blir protokollversjon %1 fra ikrafttredelsesdatoen, trenger en begrunnelse, og kan legge til eller utvide, men ikke fjerne eller endre det lagrede data avhenger av.</numerusform>
            <numerusform>Endringsmodus: %Ln deltakere er randomisert, så en endring er en protokollendring. Den blir protokollversjon %1 fra ikrafttredelsesdatoen, trenger en begrunnelse, og kan legge til eller utvide, men ikke fjerne eller endre det lagrede data avhenger av.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is randomized yet: saving changes protocol version %1 in place.</source>
        <translation>Ingen er randomisert ennå: lagring endrer protokollversjon %1 direkte.</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Protokollendring</translation>
    </message>
    <message>
        <source>Save the protocol</source>
        <translation>Lagre protokollen</translation>
    </message>
    <message>
        <source>Reaso&amp;n for the amendment:</source>
        <translation>Begr&amp;unnelse for protokollendringen:</translation>
    </message>
    <message>
        <source>Reaso&amp;n (optional):</source>
        <translation>Begr&amp;unnelse (valgfri):</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;Gjelder fra:</translation>
    </message>
    <message>
        <source>Changes (Preview lists them; those an amendment may not make are red):</source>
        <translation>Endringer (Forhåndsvis lister dem; de en protokollendring ikke kan gjøre, er røde):</translation>
    </message>
    <message>
        <source>Pre&amp;view changes</source>
        <translation>&amp;Forhåndsvis endringer</translation>
    </message>
    <message>
        <source>Revert &amp;to saved</source>
        <translation>&amp;Tilbake til lagret</translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation>&amp;Lagre protokollendring</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Lagre endringer</translation>
    </message>
</context>
<context>
    <name>td::QueryDialog</name>
    <message>
        <source>Query %1: %2</source>
        <translation>Dataspørsmål %1: %2</translation>
    </message>
    <message>
        <source>%1, %2. %3. Status: %4.</source>
        <translation>%1, %2. %3. Status: %4.</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(navnet vises ikke)</translation>
    </message>
    <message>
        <source>(no text, or a text you may not read)</source>
        <translation>(ingen tekst, eller en tekst du ikke kan lese)</translation>
    </message>
    <message>
        <source>The value was corrected with this response (assessment %1).</source>
        <translation>Verdien ble rettet med dette svaret (vurdering %1).</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>&amp;Respond</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>C&amp;lose the query</source>
        <translation>&amp;Lukk spørsmålet</translation>
    </message>
    <message>
        <source>Re-&amp;open</source>
        <translation>&amp;Gjenåpne</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Ferdig</translation>
    </message>
    <message>
        <source>Item %1 reads &quot;%2&quot;. &amp;Corrected value (optional):</source>
        <translation>Ledd %1 har «%2». &amp;Rettet verdi (valgfritt):</translation>
    </message>
</context>
<context>
    <name>td::QueryPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(navnet vises ikke)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 open, %3 answered, %4 closed</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 åpne, %3 besvart, %4 lukket</translation>
    </message>
    <message>
        <source>Only &amp;open and answered queries</source>
        <translation>Bare &amp;åpne og besvarte spørsmål</translation>
    </message>
    <message>
        <source>&amp;Raise a query…</source>
        <translation>&amp;Still et dataspørsmål …</translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation>Å&amp;pne …</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Stilt</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Siste steg</translation>
    </message>
</context>
<context>
    <name>td::RaiseQueryDialog</name>
    <message>
        <source>Raise a data query</source>
        <translation>Still et dataspørsmål</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Besøk:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Skjema:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Ledd:</translation>
    </message>
    <message>
        <source>The whole form</source>
        <translation>Hele skjemaet</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>S&amp;pørsmål:</translation>
    </message>
    <message>
        <source>The blinded outcome assessor rates this form and will read the question: write nothing that tells the treatment.</source>
        <translation>Den blindede utfallsvurdereren skårer dette skjemaet og vil lese spørsmålet: skriv ingenting som røper behandlingen.</translation>
    </message>
    <message>
        <source>&amp;Raise</source>
        <translation>S&amp;till</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>td::RandomizationSetupView</name>
    <message>
        <source>&quot;%1&quot; is not a whole number: write the block lengths as whole numbers separated by commas, e.g. %2.</source>
        <translation>«%1» er ikke et heltall: skriv blokklengdene som heltall skilt med komma, f.eks. %2.</translation>
    </message>
    <message>
        <source>Replace the current allocation list with a new one? No participant has been allocated, so the current list has not been used. The new list&apos;s SHA-256 and algorithm go into the audit trail.</source>
        <translation>Erstatte gjeldende allokeringsliste med en ny? Ingen deltaker er allokert, så gjeldende liste er ikke brukt. Den nye listens SHA-256 og algoritme føres i revisjonssporet.</translation>
    </message>
    <message>
        <source>Generate the concealed allocation list for the saved settings? Its SHA-256 and algorithm go into the audit trail.</source>
        <translation>Generere den skjulte allokeringslisten for de lagrede innstillingene? Dens SHA-256 og algoritme føres i revisjonssporet.</translation>
    </message>
    <message>
        <source>Generate allocation list</source>
        <translation>Generer allokeringsliste</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>How participants are allocated to the arms. Only the unblinded statistician sees this screen; the settings can change until the first participant is allocated.</source>
        <translation>Hvordan deltakerne allokeres til armene. Bare den ublindede statistikeren ser dette skjermbildet; innstillingene kan endres til den første deltakeren er allokert.</translation>
    </message>
    <message>
        <source>Arms and ratio (from the protocol)</source>
        <translation>Armer og fordeling (fra protokollen)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metode:</translation>
    </message>
    <message>
        <source>Stratified permuted blocks</source>
        <translation>Stratifiserte permuterte blokker</translation>
    </message>
    <message>
        <source>Minimization (Pocock-Simon)</source>
        <translation>Minimering (Pocock-Simon)</translation>
    </message>
    <message>
        <source>&amp;Block lengths:</source>
        <translation>&amp;Blokklengder:</translation>
    </message>
    <message>
        <source>Base probability &amp;q:</source>
        <translation>Grunnsannsynlighet &amp;q:</translation>
    </message>
    <message>
        <source>The probability of the arm that best balances the factors; %1 is usual, %2 makes every allocation deterministic.</source>
        <translation>Sannsynligheten for armen som best balanserer faktorene; %1 er vanlig, %2 gjør hver allokering deterministisk.</translation>
    </message>
    <message>
        <source>Stratification factors</source>
        <translation>Stratifiseringsfaktorer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt o&amp;pp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Begrunnelse for endringen:</translation>
    </message>
    <message>
        <source>Recorded in the audit trail</source>
        <translation>Føres i revisjonssporet</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Lagre innstillinger</translation>
    </message>
    <message>
        <source>Allocation list</source>
        <translation>Allokeringsliste</translation>
    </message>
    <message>
        <source>&amp;Generate allocation list…</source>
        <translation>&amp;Generer allokeringsliste …</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>%1 (%2 in all)</source>
        <translation>%1 (%2 i alt)</translation>
    </message>
    <message>
        <source>Ratio:</source>
        <translation>Fordeling:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) have been allocated, so these settings and the allocation list are read-only: changing them now would break the concealed sequence in use.</source>
        <translation>
            <numerusform>%Ln deltaker er allokert, så disse innstillingene og allokeringslisten kan bare leses: å endre dem nå ville bryte den skjulte sekvensen som er i bruk.</numerusform>
            <numerusform>%Ln deltakere er allokert, så disse innstillingene og allokeringslisten kan bare leses: å endre dem nå ville bryte den skjulte sekvensen som er i bruk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole numbers separated by commas, each a multiple of %1 (the sum of the ratio %2). Each block&apos;s length is drawn from this list.</source>
        <translation>Heltall skilt med komma, hvert et multiplum av %1 (summen av fordelingen %2). Hver blokks lengde trekkes fra denne listen.</translation>
    </message>
    <message>
        <source>e.g. %1, %2</source>
        <translation>f.eks. %1, %2</translation>
    </message>
    <message>
        <source>The protocol has no stratification factors; the administrator adds them to the protocol.</source>
        <translation>Protokollen har ingen stratifiseringsfaktorer; administratoren legger dem til i protokollen.</translation>
    </message>
    <message>
        <source>The checked fac&amp;tors are used, in this order.</source>
        <translation>De avkryssede fak&amp;torene brukes, i denne rekkefølgen.</translation>
    </message>
    <message>
        <source>Check the fac&amp;tors whose levels form the strata (none: the whole trial is one stratum); each stratum has its own sequence of blocks. Move up and Move down set their order.</source>
        <translation>Kryss av fak&amp;torene som har nivåer som danner strata (ingen: hele studien er ett stratum); hvert stratum har sin egen blokksekvens. Flytt opp og Flytt ned bestemmer rekkefølgen.</translation>
    </message>
    <message>
        <source>Check the fac&amp;tors to balance; each counts with its weight (F2 edits it). Move up and Move down set their order.</source>
        <translation>Kryss av fak&amp;torene som skal balanseres; hver teller med sin vekt (F2 redigerer den). Flytt opp og Flytt ned bestemmer rekkefølgen.</translation>
    </message>
    <message>
        <source>Minimization decides each allocation when the participant is randomized; there is no list to generate.</source>
        <translation>Minimering avgjør hver allokering når deltakeren randomiseres; det er ingen liste å generere.</translation>
    </message>
    <message>
        <source>This list is in use. Its entries stay concealed; the allocation export in Data tools has them.</source>
        <translation>Denne listen er i bruk. Oppføringene forblir skjult; allokeringseksporten i Dataverktøy inneholder dem.</translation>
    </message>
    <message>
        <source>Save the settings first; the list is made from the saved settings.</source>
        <translation>Lagre innstillingene først; listen lages fra de lagrede innstillingene.</translation>
    </message>
    <message>
        <source>Save the changed settings first; the list is made from the saved settings.</source>
        <translation>Lagre de endrede innstillingene først; listen lages fra de lagrede innstillingene.</translation>
    </message>
    <message>
        <source>The list stays concealed: only its summary is shown here. Until the first allocation a new list may replace it.</source>
        <translation>Listen forblir skjult: bare sammendraget vises her. Frem til den første allokeringen kan en ny liste erstatte den.</translation>
    </message>
    <message>
        <source>the operating system&apos;s random source</source>
        <translation>operativsystemets tilfeldighetskilde</translation>
    </message>
    <message>
        <source>a supplied seed</source>
        <translation>et oppgitt frø</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Oppføringer:</translation>
    </message>
    <message>
        <source>Strata:</source>
        <translation>Strata:</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Generert:</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algoritme:</translation>
    </message>
    <message>
        <source>%1, seed from %2</source>
        <translation>%1, frø fra %2</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Innstillingene er lagret.</translation>
    </message>
    <message>
        <source>Settings saved. The current list was made for the earlier settings and will not be used: generate a new one.</source>
        <translation>Innstillingene er lagret. Gjeldende liste ble laget for de tidligere innstillingene og vil ikke bli brukt: generer en ny.</translation>
    </message>
    <message>
        <source>Allocation list generated; its SHA-256 is in the audit trail.</source>
        <translation>Allokeringslisten er generert; dens SHA-256 står i revisjonssporet.</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Godkjent:</translation>
    </message>
    <message>
        <source>Not signed (set up before electronic signatures)</source>
        <translation>Ikke signert (satt opp før elektroniske signaturer)</translation>
    </message>
</context>
<context>
    <name>td::RandomizeDialog</name>
    <message>
        <source>Randomize %1</source>
        <translation>Randomiser %1</translation>
    </message>
    <message>
        <source>Randomize</source>
        <translation>Randomiser</translation>
    </message>
    <message>
        <source>Randomize now</source>
        <translation>Randomiser nå</translation>
    </message>
    <message>
        <source>Randomization is not possible: %1</source>
        <translation>Randomisering er ikke mulig: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none (the trial does not stratify)</source>
        <translation>ingen (studien stratifiserer ikke)</translation>
    </message>
    <message>
        <source>%1 is randomized to %2 (%3), allocation number %4 of the trial, at %5. The allocation is final and in the audit trail.</source>
        <translation>%1 er randomisert til %2 (%3) som allokering nummer %4 i studien, registrert %5. Allokeringen er endelig og ligger i revisjonssporet.</translation>
    </message>
    <message>
        <source>Check that this is the right person before you go on.

Participant: %1
Site: %2
Consent given: %3
Stratum: %4

Randomize now allocates %1 to a treatment arm by the trial&apos;s randomization method. It is done once and cannot be undone; the arm is shown here when it is made.</source>
        <translation>Kontroller at dette er riktig person før du går videre.

Deltaker: %1
Senter: %2
Samtykke gitt: %3
Stratum: %4

«Randomiser nå» allokerer %1 til en behandlingsarm etter studiens randomiseringsmetode. Det gjøres én gang og kan ikke angres; armen vises her når allokeringen er gjort.</translation>
    </message>
    <message>
        <source>Record them on the participant&apos;s page (Covariates…), then randomize.</source>
        <translation>Registrer dem på deltakersiden (Kovariater …), og randomiser deretter.</translation>
    </message>
    <message>
        <source>Enter them on the participant&apos;s page (Enter assessment), or record why they are missing, then randomize.</source>
        <translation>Registrer dem på deltakersiden (Registrer vurdering), eller oppgi hvorfor de mangler, og randomiser deretter.</translation>
    </message>
</context>
<context>
    <name>td::ReasonDialog</name>
    <message>
        <source>Reason for the change</source>
        <translation>Begrunnelse for endringen</translation>
    </message>
    <message>
        <source>This assessment was completed. Say why its values change; the reason is kept in the audit trail with the old and the new values.</source>
        <translation>Denne vurderingen var fullført. Oppgi hvorfor verdiene endres; begrunnelsen lagres i revisjonssporet sammen med de gamle og de nye verdiene.</translation>
    </message>
    <message>
        <source>e.g. Transcription error: the paper form says 2</source>
        <translation>f.eks. Transkripsjonsfeil: papirskjemaet viser 2</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lagre endringer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>A completed assessment changes only with a reason: type why.</source>
        <translation>En fullført vurdering endres bare med en begrunnelse: skriv hvorfor.</translation>
    </message>
    <message>
        <source>Outside the visit&apos;s window</source>
        <translation>Utenfor besøkets tidsvindu</translation>
    </message>
    <message>
        <source>Why was it done outside the window? The reason is stored with the assessment. Cancel saves nothing; your answers stay in the form.</source>
        <translation>Hvorfor ble den gjennomført utenfor tidsvinduet? Begrunnelsen lagres med vurderingen. Avbryt lagrer ingenting; svarene dine blir stående i skjemaet.</translation>
    </message>
    <message>
        <source>e.g. The participant was abroad during the window</source>
        <translation>f.eks. Deltakeren var i utlandet i tidsvinduet</translation>
    </message>
    <message>
        <source>Enter anyway</source>
        <translation>Registrer likevel</translation>
    </message>
    <message>
        <source>Void assessment</source>
        <translation>Fjern vurdering</translation>
    </message>
    <message>
        <source>A voided assessment is kept, with its history, in the audit trail, but it no longer counts: scores, visit states and exports leave it out. This cannot be undone. Say why it is voided.</source>
        <translation>En fjernet vurdering beholdes med historikken i revisjonssporet, men teller ikke lenger: skårer, besøksstatus og eksporter utelater den. Dette kan ikke angres. Oppgi hvorfor den fjernes.</translation>
    </message>
    <message>
        <source>e.g. Entered for the wrong participant</source>
        <translation>f.eks. Registrert på feil deltaker</translation>
    </message>
    <message>
        <source>Void session</source>
        <translation>Fjern terapitime</translation>
    </message>
    <message>
        <source>A voided session is kept, with its history, in the audit trail, but it no longer counts toward the dose. This cannot be undone. Say why it is voided.</source>
        <translation>En fjernet terapitime beholdes med historikken i revisjonssporet, men teller ikke lenger med i dosen. Dette kan ikke angres. Oppgi hvorfor den fjernes.</translation>
    </message>
    <message>
        <source>e.g. Recorded twice</source>
        <translation>f.eks. Registrert to ganger</translation>
    </message>
    <message>
        <source>Entering outside the window needs a reason: type why.</source>
        <translation>Registrering utenfor tidsvinduet krever en begrunnelse: skriv hvorfor.</translation>
    </message>
    <message>
        <source>Voiding needs a reason: type why.</source>
        <translation>Fjerning krever en begrunnelse: skriv hvorfor.</translation>
    </message>
</context>
<context>
    <name>td::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Print this key now, or write it down: it is shown only this once.&lt;/b&gt;&lt;br&gt;With it, the trial file %1 and its backups can be opened when every administrator has forgotten their password, so anyone who has it and the file can read the trial. Keep the sheet locked away, apart from the computer.</source>
        <translation>&lt;b&gt;Skriv ut denne nøkkelen nå, eller skriv den ned: den vises bare denne ene gangen.&lt;/b&gt;&lt;br&gt;Med den kan studiefilen %1 og sikkerhetskopiene åpnes når alle administratorene har glemt passordet sitt, så alle som har den og filen, kan lese studien. Oppbevar arket innelåst, et annet sted enn datamaskinen.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut …</translation>
    </message>
    <message>
        <source>I have &amp;printed or written it down</source>
        <translation>Jeg har skrevet den ut eller &amp;notert den</translation>
    </message>
    <message>
        <source>&lt;h2&gt;TrialDesk recovery key&lt;/h2&gt;&lt;p&gt;Trial file: %1&lt;br&gt;Printed: %2&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 20pt&quot;&gt;%3&lt;/p&gt;&lt;p&gt;This key opens the trial file and its backups. Keep this sheet locked away.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Gjenopprettingsnøkkel for TrialDesk&lt;/h2&gt;&lt;p&gt;Studiefil: %1&lt;br&gt;Skrevet ut: %2&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 20pt&quot;&gt;%3&lt;/p&gt;&lt;p&gt;Denne nøkkelen åpner studiefilen og sikkerhetskopiene. Oppbevar dette arket innelåst.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>td::RecruitmentCard</name>
    <message>
        <source>Recruitment</source>
        <translation>Rekruttering</translation>
    </message>
    <message>
        <source>Recruitment: %1 randomized of a target of %2</source>
        <translation>Rekruttering: %1 randomisert av et mål på %2</translation>
    </message>
    <message>
        <source>Recruitment: %1 randomized</source>
        <translation>Rekruttering: %1 randomisert</translation>
    </message>
    <message>
        <source>Date of randomization</source>
        <translation>Randomiseringsdato</translation>
    </message>
    <message>
        <source>Randomized (cumulative)</source>
        <translation>Randomisert (kumulativt)</translation>
    </message>
    <message>
        <source>All sites (n = %1)</source>
        <translation>Alle sentre (n = %1)</translation>
    </message>
    <message>
        <source>Site %1 (n = %2)</source>
        <translation>Senter %1 (n = %2)</translation>
    </message>
    <message>
        <source>Target (%1 by %2)</source>
        <translation>Mål (%1 innen %2)</translation>
    </message>
</context>
<context>
    <name>td::RegistryView</name>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln deltaker</numerusform>
            <numerusform>%Ln deltakere</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Study ID, site, status, therapist…</source>
        <translation>Studie-ID, senter, status, terapeut …</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle sentre</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Any therapist</source>
        <translation>Alle terapeuter</translation>
    </message>
    <message>
        <source>All arms</source>
        <translation>Alle armer</translation>
    </message>
    <message>
        <source>Study ID, site, status…</source>
        <translation>Studie-ID, senter, status …</translation>
    </message>
    <message>
        <source>Participant steps</source>
        <translation>Deltakertrinn</translation>
    </message>
</context>
<context>
    <name>td::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Tilbakestill passord</translation>
    </message>
    <message>
        <source>Give %1 (%2) a temporary password and tell it to them in person. They must choose a new password of their own the next time they sign in.</source>
        <translation>Gi %1 (%2) et midlertidig passord, og gi det til personen direkte. Ved neste innlogging må personen velge et nytt, eget passord.</translation>
    </message>
    <message>
        <source>Temporary &amp;password:</source>
        <translation>Midlertidig &amp;passord:</translation>
    </message>
    <message>
        <source>Rep&amp;eat password:</source>
        <translation>&amp;Gjenta passord:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>De to passordene er ulike; skriv det samme passordet to ganger.</translation>
    </message>
</context>
<context>
    <name>td::RetentionCard</name>
    <message>
        <source>Retention per visit and arm</source>
        <translation>Retensjon per besøk og arm</translation>
    </message>
    <message>
        <source>Retention per visit and arm (%1 completed)</source>
        <translation>Retensjon per besøk og arm (fullført %1)</translation>
    </message>
    <message>
        <source>Participants due for the visit (its window has closed, or they have it) with a completed assessment; Wilson 95% confidence intervals.</source>
        <translation>Deltakere som besøket gjelder (tidsvinduet er lukket, eller de har hatt besøket), med fullført vurdering; 95 % konfidensintervaller etter Wilson.</translation>
    </message>
    <message>
        <source>Retention per visit, all arms pooled</source>
        <translation>Oppfølging per besøk, alle armer samlet</translation>
    </message>
    <message>
        <source>Retention per visit, all arms pooled (%1 completed)</source>
        <translation>Oppfølging per besøk, alle armer samlet (%1 fullført)</translation>
    </message>
</context>
<context>
    <name>td::RetentionModel</name>
    <message>
        <source>%1 at %2: %3 of %4 due with a completed assessment</source>
        <extracomment>Retention tooltip: arm, visit, completed, due.</extracomment>
        <translation>%1 ved %2: %3 av %4 som besøket gjelder, med fullført vurdering</translation>
    </message>
    <message>
        <source>%1, % (95% CI)</source>
        <extracomment>Retention column header: arm code, then the unit of the cells.</extracomment>
        <translation>%1, % (95 % KI)</translation>
    </message>
</context>
<context>
    <name>td::ScheduleEditor</name>
    <message>
        <source>Visit schedule</source>
        <translation>Besøksplan</translation>
    </message>
    <message>
        <source>The assessment visits, counted in weeks from randomization, with the window allowed either side, the instruments given and who rates them.</source>
        <translation>Vurderingsbesøkene, regnet i uker fra randomisering, med tillatt vindu på hver side, instrumentene som gis og hvem som skårer dem.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Instruments at %1:</source>
        <translation>&amp;Instrumenter ved %1:</translation>
    </message>
    <message>
        <source>&amp;Instruments (choose a visit above):</source>
        <translation>&amp;Instrumenter (velg et besøk ovenfor):</translation>
    </message>
    <message>
        <source>One row per visit. Week 0 is randomization; tick &quot;Before randomization&quot; for the baseline, whose instruments must be complete before a participant is randomized.</source>
        <translation>Én rad per besøk. Uke 0 er randomiseringen; kryss av «Før randomisering» for baseline, der instrumentene må være fullført før en deltaker randomiseres.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Navn (engelsk)</translation>
    </message>
    <message>
        <source>Name (Norwegian)</source>
        <translation>Navn (norsk)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Vindu (dager)</translation>
    </message>
    <message>
        <source>Before randomization</source>
        <translation>Før randomisering</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumenter</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Armer</translation>
    </message>
    <message>
        <source>&amp;Add visit</source>
        <translation>&amp;Legg til besøk</translation>
    </message>
    <message>
        <source>&amp;Remove visit</source>
        <translation>&amp;Fjern besøk</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt o&amp;pp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Vurderer</translation>
    </message>
    <message>
        <source>Add instrumen&amp;t</source>
        <translation>Legg til ins&amp;trument</translation>
    </message>
    <message>
        <source>Remo&amp;ve instrument</source>
        <translation>Fjern instr&amp;ument</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Flytt op&amp;p</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytt ne&amp;d</translation>
    </message>
    <message>
        <source>This visit is only for the arms ticked (none ticked: every arm):</source>
        <translation>Dette besøket er bare for armene som er krysset av (ingen avkrysset: alle armer):</translation>
    </message>
</context>
<context>
    <name>td::ScreenDialog</name>
    <message>
        <source>Screen a new participant</source>
        <translation>Screen en ny deltaker</translation>
    </message>
    <message>
        <source>Add to screening log</source>
        <translation>Legg til i screeningloggen</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Senter:</translation>
    </message>
    <message>
        <source>Screening &amp;date:</source>
        <translation>Screening&amp;dato:</translation>
    </message>
    <message>
        <source>Choose the site where the person was assessed.</source>
        <translation>Velg senteret der personen ble vurdert.</translation>
    </message>
    <message>
        <source>Eligibility criteria: does each apply to the person?</source>
        <translation>Deltakelseskriterier: gjelder hvert av dem for personen?</translation>
    </message>
    <message>
        <source>Covariates known at screening</source>
        <translation>Kovariater kjent ved screening</translation>
    </message>
    <message>
        <source>A screening log entry dated %1 is added at %2, and the person gets the next study ID of that site (%3-…).</source>
        <translation>En oppføring i screeningloggen datert %1 legges til ved %2, og personen får neste studie-ID ved dette senteret (%3-…).</translation>
    </message>
    <message>
        <source>Eligibility and consent are recorded as the next steps.</source>
        <translation>Egnethet og samtykke registreres i de neste trinnene.</translation>
    </message>
    <message>
        <source>Every criterion is answered, so eligibility is decided at once.</source>
        <translation>Alle kriteriene er besvart, så egnetheten avgjøres med en gang.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln criterion(s) not answered yet: the person stays screened until every criterion is answered (the Eligibility step).</source>
        <translation>
            <numerusform>%Ln kriterium er ikke besvart ennå: personen forblir screenet til alle kriteriene er besvart (trinnet Egnethet).</numerusform>
            <numerusform>%Ln kriterier er ikke besvart ennå: personen forblir screenet til alle kriteriene er besvart (trinnet Egnethet).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is added to the screening log at %2, dated %3.</source>
        <translation>%1 legges til i screeningloggen ved %2, datert %3.</translation>
    </message>
    <message>
        <source>Eligible: every inclusion criterion is met and no exclusion criterion applies. Consent is recorded next.</source>
        <translation>Egnet: alle inklusjonskriteriene er oppfylt, og ingen eksklusjonskriterier gjelder. Samtykke registreres deretter.</translation>
    </message>
    <message>
        <source>Not eligible (%1). The person leaves the trial in the CONSORT box &quot;Excluded&quot;.</source>
        <translation>Ikke egnet (%1). Personen forlater studien i CONSORT-boksen «Ekskludert».</translation>
    </message>
    <message>
        <source>Eligibility is not decided yet. It is decided once the remaining criteria are answered (the Eligibility step).</source>
        <translation>Egnetheten er ikke avgjort ennå. Den avgjøres når de gjenstående kriteriene er besvart (trinnet Egnethet).</translation>
    </message>
</context>
<context>
    <name>td::SecondEntryDialog</name>
    <message>
        <source>Item %1 is not entered; type NA for a missing answer.</source>
        <translation>Punkt %1 er ikke fylt inn; skriv NA for et manglende svar.</translation>
    </message>
    <message>
        <source>The two entries agree: the form is complete.</source>
        <translation>De to registreringene stemmer overens: skjemaet er komplett.</translation>
    </message>
    <message>
        <source>The entries differ at item(s) %1. A third person adjudicates them under Data quality, Double entry.</source>
        <translation>Registreringene er ulike i punkt %1. En tredje person avgjør dem under Datakvalitet, Dobbeltregistrering.</translation>
    </message>
    <message>
        <source>Second entry: %1</source>
        <translation>Andre registrering: %1</translation>
    </message>
    <message>
        <source>%1. Key the paper form again, item by item. The first entry is not shown; the two are compared when you save.</source>
        <translation>%1. Registrer papirskjemaet på nytt, punkt for punkt. Første registrering vises ikke; de to sammenlignes når du lagrer.</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Save second entry</source>
        <translation>&amp;Lagre andre registrering</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>td::ServerBackupBox</name>
    <message>
        <source>Backups on the database server</source>
        <translation>Sikkerhetskopier på databaseserveren</translation>
    </message>
    <message>
        <source>the owner of the trial&apos;s tables</source>
        <translation>eieren av studiens tabeller</translation>
    </message>
    <message>
        <source>This trial is on the database server %1, which keeps its data: TrialDesk writes no backup of it. The server&apos;s administrator backs it up with PostgreSQL&apos;s own tools, as %2 (who owns the trial&apos;s tables) or a superuser, with the password from PGPASSWORD or ~/.pgpass. Your own login could not make a whole copy: it may not read the allocation list or the users&apos; passwords. Continuous archiving on the server keeps every change between dumps as well.</source>
        <translation>Denne studien ligger på databaseserveren %1, som tar vare på dataene: TrialDesk skriver ingen sikkerhetskopi av den. Serverens administrator sikkerhetskopierer den med PostgreSQLs egne verktøy, som %2 (som eier studiens tabeller) eller en superbruker, med passordet fra PGPASSWORD eller ~/.pgpass. Din egen innlogging kunne ikke laget en hel kopi: den kan ikke lese allokeringslisten eller brukernes passord. Kontinuerlig arkivering på serveren tar i tillegg vare på hver endring mellom dumpene.</translation>
    </message>
    <message>
        <source>&amp;Back up (a dump of the whole trial, readable only by who may read all of it):</source>
        <translation>&amp;Sikkerhetskopier (en dump av hele studien, som bare den som kan lese alt, kan lese):</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>Gjenopprett:</translation>
    </message>
    <message>
        <source>To go back to a dump, everyone closes TrialDesk, and the server&apos;s administrator runs the command below with the dump&apos;s file. It replaces the trial&apos;s tables, their rows, rules and grants by the dump&apos;s, in one transaction: if it fails, nothing changes. The users&apos; login roles belong to the server and stay as they are. Then verify the audit trail here: this computer remembers the trail&apos;s last signed head, so the check names what the restore took back.</source>
        <translation>For å gå tilbake til en dump lukker alle TrialDesk, og serverens administrator kjører kommandoen under med dumpens fil. Den erstatter studiens tabeller, radene, reglene og tilgangene deres med dumpens, i én transaksjon: mislykkes den, endres ingenting. Brukernes innloggingsroller hører til serveren og blir som de er. Kontroller deretter revisjonssporet her: denne datamaskinen husker sporets siste signerte hode, så kontrollen navngir det gjenopprettingen tok tilbake.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opier</translation>
    </message>
    <message>
        <source>There is nothing to compact: the server keeps its tables in order itself (autovacuum).</source>
        <translation>Det er ingenting å komprimere: serveren holder selv orden på tabellene sine (autovacuum).</translation>
    </message>
</context>
<context>
    <name>td::SessionListModel</name>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Bruker %1</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Fjernet: %1</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeut</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrert av</translation>
    </message>
</context>
<context>
    <name>td::SessionLogView</name>
    <message>
        <source>Choose a patient first.</source>
        <translation>Velg en pasient først.</translation>
    </message>
    <message>
        <source>My patients: attendance against the planned dose</source>
        <translation>Mine pasienter: oppmøte mot planlagt dose</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Legg til en terapitime</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>&amp;Oppmøte</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>&amp;Varighet</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Legg til time</translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>Terapitimer for %1</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Terapitimer</translation>
    </message>
    <message>
        <source>Session %1 of %2 on %3: %4</source>
        <translation>Terapitime %1 for %2, %3: %4</translation>
    </message>
    <message>
        <source>Show &amp;voided sessions</source>
        <translation>Vis &amp;fjernede timer</translation>
    </message>
    <message>
        <source>V&amp;oid session…</source>
        <translation>Fjern &amp;time …</translation>
    </message>
    <message>
        <source>Void the selected session with a reason: it stays in the audit trail and no longer counts toward the dose.</source>
        <translation>Fjern den valgte timen med en begrunnelse: den blir værende i revisjonssporet, men teller ikke lenger med i dosen.</translation>
    </message>
    <message>
        <source>Participants: attendance against the planned dose</source>
        <translation>Deltakere: oppmøte mot planlagt dose</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Deltakere: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Vist: %1 av %2</translation>
    </message>
    <message>
        <source>Not saved: %1 already has a session on %2. Change the date, or add the session again and confirm it.</source>
        <translation>Ikke lagret: %1 har allerede en time %2. Endre datoen, eller legg til timen igjen og bekreft den.</translation>
    </message>
    <message>
        <source>Another session on this date?</source>
        <translation>Enda en time denne datoen?</translation>
    </message>
    <message>
        <source>Record another session</source>
        <translation>Registrer enda en time</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <source>Enter in the date or the duration adds the session. In a drop-down list Enter only picks the entry.</source>
        <translation>Enter i datoen eller varigheten legger til timen. I en nedtrekksliste velger Enter bare oppføringen.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>F&amp;inn:</translation>
    </message>
    <message>
        <source>Study ID, arm or date of the last session…</source>
        <translation>Studie-ID, arm eller dato for siste time …</translation>
    </message>
</context>
<context>
    <name>td::SessionTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Fjernet: %1</translation>
    </message>
</context>
<context>
    <name>td::SignatureField</name>
    <message>
        <source>Electronic signature (%1)</source>
        <translation>Elektronisk signatur (%1)</translation>
    </message>
    <message>
        <source>Signing as %1, you declare: &quot;%2&quot; Your signature, with its meaning and time, is kept with the record and in the audit trail.</source>
        <translation>Når du signerer som %1, erklærer du: «%2» Signaturen din, med betydning og tidspunkt, lagres med posten og i revisjonssporet.</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Ditt &amp;passord:</translation>
    </message>
</context>
<context>
    <name>td::SiteChoice</name>
    <message>
        <source>&amp;All sites</source>
        <translation>&amp;Alle sentre</translation>
    </message>
    <message>
        <source>&amp;Only these sites:</source>
        <translation>Bare &amp;disse sentrene:</translation>
    </message>
    <message>
        <source>The trial has no sites yet; add them to the protocol to choose some.</source>
        <translation>Studien har ingen sentre ennå; legg dem til i protokollen for å kunne velge.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A site in a list: its code and name, e.g. &quot;OSL – Oslo University Hospital&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>td::SitesEditor</name>
    <message>
        <source>Sites</source>
        <translation>Sentre</translation>
    </message>
    <message>
        <source>The clinics that recruit. A site&apos;s code starts its participants&apos; study ids.</source>
        <translation>Klinikkene som rekrutterer. Senterets kode innleder deltakernes studie-id.</translation>
    </message>
    <message>
        <source>One row per site. Codes are letters, digits or _ (e.g. OSL); names are given in English and in Norwegian.</source>
        <translation>Én rad per senter. Koder er bokstaver, sifre eller _ (f.eks. OSL); navn gis på engelsk og på norsk.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Navn (engelsk)</translation>
    </message>
    <message>
        <source>Name (Norwegian)</source>
        <translation>Navn (norsk)</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>&amp;Legg til senter</translation>
    </message>
    <message>
        <source>&amp;Remove site</source>
        <translation>&amp;Fjern senter</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt o&amp;pp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytt &amp;ned</translation>
    </message>
</context>
<context>
    <name>td::SourceVerificationPanel</name>
    <message>
        <source>Choose a form first.</source>
        <translation>Velg et skjema først.</translation>
    </message>
    <message>
        <source>Verified %1</source>
        <translation>Kontrollert %1</translation>
    </message>
    <message>
        <source>Verified %1 by %2</source>
        <translation>Kontrollert %1 av %2</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Ikke kontrollert</translation>
    </message>
    <message>
        <source>Recorded as missing</source>
        <translation>Registrert som manglende</translation>
    </message>
    <message>
        <source>Visit forms verified against their source, per site</source>
        <translation>Besøksskjemaer kontrollert mot kilden, per senter</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Senter</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Skjemaer</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Kontrollert</translation>
    </message>
    <message>
        <source>Share verified</source>
        <translation>Andel kontrollert</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Deltaker:</translation>
    </message>
    <message>
        <source>study id, e.g. OSL-001</source>
        <translation>studie-ID, f.eks. OSL-001</translation>
    </message>
    <message>
        <source>&amp;Show forms</source>
        <translation>&amp;Vis skjemaer</translation>
    </message>
    <message>
        <source>&amp;Verified against source</source>
        <translation>&amp;Kontrollert mot kilden</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Skjema</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Source data verification</source>
        <translation>Kildedatakontroll</translation>
    </message>
</context>
<context>
    <name>td::StartPage</name>
    <message>
        <source>This protocol cannot be used:</source>
        <translation>Denne protokollen kan ikke brukes:</translation>
    </message>
    <message>
        <source>Open a protocol file</source>
        <translation>Åpne en protokollfil</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>Protokollfiler (*.json)</translation>
    </message>
    <message>
        <source>Start a new trial</source>
        <translation>Start en ny studie</translation>
    </message>
    <message>
        <source>Choose what the new trial&apos;s protocol starts from. Every page after this one can change it before anything is created.</source>
        <translation>Velg hva den nye studiens protokoll tar utgangspunkt i. Alle sidene etter denne kan endre den før noe opprettes.</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Start fra:</translation>
    </message>
    <message>
        <source>The &amp;MOP template (%1)</source>
        <translation>&amp;MOP-malen (%1)</translation>
    </message>
    <message>
        <source>The &amp;DIT pilot template (%1)</source>
        <translation>&amp;DIT-pilotmalen (%1)</translation>
    </message>
    <message>
        <source>A b&amp;lank protocol</source>
        <translation>En t&amp;om protokoll</translation>
    </message>
    <message>
        <source>A protocol &amp;file (JSON, as written by &quot;Save protocol file&quot; or trialdesk-cli protocol export):</source>
        <translation>En protokoll&amp;fil (JSON, slik «Lagre protokollfil» eller trialdesk-cli protocol export skriver den):</translation>
    </message>
    <message>
        <source>Ch&amp;oose file…</source>
        <translation>&amp;Velg fil …</translation>
    </message>
    <message>
        <source>Path of a protocol file</source>
        <translation>Sti til en protokollfil</translation>
    </message>
</context>
<context>
    <name>td::StatusDialog</name>
    <message>
        <source>Status of %1</source>
        <translation>Status for %1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Trekk ut</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Endre status</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nå:</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Ny status:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>Required for this change; it goes into the audit trail.</source>
        <translation>Påkrevd for denne endringen; den føres i revisjonssporet.</translation>
    </message>
    <message>
        <source>Optional; it goes into the audit trail.</source>
        <translation>Valgfri; den føres i revisjonssporet.</translation>
    </message>
    <message>
        <source>e.g. moved abroad; withdrew consent</source>
        <translation>f.eks. flyttet utenlands; trakk samtykket</translation>
    </message>
    <message>
        <source>The data collected so far may still be &amp;used in the analysis</source>
        <translation>&amp;Dataene som er samlet inn så langt, kan fortsatt brukes i analysen</translation>
    </message>
    <message>
        <source>%1 is recorded as declining and leaves the trial in the CONSORT box &quot;Declined to participate&quot;.</source>
        <translation>%1 registreres som takket nei og forlater studien i CONSORT-boksen «Takket nei til å delta».</translation>
    </message>
    <message>
        <source>%1 resumes treatment (reason: %2).</source>
        <translation>%1 gjenopptar behandlingen (begrunnelse: %2).</translation>
    </message>
    <message>
        <source>%1 is traced again and back in treatment (reason: %2).</source>
        <translation>%1 er sporet opp igjen og er tilbake i behandling (begrunnelse: %2).</translation>
    </message>
    <message>
        <source>%1 starts treatment.</source>
        <translation>%1 starter behandlingen.</translation>
    </message>
    <message>
        <source>%1 has completed treatment; the follow-up visits go on as planned.</source>
        <translation>%1 har fullført behandlingen; oppfølgingsbesøkene fortsetter som planlagt.</translation>
    </message>
    <message>
        <source>%1 stops treatment early (reason: %2). The follow-up assessments go on as planned; CONSORT counts %1 as having discontinued the intervention.</source>
        <translation>%1 avslutter behandlingen før tiden (begrunnelse: %2). Oppfølgingsvurderingene fortsetter som planlagt; i CONSORT telles %1 som avbrutt intervensjon.</translation>
    </message>
    <message>
        <source>%1 is recorded as lost to follow-up (reason: %2). If %1 is traced again, the status can return.</source>
        <translation>%1 registreres som tapt for oppfølging (begrunnelse: %2). Hvis %1 blir sporet opp igjen, kan statusen endres tilbake.</translation>
    </message>
    <message>
        <source>The data collected so far stay in the analysis.</source>
        <translation>Dataene som er samlet inn så langt, blir med i analysen.</translation>
    </message>
    <message>
        <source>The data collected so far are kept but marked as not to be used in the analysis.</source>
        <translation>Dataene som er samlet inn så langt, beholdes, men merkes som ikke til bruk i analysen.</translation>
    </message>
    <message>
        <source>%1 is withdrawn from the trial (reason: %2); no further visits are scheduled. %3 Nothing recorded is deleted.</source>
        <translation>%1 trekkes ut av studien (begrunnelse: %2); ingen flere besøk planlegges. %3 Ingenting som er registrert, slettes.</translation>
    </message>
    <message>
        <source>%1 goes from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>%1 går fra «%2» til «%3».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is changed by another step, or is final: no status change is possible here.</source>
        <translation>«%1» endres i et annet trinn, eller er endelig: ingen statusendring er mulig her.</translation>
    </message>
    <message>
        <source>%1 goes from &quot;%2&quot; to &quot;%3&quot;. Write the reason first: it is required.</source>
        <translation>%1 går fra «%2» til «%3». Skriv begrunnelsen først: den er påkrevd.</translation>
    </message>
</context>
<context>
    <name>td::StratificationEditor</name>
    <message>
        <source>Stratification</source>
        <translation>Stratifisering</translation>
    </message>
    <message>
        <source>The factors randomization balances the arms within: the site, a covariate cut into levels, or the severity before randomization cut at a score.</source>
        <translation>Faktorene randomiseringen balanserer armene innenfor: senteret, en kovariat delt i nivåer, eller alvorlighetsgraden før randomisering delt ved en skår.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No stratification factors: every participant is in one stratum.</source>
        <translation>Ingen stratifiseringsfaktorer: alle deltakere er i ett stratum.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln level(s))</source>
        <translation>
            <numerusform>%1 (%Ln nivå)</numerusform>
            <numerusform>%1 (%Ln nivåer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 = %Ln stratum(s)</source>
        <translation>
            <numerusform>%1 = %Ln stratum</numerusform>
            <numerusform>%1 = %Ln strata</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; write the cut points as numbers separated by &quot;%2&quot;</source>
        <translation>«%1» er ikke et tall; skriv skjæringspunktene som tall skilt med «%2»</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Covariate</source>
        <translation>Kovariat</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Cut points</source>
        <translation>Skjæringspunkter</translation>
    </message>
    <message>
        <source>&amp;Add factor</source>
        <translation>&amp;Legg til faktor</translation>
    </message>
    <message>
        <source>&amp;Remove factor</source>
        <translation>&amp;Fjern faktor</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytt o&amp;pp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytt &amp;ned</translation>
    </message>
    <message>
        <source>&amp;Factors, one row per factor. A site factor needs nothing more. A covariate factor names a covariate that is required for randomization: a number is cut at cut points, a choice is stratified by its choices. A severity factor cuts the total score of an instrument given at the visit before randomization. Write cut points in ascending order, separated by &quot;%1&quot; (for example %2); each starts a level, so a cut at 24 makes the levels below 24, and 24 or more.</source>
        <translation>&amp;Faktorer, én rad per faktor. En senterfaktor trenger ikke mer. En kovariatfaktor oppgir en kovariat som kreves for randomisering: et tall deles ved skjæringspunkter, et valg stratifiseres etter valgene. En alvorlighetsfaktor deler totalskåren til et instrument som gis ved besøket før randomisering. Skriv skjæringspunktene i stigende rekkefølge, skilt med «%1» (for eksempel %2); hvert starter et nivå, så en deling ved 24 gir nivåene under 24, og 24 eller mer.</translation>
    </message>
</context>
<context>
    <name>td::SummaryPage</name>
    <message>
        <source>The protocol still has problems; go back and correct them:</source>
        <translation>Protokollen har fortsatt problemer; gå tilbake og rett dem:</translation>
    </message>
    <message>
        <source>Create the trial in</source>
        <translation>Opprett studien i</translation>
    </message>
    <message>
        <source>Trial files (*.sqlite)</source>
        <translation>Studiefiler (*.sqlite)</translation>
    </message>
    <message>
        <source>Save protocol file</source>
        <translation>Lagre protokollfil</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>Protokollfiler (*.json)</translation>
    </message>
    <message>
        <source>Protocol saved as %1.</source>
        <translation>Protokollen er lagret som %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Check the protocol. Create makes the trial file with this protocol and its first administrator; nothing is written before.</source>
        <translation>Kontroller protokollen. Opprett lager studiefilen med denne protokollen og den første administratoren; ingenting skrives før det.</translation>
    </message>
    <message>
        <source>Trial &amp;file:</source>
        <translation>Studie&amp;fil:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg …</translation>
    </message>
    <message>
        <source>&amp;Save protocol file…</source>
        <translation>&amp;Lagre protokollfil …</translation>
    </message>
    <message>
        <source>&amp;Encrypt the trial file (recommended): it opens only with a user&apos;s password</source>
        <translation>&amp;Krypter studiefilen (anbefalt): den kan bare åpnes med en brukers passord</translation>
    </message>
    <message>
        <source>Without it, anyone who copies the file can read it. Exports for analysis are never encrypted.</source>
        <translation>Uten kryptering kan alle som kopierer filen, lese den. Eksporter for analyse krypteres aldri.</translation>
    </message>
    <message>
        <source>A file, or a database on a PostgreSQL server: postgresql://postgres@host:port/database</source>
        <translation>En fil, eller en database på en PostgreSQL-server: postgresql://postgres@vert:port/database</translation>
    </message>
    <message>
        <source>The trial is created in this server database with the server&apos;s own credentials (PGPASSWORD or ~/.pgpass, for a role that may create databases and roles). Then everyone, the first administrator too, signs in as their own login on the server.</source>
        <translation>Studien opprettes i denne serverdatabasen med serverens egne påloggingsopplysninger (PGPASSWORD eller ~/.pgpass, for en rolle som kan opprette databaser og roller). Deretter logger alle, også den første administratoren, inn med sin egen innlogging på serveren.</translation>
    </message>
</context>
<context>
    <name>td::TherapistDialog</name>
    <message>
        <source>Therapist of %1</source>
        <translation>Terapeut for %1</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Bytt terapeut</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tildel</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nå:</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>ingen tildelt</translation>
    </message>
    <message>
        <source>&amp;Therapist:</source>
        <translation>&amp;Terapeut:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>e.g. therapist on leave; the participant asked</source>
        <translation>f.eks. terapeuten har permisjon; deltakeren ba om det</translation>
    </message>
    <message>
        <source>No active therapist works at %1. The administrator adds therapists and the sites they work at in the Users area.</source>
        <translation>Ingen aktive terapeuter arbeider ved %1. Administratoren legger til terapeuter og sentrene de arbeider ved, under Brukere.</translation>
    </message>
    <message>
        <source>%1 is the therapist of %2 now. Choose another therapist to reassign.</source>
        <translation>%1 er terapeut for %2 nå. Velg en annen terapeut for å bytte.</translation>
    </message>
    <message>
        <source>%1 becomes the therapist of %2 and sees %2 among their patients.</source>
        <translation>%1 blir terapeut for %2 og ser %2 blant sine pasienter.</translation>
    </message>
    <message>
        <source>%1 takes over %2 from %3. Write the reason first: it is required.</source>
        <translation>%1 overtar %2 fra %3. Skriv begrunnelsen først: den er påkrevd.</translation>
    </message>
    <message>
        <source>%1 takes over %2 from %3 (reason: %4); %3 no longer sees %2.</source>
        <translation>%1 overtar %2 fra %3 (begrunnelse: %4); %3 ser ikke lenger %2.</translation>
    </message>
</context>
<context>
    <name>td::TrajectoryCard</name>
    <message>
        <source>Mean %1 per arm, observed cases (95% CI)</source>
        <translation>Gjennomsnittlig %1 per arm, observerte tilfeller (95 % KI)</translation>
    </message>
    <message>
        <source>Weeks since randomization</source>
        <translation>Uker siden randomisering</translation>
    </message>
    <message>
        <source>Mean %1 total</source>
        <translation>Gjennomsnittlig %1 totalskår</translation>
    </message>
    <message>
        <source>%1 95% CI</source>
        <translation>%1 95 % KI</translation>
    </message>
    <message>
        <source>Mean %1, all arms pooled, observed cases (95% CI)</source>
        <extracomment>Title of the trajectory chart when the arms are pooled; %1: instrument.</extracomment>
        <translation>Gjennomsnittlig %1, alle armer samlet, observerte tilfeller (95 % KI)</translation>
    </message>
</context>
<context>
    <name>td::TrajectoryChart</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Safety alert: %1</source>
        <translation>Sikkerhetsvarsel: %1</translation>
    </message>
    <message>
        <source>Session %1, %2, %3</source>
        <translation>Terapitime %1, %2, %3</translation>
    </message>
    <message>
        <source>No scores to show yet</source>
        <translation>Ingen skårer å vise ennå</translation>
    </message>
    <message>
        <source>Weeks since randomization</source>
        <translation>Uker siden randomisering</translation>
    </message>
    <message>
        <source>Weeks since the first assessment</source>
        <translation>Uker siden første måling</translation>
    </message>
    <message>
        <source>%1 total</source>
        <extracomment>Score axis of the participant&apos;s chart; %1 is the instrument, e.g. PHQ-9.</extracomment>
        <translation>%1 totalskår</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Baseline %1</translation>
    </message>
    <message>
        <source>Reliable improvement below %1</source>
        <translation>Reliabel bedring under %1</translation>
    </message>
    <message>
        <source>Reliable improvement above %1</source>
        <translation>Reliabel bedring over %1</translation>
    </message>
    <message>
        <source>No reliable improvement possible from this baseline</source>
        <translation>Reliabel bedring er ikke mulig fra denne baseline</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Sikkerhetsvarsel</translation>
    </message>
    <message>
        <source>Session attended</source>
        <translation>Terapitime møtt</translation>
    </message>
    <message>
        <source>Session not attended</source>
        <translation>Terapitime ikke møtt</translation>
    </message>
    <message>
        <source>%1 over weeks since randomization</source>
        <extracomment>Title of one participant&apos;s chart; %1 is the instrument, e.g. PHQ-9.</extracomment>
        <translation>%1 over tid (uker siden randomisering)</translation>
    </message>
    <message>
        <source>%1 over weeks since the first assessment</source>
        <translation>%1 over tid (uker siden første måling)</translation>
    </message>
</context>
<context>
    <name>td::TrialEditor</name>
    <message>
        <source>Trial</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>The trial&apos;s title in English and in Norwegian, its acronym, how many participants it aims to randomize and when it recruits.</source>
        <translation>Studiens tittel på engelsk og på norsk, akronymet, hvor mange deltakere den skal randomisere og når den rekrutterer.</translation>
    </message>
    <message>
        <source>Title in &amp;English:</source>
        <translation>Tittel på &amp;engelsk:</translation>
    </message>
    <message>
        <source>Title in &amp;Norwegian:</source>
        <translation>Tittel på &amp;norsk:</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Akronym:</translation>
    </message>
    <message>
        <source>&amp;Target sample size:</source>
        <translation>&amp;Planlagt utvalgsstørrelse:</translation>
    </message>
    <message>
        <source>Recruitment &amp;starts:</source>
        <translation>Rekrutteringen &amp;starter:</translation>
    </message>
    <message>
        <source>Recruitment &amp;ends:</source>
        <translation>Rekrutteringen s&amp;lutter:</translation>
    </message>
    <message>
        <source>e.g. Mechanisms of Change in Psychotherapy</source>
        <translation>f.eks. Mechanisms of Change in Psychotherapy</translation>
    </message>
    <message>
        <source>e.g. Endringsmekanismer i psykoterapi</source>
        <translation>f.eks. Endringsmekanismer i psykoterapi</translation>
    </message>
    <message>
        <source>e.g. MOP</source>
        <translation>f.eks. MOP</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angitt</translation>
    </message>
</context>
<context>
    <name>td::UnblindingReviewDialog</name>
    <message>
        <source>Choose an unblinding that is still to review.</source>
        <translation>Velg en avblinding som ikke er gjennomgått ennå.</translation>
    </message>
    <message>
        <source>Emergency unblindings</source>
        <translation>Nødavblindinger</translation>
    </message>
    <message>
        <source>Blinded staff who learned a participant&apos;s treatment arm in an emergency, newest first. Follow each one up (normally another blinded assessor takes over the participant&apos;s ratings), then mark it as reviewed.</source>
        <translation>Blindet personale som fikk vite en deltakers behandlingsarm i en nødsituasjon, nyeste først. Følg opp hver av dem (vanligvis overtar en annen blindet vurderer deltakerens vurderinger), og merk den deretter som gjennomgått.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to review</source>
        <translation>
            <numerusform>%Ln å gå gjennom</numerusform>
            <numerusform>%Ln å gå gjennom</numerusform>
        </translation>
    </message>
    <message>
        <source>All reviewed</source>
        <translation>Alle er gjennomgått</translation>
    </message>
    <message>
        <source>No emergency unblindings</source>
        <translation>Ingen nødavblindinger</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Merk som gjennomgått</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>td::UnblindingTableModel</name>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Unblinded by</source>
        <translation>Avblindet av</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gjennomgang</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Skal gjennomgås</translation>
    </message>
    <message>
        <source>Reviewed on %1</source>
        <translation>Gjennomgått %1</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>Gjennomgått av %1 %2</translation>
    </message>
</context>
<context>
    <name>td::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle sentre</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Deactivated on %1</source>
        <translation>Deaktivert %1</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Må endre passord</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sentre</translation>
    </message>
</context>
<context>
    <name>td::UsersView</name>
    <message numerus="yes">
        <source>&amp;Users: %Ln</source>
        <translation>
            <numerusform>&amp;Brukere: %Ln</numerusform>
            <numerusform>&amp;Brukere: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Legg til bruker …</translation>
    </message>
    <message>
        <source>%1 (%2) was added as %3 and can now sign in.</source>
        <translation>%1 (%2) ble lagt til som %3 og kan nå logge inn.</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktiver …</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate…</source>
        <translation>&amp;Reaktiver …</translation>
    </message>
    <message>
        <source>The people who work in this trial. Each signs in with their own user name and password and sees only what their role allows; every change is recorded in the audit trail. Accounts are never deleted: a deactivated account cannot sign in but keeps its name on what it did.</source>
        <translation>Personene som arbeider i denne studien. Hver av dem logger inn med eget brukernavn og passord og ser bare det rollen tillater; hver endring føres i revisjonssporet. Kontoer slettes aldri: en deaktivert konto kan ikke logge inn, men navnet står fortsatt på det kontoen har gjort.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>R&amp;ediger …</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Tilbakestill &amp;passord …</translation>
    </message>
    <message>
        <source>The changes to %1 (%2) were saved.</source>
        <translation>Endringene for %1 (%2) er lagret.</translation>
    </message>
    <message>
        <source>%1 (%2) was deactivated and can no longer sign in.</source>
        <translation>%1 (%2) er deaktivert og kan ikke lenger logge inn.</translation>
    </message>
    <message>
        <source>%1 (%2) was reactivated and can sign in again.</source>
        <translation>%1 (%2) er reaktivert og kan logge inn igjen.</translation>
    </message>
    <message>
        <source>%1 (%2) has a temporary password and must choose a new one at the next sign-in.</source>
        <translation>%1 (%2) har et midlertidig passord og må velge et nytt ved neste innlogging.</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Endre &amp;rolle…</translation>
    </message>
    <message>
        <source>%1 (%2) is now %3, from their next sign-in.</source>
        <translation>%1 (%2) er nå %3, fra neste innlogging.</translation>
    </message>
</context>
<context>
    <name>td::VisitTableModel</name>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Tidsvindu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumenter</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A visit&apos;s window, open to close, as full dates (a window may span a new year).</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (%2 d)</source>
        <extracomment>A visit&apos;s date and its distance from the target date, e.g. &quot;03.03.2025 (+4 d)&quot;.</extracomment>
        <translation>%1 (%2 d)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message numerus="yes">
        <source>Week %1 after randomization, window ± %Ln day(s)</source>
        <translation>
            <numerusform>Uke %1 etter randomisering, vindu ± %Ln dag</numerusform>
            <numerusform>Uke %1 etter randomisering, vindu ± %Ln dager</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason recorded: %1</source>
        <translation>Registrert årsak: %1</translation>
    </message>
    <message>
        <source>Visits count from randomization, which has not happened.</source>
        <translation>Besøkene regnes fra randomiseringen, som ikke har skjedd ennå.</translation>
    </message>
    <message>
        <source>Done outside its window (%1 to %2).</source>
        <translation>Utført utenfor tidsvinduet (%1 til %2).</translation>
    </message>
    <message>
        <source>Not complete: %1</source>
        <translation>Ikke fullført: %1</translation>
    </message>
</context>
<context>
    <name>td::WorklistModel</name>
    <message>
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Siden</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <extracomment>Due by: the last day of a visit window is today.</extracomment>
        <translation>%1 (i dag)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %Ln day(s))</source>
        <extracomment>Due by: a date and how many days from today.</extracomment>
        <translation>
            <numerusform>%1 (om %Ln dag)</numerusform>
            <numerusform>%1 (om %Ln dager)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s) ago)</source>
        <extracomment>Due by: a date that has passed, and how long ago.</extracomment>
        <translation>
            <numerusform>%1 (for %Ln dag siden)</numerusform>
            <numerusform>%1 (for %Ln dager siden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: the visit window closed on %1.</source>
        <translation>Forsinket: tidsvinduet for besøket gikk ut %1.</translation>
    </message>
    <message>
        <source>Overdue: waiting since before this week.</source>
        <translation>Forsinket: har ventet siden før denne uken.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumenter</translation>
    </message>
    <message>
        <source>Unblinded by %1</source>
        <translation>Avblindet av %1</translation>
    </message>
    <message>
        <source>Query %1: %2</source>
        <translation>Dataspørsmål %1: %2</translation>
    </message>
    <message>
        <source>Keyed once; key it again from the paper form</source>
        <extracomment>Worklist detail of a form to key a second time from its paper original.</extracomment>
        <translation>Registrert én gang; registrer det på nytt fra papirskjemaet</translation>
    </message>
    <message numerus="yes">
        <source>The two entries differ on item(s) %1</source>
        <extracomment>Worklist detail: the items on which a form&apos;s two entries differ.</extracomment>
        <translation>
            <numerusform>De to registreringene er ulike på ledd %1</numerusform>
            <numerusform>De to registreringene er ulike på leddene %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::WorklistView</name>
    <message>
        <source>Nothing to do: no task is waiting</source>
        <translation>Ingenting å gjøre: ingen oppgaver venter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <extracomment>Worklist header: tasks that are late (a closed visit window, a step waiting since before this week&apos;s Monday).</extracomment>
        <translation>
            <numerusform>%Ln forsinket</numerusform>
            <numerusform>%Ln forsinket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to do this week</source>
        <extracomment>Worklist header: the tasks that are not late.</extracomment>
        <translation>
            <numerusform>%Ln å gjøre denne uken</numerusform>
            <numerusform>%Ln å gjøre denne uken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln task(s)</source>
        <translation>
            <numerusform>Viser %1 av %Ln oppgave</numerusform>
            <numerusform>Viser %1 av %Ln oppgaver</numerusform>
        </translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle oppgaver</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Egnethet</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Randomize</source>
        <translation>Randomiser</translation>
    </message>
    <message>
        <source>Visits due</source>
        <translation>Besøk med åpent tidsvindu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Forsinket</translation>
    </message>
    <message>
        <source>Safety alerts</source>
        <translation>Sikkerhetsvarsler</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Study ID, visit, instrument…</source>
        <translation>Studie-ID, besøk, instrument …</translation>
    </message>
    <message>
        <source>Which tasks to show</source>
        <translation>Hvilke oppgaver som vises</translation>
    </message>
    <message numerus="yes">
        <source>%Ln emergency unblinding(s) to review…</source>
        <translation>
            <numerusform>%Ln nødavblinding å gå gjennom …</numerusform>
            <numerusform>%Ln nødavblindinger å gå gjennom …</numerusform>
        </translation>
    </message>
</context>
</TS>
