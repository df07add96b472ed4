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
        <source>The trial database file.</source>
        <translation>Studiedatabasefilen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Create the demo trial if the database is new.</source>
        <translation>Opprett demostudien hvis databasen er ny.</translation>
    </message>
    <message>
        <source>Interface language: nb or en.</source>
        <translation>Språk i grensesnittet: nb eller en.</translation>
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
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>Instrument id "%1" is not allowed: use lower-case letters, digits and '_', starting with a letter.</source>
        <translation>Instrument-ID «%1» er ikke tillatt: bruk små bokstaver, sifre og «_», og begynn med en bokstav.</translation>
    </message>
    <message>
        <source>An assessment holds 1 to 200 item values; %1 were given.</source>
        <translation>En vurdering har 1 til 200 ledd; %1 ble oppgitt.</translation>
    </message>
    <message>
        <source>Item %1 has the value "%2": allowed are a whole number (with a or b where the instrument asks for it) or NA for missing.</source>
        <translation>Ledd %1 har verdien «%2»: tillatt er et heltall (med a eller b der instrumentet ber om det) eller NA for manglende.</translation>
    </message>
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
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit row must be written inside the change's transaction.</source>
        <translation>En revisjonsrad må skrives i samme transaksjon som endringen.</translation>
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
</context>
<context>
    <name>AuditedWrite</name>
    <message>
        <source>Changing the recorded value of %1 (from "%2" to "%3") needs a reason for the audit trail.</source>
        <translation>Å endre registrert verdi for %1 (fra «%2» til «%3») krever en begrunnelse i revisjonssporet.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FIL må oppgis.</translation>
    </message>
    <message>
        <source>No database at %1.</source>
        <translation>Ingen database i %1.</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli COMMAND [options]
  demo --db FILE [--participants N] [--seed S]   create the demo trial
  info --db FILE                                 print what the trial holds
  audit verify --db FILE                         check the audit trail's hash chain</source>
        <translation>bruk: trialdesk-cli KOMMANDO [valg]
  demo --db FIL [--participants N] [--seed S]    opprett demostudien
  info --db FIL                                  skriv ut hva studien inneholder
  audit verify --db FIL                          kontroller hash-kjeden i revisjonssporet</translation>
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
        <source>audit trail BROKEN at row %1: %2</source>
        <translation>revisjonssporet er BRUTT ved rad %1: %2</translation>
    </message>
    <message>
        <source>audit trail intact: %1 rows verified</source>
        <translation>revisjonssporet er intakt: %1 rader kontrollert</translation>
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
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
        <source>Close</source>
        <translation>Lukk</translation>
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
    <name>ParticipantRepository</name>
    <message>
        <source>Participant %1 was not found, or is not yours to see.</source>
        <translation>Fant ikke deltaker %1, eller du har ikke tilgang til deltakeren.</translation>
    </message>
    <message>
        <source>No participant has study id %1.</source>
        <translation>Ingen deltaker har studie-ID %1.</translation>
    </message>
    <message>
        <source>The screening date must be a valid date no later than today.</source>
        <translation>Screeningdatoen må være en gyldig dato, senest i dag.</translation>
    </message>
    <message>
        <source>Site %1 does not exist.</source>
        <translation>Senter %1 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 cannot go from "%2" to "%3". Allowed next: %4.</source>
        <translation>%1 kan ikke gå fra «%2» til «%3». Tillatt videre: %4.</translation>
    </message>
    <message>
        <source>A person who declines is recorded with "declined", after the eligibility check; use inclusion criteria not met or other reasons here.</source>
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
        <source>Sex "%1" is not allowed: use female, male or other.</source>
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
</context>
<context>
    <name>ProtocolRepository</name>
    <message>
        <source>This database holds no trial yet.</source>
        <translation>Denne databasen har ingen studie ennå.</translation>
    </message>
    <message>
        <source>The trial needs a title and an acronym.</source>
        <translation>Studien trenger en tittel og et akronym.</translation>
    </message>
    <message>
        <source>Target sample size %1 is not allowed: enter 1 to 1,000,000.</source>
        <translation>Planlagt utvalgsstørrelse %1 er ikke tillatt: oppgi 1 til 1 000 000.</translation>
    </message>
    <message>
        <source>Recruitment cannot end before it starts.</source>
        <translation>Rekrutteringen kan ikke slutte før den begynner.</translation>
    </message>
    <message>
        <source>Site code "%1" is not allowed: use 2-5 capital letters A-Z (it starts every study id, e.g. OSL-007).</source>
        <translation>Senterkode «%1» er ikke tillatt: bruk 2–5 store bokstaver A–Z (den innleder hver studie-ID, f.eks. OSL-007).</translation>
    </message>
    <message>
        <source>The site needs a name.</source>
        <translation>Senteret trenger et navn.</translation>
    </message>
    <message>
        <source>Site code %1 is already in use.</source>
        <translation>Senterkode %1 er allerede i bruk.</translation>
    </message>
    <message>
        <source>Arm code "%1" is not allowed: use 1-10 capital letters or digits, starting with a letter.</source>
        <translation>Armkode «%1» er ikke tillatt: bruk 1–10 store bokstaver eller sifre, og begynn med en bokstav.</translation>
    </message>
    <message>
        <source>The arm needs a name.</source>
        <translation>Armen trenger et navn.</translation>
    </message>
    <message>
        <source>Ratio weight %1 of arm %2 is not allowed: enter a whole number from 1 to 20.</source>
        <translation>Fordelingsvekt %1 for arm %2 er ikke tillatt: oppgi et heltall fra 1 til 20.</translation>
    </message>
    <message>
        <source>Colour "%1" is not allowed: use #rrggbb.</source>
        <translation>Fargen «%1» er ikke tillatt: bruk #rrggbb.</translation>
    </message>
    <message>
        <source>Treatment length %1 weeks is not allowed: enter 1 to 520.</source>
        <translation>Behandlingslengde %1 uker er ikke tillatt: oppgi 1 til 520.</translation>
    </message>
    <message>
        <source>Every phase of the session plan needs at least one session and an interval of at least one week.</source>
        <translation>Hver fase i timeplanen trenger minst én time og et intervall på minst én uke.</translation>
    </message>
    <message>
        <source>The session plan of arm %1 spans %2 weeks, more than its %3-week treatment period.</source>
        <translation>Timeplanen for arm %1 strekker seg over %2 uker, mer enn behandlingsperioden på %3 uker.</translation>
    </message>
    <message>
        <source>Arm code %1 is already in use.</source>
        <translation>Armkode %1 er allerede i bruk.</translation>
    </message>
    <message>
        <source>The stratification factor needs a code and a name.</source>
        <translation>Stratifiseringsfaktoren trenger en kode og et navn.</translation>
    </message>
    <message>
        <source>Stratification factor %1 needs a variable and at least one cut point.</source>
        <translation>Stratifiseringsfaktor %1 trenger en variabel og minst ett kuttpunkt.</translation>
    </message>
    <message>
        <source>The cut points of %1 must increase.</source>
        <translation>Kuttpunktene for %1 må være stigende.</translation>
    </message>
    <message>
        <source>The time point needs a code and a label.</source>
        <translation>Tidspunktet trenger en kode og en betegnelse.</translation>
    </message>
    <message>
        <source>Week offset %1 is not allowed: enter -52 to 520 weeks from randomization.</source>
        <translation>Ukeforskyvning %1 er ikke tillatt: oppgi -52 til 520 uker fra randomisering.</translation>
    </message>
    <message>
        <source>Visit window %1 days is not allowed: enter 0 to 365.</source>
        <translation>Besøksvindu %1 dager er ikke tillatt: oppgi 0 til 365.</translation>
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
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>User name "%1" is not allowed: use 2-32 lower-case letters, digits, '.', '_' or '-', starting with a letter.</source>
        <translation>Brukernavnet «%1» er ikke tillatt: bruk 2–32 små bokstaver, sifre, «.», «_» eller «-», og begynn med en bokstav.</translation>
    </message>
    <message>
        <source>The password is too short: at least %1 characters are required.</source>
        <translation>Passordet er for kort: minst %1 tegn kreves.</translation>
    </message>
    <message>
        <source>This trial database already has users; sign in as an administrator to add more.</source>
        <translation>Denne studiedatabasen har allerede brukere; logg inn som administrator for å legge til flere.</translation>
    </message>
    <message>
        <source>A user named "%1" already exists.</source>
        <translation>En bruker med navnet «%1» finnes allerede.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>Passordet kunne ikke hashes.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts for "%1". Try again in %n second(s).</source>
        <translation>
            <numerusform>For mange mislykkede innloggingsforsøk for «%1». Prøv igjen om %n sekund.</numerusform><numerusform>For mange mislykkede innloggingsforsøk for «%1». Prøv igjen om %n sekunder.</numerusform></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Brukernavnet eller passordet er feil.</translation>
    </message>
    <message>
        <source>The account "%1" is deactivated.</source>
        <translation>Kontoen «%1» er deaktivert.</translation>
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
        <source>This is a demo trial. Users: admin, pi, coordinator, therapist1, therapist2, assessor (blinded) and statistician; the password of each is "demo".</source>
        <translation>Dette er en demostudie. Brukere: admin, pi, coordinator, therapist1, therapist2, assessor (blindet) og statistician; passordet til hver er «demo».</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logg inn</translation>
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
</context>
<context>
    <name>td::ParticipantTableModel</name>
    <message>
        <source>Blinded</source>
        <translation>Blindet</translation>
    </message>
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
    <name>td::RegistryView</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltaker</numerusform><numerusform>%n deltakere</numerusform></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Study ID, site, status, therapist…</source>
        <translation>Studie-ID, senter, status, terapeut …</translation>
    </message>
</context>
</TS>
