<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Access</name>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) may not %3.</translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>Acknowledging an alert needs a note saying what was done.</source>
        <translation>Acknowledging an alert needs a note saying what was done.</translation>
    </message>
    <message>
        <source>Alert %1 is already acknowledged.</source>
        <translation>Alert %1 is already acknowledged.</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Alert %1</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>%1, item %2 (%3): answered %4</source>
        <translation>%1, item %2 (%3): answered %4</translation>
    </message>
    <message>
        <source>%1 went from %2 at baseline to %3: a reliable deterioration (reliable change index %4)</source>
        <translation>%1 went from %2 at baseline to %3: a reliable deterioration (reliable change index %4)</translation>
    </message>
</context>
<context>
    <name>AllocationCsvExport</name>
    <message>
        <source>Allocation list CSV: every list entry and allocation</source>
        <translation>Allocation list CSV: every list entry and allocation</translation>
    </message>
    <message>
        <source>Exporting the allocation list</source>
        <translation>Exporting the allocation list</translation>
    </message>
</context>
<context>
    <name>AllocationListRepository</name>
    <message>
        <source>Set the randomization settings (method, block lengths, strata) before generating the allocation list.</source>
        <translation>Set the randomization settings (method, block lengths, strata) before generating the allocation list.</translation>
    </message>
    <message>
        <source>This trial randomizes by minimization, which needs no allocation list; lists are for permuted blocks.</source>
        <translation>This trial randomizes by minimization, which needs no allocation list; lists are for permuted blocks.</translation>
    </message>
    <message>
        <source>The list is stratified by site, but the trial has no sites yet.</source>
        <translation>The list is stratified by site, but the trial has no sites yet.</translation>
    </message>
    <message>
        <source>Allocation has begun (%1 participants), so the list in use cannot be replaced; a stratum that runs out is extended automatically.</source>
        <translation>Allocation has begun (%1 participants), so the list in use cannot be replaced; a stratum that runs out is extended automatically.</translation>
    </message>
    <message>
        <source>The allocation list of stratum %1 does not end on a whole block; it cannot be extended. Ask the statistician to check it.</source>
        <translation>The allocation list of stratum %1 does not end on a whole block; it cannot be extended. Ask the statistician to check it.</translation>
    </message>
    <message>
        <source>No allocation list entry is left in stratum %1.</source>
        <translation>No allocation list entry is left in stratum %1.</translation>
    </message>
    <message>
        <source>Generating the allocation list</source>
        <translation>Generating the allocation list</translation>
    </message>
    <message>
        <source>Could not make the allocation key (libsodium could not lock memory).</source>
        <translation>Could not make the allocation key (libsodium could not lock memory).</translation>
    </message>
    <message>
        <source>Reading the allocation list</source>
        <translation>Reading the allocation list</translation>
    </message>
    <message>
        <source>Stratum %1 has used every entry of the allocation list; extending it</source>
        <translation>Stratum %1 has used every entry of the allocation list; extending it</translation>
    </message>
    <message>
        <source>No allocation list has been generated yet, so there is none to extend.</source>
        <translation>No allocation list has been generated yet, so there is none to extend.</translation>
    </message>
    <message>
        <source>The allocation list is sealed under the statisticians&apos; key; a sealed list is extended by the randomization that needs it.</source>
        <translation>The allocation list is sealed under the statisticians&apos; key; a sealed list is extended by the randomization that needs it.</translation>
    </message>
    <message>
        <source>Only a permuted-block list is extended; this trial does not randomize by permuted blocks.</source>
        <translation>Only a permuted-block list is extended; this trial does not randomize by permuted blocks.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stratum of this trial&apos;s list; its strata are %2.</source>
        <translation>&quot;%1&quot; is not a stratum of this trial&apos;s list; its strata are %2.</translation>
    </message>
    <message>
        <source>Stratum %1 has used every entry of the allocation list. The list is extended from its seed, which on this server only a statistician&apos;s login may read: ask a statistician of the trial to extend it (randomization extend). Nothing was changed; the participant is not randomized.</source>
        <translation>Stratum %1 has used every entry of the allocation list. The list is extended from its seed, which on this server only a statistician&apos;s login may read: ask a statistician of the trial to extend it (randomization extend). Nothing was changed; the participant is not randomized.</translation>
    </message>
</context>
<context>
    <name>AllocationSeal</name>
    <message>
        <source>The sealed allocation list %1 does not open with the allocation key: it was changed outside TrialDesk or is damaged.</source>
        <translation>The sealed allocation list %1 does not open with the allocation key: it was changed outside TrialDesk or is damaged.</translation>
    </message>
    <message>
        <source>Entry %1 of stratum %2 of the allocation list does not open: it was changed or moved outside TrialDesk, or is damaged.</source>
        <translation>Entry %1 of stratum %2 of the allocation list does not open: it was changed or moved outside TrialDesk, or is damaged.</translation>
    </message>
    <message>
        <source>no active statistician holds it now</source>
        <translation>no active statistician holds it now</translation>
    </message>
    <message>
        <source>it is held by %1</source>
        <translation>it is held by %1</translation>
    </message>
    <message>
        <source>%1 needs the allocation key of this encrypted trial: the allocation list and its seed are sealed under a key that only statisticians hold (%2). Sign in as one of them.</source>
        <translation>%1 needs the allocation key of this encrypted trial: the allocation list and its seed are sealed under a key that only statisticians hold (%2). Sign in as one of them.</translation>
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
        <translation>Create the demo trial if the database is new.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Sign in as this user (password from TRIALDESK_PASSWORD).</source>
        <translation>Sign in as this user (password from TRIALDESK_PASSWORD).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Save a picture of the main window and quit.</source>
        <translation>Save a picture of the main window and quit.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Signing in as %1 failed.</source>
        <translation>Signing in as %1 failed.</translation>
    </message>
    <message>
        <source>Interface language for this run: nb or en.</source>
        <translation>Interface language for this run: nb or en.</translation>
    </message>
    <message>
        <source>The automatic backup on closing failed: %1</source>
        <translation>The automatic backup on closing failed: %1</translation>
    </message>
    <message>
        <source>Create a new, empty trial file at --db.</source>
        <translation>Create a new, empty trial file at --db.</translation>
    </message>
    <message>
        <source>The trial was restored from %1. The file before the restore is kept as %2. Sign in again to go on.</source>
        <translation>The trial was restored from %1. The file before the restore is kept as %2. Sign in again to go on.</translation>
    </message>
    <message>
        <source>TrialDesk: randomized psychotherapy trials, from protocol to locked data.</source>
        <translation>TrialDesk: randomized psychotherapy trials, from protocol to locked data.</translation>
    </message>
    <message>
        <source>Make the new trial or demo a plain file (they are encrypted at rest otherwise).</source>
        <translation>Make the new trial or demo a plain file (they are encrypted at rest otherwise).</translation>
    </message>
    <message>
        <source>The trial file is encrypted. Sign in again to go on.</source>
        <translation>The trial file is encrypted. Sign in again to go on.</translation>
    </message>
    <message>
        <source>These users open it once you give them a new password: %1.</source>
        <translation>These users open it once you give them a new password: %1.</translation>
    </message>
    <message>
        <source>The trial database: a file, or a server database (postgresql://host:port/database?sslmode=verify-full).</source>
        <translation>The trial database: a file, or a server database (postgresql://host:port/database?sslmode=verify-full).</translation>
    </message>
    <message>
        <source>file or URI</source>
        <translation>file or URI</translation>
    </message>
</context>
<context>
    <name>ArmGuessRepository</name>
    <message>
        <source>Assessment %1 was not found.</source>
        <translation>Assessment %1 was not found.</translation>
    </message>
    <message>
        <source>Assessment %1 was removed: no guess of the arm is recorded for it.</source>
        <translation>Assessment %1 was removed: no guess of the arm is recorded for it.</translation>
    </message>
    <message>
        <source>Only the assessor who rated assessment %1 records the guess of the arm after it.</source>
        <translation>Only the assessor who rated assessment %1 records the guess of the arm after it.</translation>
    </message>
    <message>
        <source>Assessment %1 is a draft: the guess of the arm is recorded once the rating is complete.</source>
        <translation>Assessment %1 is a draft: the guess of the arm is recorded once the rating is complete.</translation>
    </message>
    <message>
        <source>The participant was not yet randomized when assessment %1 was rated: there is no arm to guess.</source>
        <translation>The participant was not yet randomized when assessment %1 was rated: there is no arm to guess.</translation>
    </message>
    <message>
        <source>A guess of the arm was already recorded for assessment %1; it cannot be recorded again or changed.</source>
        <translation>A guess of the arm was already recorded for assessment %1; it cannot be recorded again or changed.</translation>
    </message>
    <message>
        <source>Arm %1 is not an arm of this trial; guess one of the trial&apos;s arms, or &quot;don&apos;t know&quot;.</source>
        <translation>Arm %1 is not an arm of this trial; guess one of the trial&apos;s arms, or &quot;don&apos;t know&quot;.</translation>
    </message>
</context>
<context>
    <name>AssessmentImport</name>
    <message>
        <source>the column appears twice in the header</source>
        <translation>the column appears twice in the header</translation>
    </message>
    <message>
        <source>the required column is missing (the header needs the columns of the long CSV export)</source>
        <translation>the required column is missing (the header needs the columns of the long CSV export)</translation>
    </message>
    <message>
        <source>unknown participant &quot;%1&quot;</source>
        <translation>unknown participant &quot;%1&quot;</translation>
    </message>
    <message>
        <source>participant %1 belongs to site %2, not %3</source>
        <translation>participant %1 belongs to site %2, not %3</translation>
    </message>
    <message>
        <source>unknown visit &quot;%1&quot;; the protocol&apos;s visits are %2</source>
        <translation>unknown visit &quot;%1&quot;; the protocol&apos;s visits are %2</translation>
    </message>
    <message>
        <source>session-by-session measures follow the arm&apos;s schedule: a user who may not see arms cannot import them</source>
        <translation>session-by-session measures follow the arm&apos;s schedule: a user who may not see arms cannot import them</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session number</source>
        <translation>&quot;%1&quot; is not a session number</translation>
    </message>
    <message>
        <source>participant %1 has no session %2</source>
        <translation>participant %1 has no session %2</translation>
    </message>
    <message>
        <source>participant %1 has more than one session %2</source>
        <translation>participant %1 has more than one session %2</translation>
    </message>
    <message>
        <source>the status &quot;%1&quot; is not one of complete, draft</source>
        <translation>the status &quot;%1&quot; is not one of complete, draft</translation>
    </message>
    <message>
        <source>the user %1 may not enter assessments</source>
        <translation>the user %1 may not enter assessments</translation>
    </message>
    <message>
        <source>unknown user &quot;%1&quot;</source>
        <translation>unknown user &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file has no column %1, and %2 has %3 items (this applies to every %2 row)</source>
        <translation>the file has no column %1, and %2 has %3 items (this applies to every %2 row)</translation>
    </message>
    <message>
        <source>%1 has %2 items: this column must be empty</source>
        <translation>%1 has %2 items: this column must be empty</translation>
    </message>
    <message>
        <source>%1 of participant %2 is already recorded for this visit or session</source>
        <translation>%1 of participant %2 is already recorded for this visit or session</translation>
    </message>
    <message>
        <source>the same assessment as on line %1 (participant, visit or session, and instrument)</source>
        <translation>the same assessment as on line %1 (participant, visit or session, and instrument)</translation>
    </message>
    <message>
        <source>the file is empty; it needs the header of the long CSV export and one row per assessment</source>
        <translation>the file is empty; it needs the header of the long CSV export and one row per assessment</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>imported from %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>The import was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>%1 at this visit is rated by a blinded assessor, as the protocol says; %2 is not one</source>
        <translation>%1 at this visit is rated by a blinded assessor, as the protocol says; %2 is not one</translation>
    </message>
    <message>
        <source>the header is one column, &quot;%1&quot;: the columns of the long CSV export must be separated by commas, semicolons or tabs</source>
        <translation>the header is one column, &quot;%1&quot;: the columns of the long CSV export must be separated by commas, semicolons or tabs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD or as %2</source>
        <translation>&quot;%1&quot; is not a date; write it as YYYY-MM-DD or as %2</translation>
    </message>
    <message>
        <source>Columns are separated by semicolons.</source>
        <translation>Columns are separated by semicolons.</translation>
    </message>
    <message>
        <source>Columns are separated by tabs.</source>
        <translation>Columns are separated by tabs.</translation>
    </message>
    <message>
        <source>Dates are read as YYYY-MM-DD or as %1, the way %2 writes them.</source>
        <translation>Dates are read as YYYY-MM-DD or as %1, the way %2 writes them.</translation>
    </message>
    <message>
        <source>Decimal commas are read as decimal points (2,5 is 2.5).</source>
        <translation>Decimal commas are read as decimal points (2,5 is 2.5).</translation>
    </message>
    <message>
        <source>the file has a header but no rows: there is nothing to import (one row per assessment is needed)</source>
        <translation>the file has a header but no rows: there is nothing to import (one row per assessment is needed)</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>The assessment date must be a valid date no later than today.</source>
        <translation>The assessment date must be a valid date no later than today.</translation>
    </message>
    <message>
        <source>An assessment belongs to a visit or to a session, not both.</source>
        <translation>An assessment belongs to a visit or to a session, not both.</translation>
    </message>
    <message>
        <source>Every item is missing: record why the data are missing.</source>
        <translation>Every item is missing: record why the data are missing.</translation>
    </message>
    <message>
        <source>Session %1 does not belong to this participant.</source>
        <translation>Session %1 does not belong to this participant.</translation>
    </message>
    <message>
        <source>Assessment %1 was not found.</source>
        <translation>Assessment %1 was not found.</translation>
    </message>
    <message>
        <source>Assessment %1 was removed and cannot be changed.</source>
        <translation>Assessment %1 was removed and cannot be changed.</translation>
    </message>
    <message>
        <source>A correction keeps the instrument and its number of items; record a new assessment instead.</source>
        <translation>A correction keeps the instrument and its number of items; record a new assessment instead.</translation>
    </message>
    <message>
        <source>Removing an assessment needs a reason.</source>
        <translation>Removing an assessment needs a reason.</translation>
    </message>
    <message>
        <source>Assessment %1 is already removed.</source>
        <translation>Assessment %1 is already removed.</translation>
    </message>
    <message>
        <source>An import writes its assessments inside its own transaction.</source>
        <translation>An import writes its assessments inside its own transaction.</translation>
    </message>
    <message>
        <source>%1 at this visit is rated by a blinded assessor, as the protocol says; %2 (%3) may not enter it.</source>
        <translation>%1 at this visit is rated by a blinded assessor, as the protocol says; %2 (%3) may not enter it.</translation>
    </message>
    <message>
        <source>%1 on %2 is outside the window of the visit %3 (%4 to %5). To enter it anyway, confirm and give the reason; the export flags it.</source>
        <translation>%1 on %2 is outside the window of the visit %3 (%4 to %5). To enter it anyway, confirm and give the reason; the export flags it.</translation>
    </message>
    <message>
        <source>A missed visit needs the reason it was missed.</source>
        <translation>A missed visit needs the reason it was missed.</translation>
    </message>
    <message>
        <source>Visit %1 is not in this participant&apos;s schedule.</source>
        <translation>Visit %1 is not in this participant&apos;s schedule.</translation>
    </message>
    <message>
        <source>Every instrument of the visit %1 is already recorded.</source>
        <translation>Every instrument of the visit %1 is already recorded.</translation>
    </message>
    <message>
        <source>The rater %1 is not a user of this trial.</source>
        <translation>The rater %1 is not a user of this trial.</translation>
    </message>
    <message>
        <source>The visit %1 cannot be missed yet: its window opens on %2.</source>
        <translation>The visit %1 cannot be missed yet: its window opens on %2.</translation>
    </message>
    <message>
        <source>The visit %1 is not scheduled yet: it counts from randomization.</source>
        <translation>The visit %1 is not scheduled yet: it counts from randomization.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit row must be written inside the change&apos;s transaction.</source>
        <translation>An audit row must be written inside the change&apos;s transaction.</translation>
    </message>
</context>
<context>
    <name>AuditReplay</name>
    <message>
        <source>The audit trail is too large to replay.</source>
        <translation>The audit trail is too large to replay.</translation>
    </message>
    <message>
        <source>participant %1, covariate %2</source>
        <translation>participant %1, covariate %2</translation>
    </message>
    <message>
        <source>participant %1, criterion %2</source>
        <translation>participant %1, criterion %2</translation>
    </message>
    <message>
        <source>allocation %1, factor %2</source>
        <translation>allocation %1, factor %2</translation>
    </message>
    <message>
        <source>unknown instrument</source>
        <translation>unknown instrument</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>%1 %2, %3: the file holds another value than the audit trail gives (the values are shown to readers who may see the allocation)</source>
        <translation>%1 %2, %3: the file holds another value than the audit trail gives (the values are shown to readers who may see the allocation)</translation>
    </message>
    <message>
        <source>%1 %2, %3: the file holds %4, the audit trail gives %5</source>
        <translation>%1 %2, %3: the file holds %4, the audit trail gives %5</translation>
    </message>
    <message>
        <source>%1 %2: the row has no audit trail</source>
        <translation>%1 %2: the row has no audit trail</translation>
    </message>
    <message>
        <source>%1 %2: the audit trail records it, but the file has no such row</source>
        <translation>%1 %2: the audit trail records it, but the file has no such row</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Audit row %1 cannot be read: its values are not in the form the trail writes. Run trialdesk-cli audit verify.</source>
        <translation>Audit row %1 cannot be read: its values are not in the form the trail writes. Run trialdesk-cli audit verify.</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>row %1 follows row %2: rows are missing or were inserted</source>
        <translation>row %1 follows row %2: rows are missing or were inserted</translation>
    </message>
    <message>
        <source>row %1 does not link to the hash of the row before it</source>
        <translation>row %1 does not link to the hash of the row before it</translation>
    </message>
    <message>
        <source>row %1 was altered: its content does not match its hash</source>
        <translation>row %1 was altered: its content does not match its hash</translation>
    </message>
    <message>
        <source>row %1 is dated %2, before the row ahead of it: time goes backwards</source>
        <translation>row %1 is dated %2, before the row ahead of it: time goes backwards</translation>
    </message>
    <message>
        <source>row %1 is in the compact format, but no format marker comes before it</source>
        <translation>row %1 is in the compact format, but no format marker comes before it</translation>
    </message>
    <message>
        <source>row %1 is not in the compact format that the trail uses after its format marker (row %2)</source>
        <translation>row %1 is not in the compact format that the trail uses after its format marker (row %2)</translation>
    </message>
    <message>
        <source>row %1 holds changed values that are not in the canonical compact form</source>
        <translation>row %1 holds changed values that are not in the canonical compact form</translation>
    </message>
</context>
<context>
    <name>AuditedWrite</name>
    <message>
        <source>Changing the recorded value of %1 (from &quot;%2&quot; to &quot;%3&quot;) needs a reason for the audit trail.</source>
        <translation>Changing the recorded value of %1 (from &quot;%2&quot; to &quot;%3&quot;) needs a reason for the audit trail.</translation>
    </message>
</context>
<context>
    <name>BackupManifests</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>The backup %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The backup %1 holds no signed checkpoint.</source>
        <translation>The backup %1 holds no signed checkpoint.</translation>
    </message>
    <message>
        <source>the backup manifest %1</source>
        <translation>the backup manifest %1</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest needs the signature of a signed-in user; &quot;%1&quot; is not signed in.</source>
        <translation>The backup&apos;s manifest needs the signature of a signed-in user; &quot;%1&quot; is not signed in.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest %1 could not be written: %2</source>
        <translation>The backup&apos;s manifest %1 could not be written: %2</translation>
    </message>
    <message>
        <source>%1 is not a TrialDesk backup manifest.</source>
        <translation>%1 is not a TrialDesk backup manifest.</translation>
    </message>
    <message>
        <source>the manifest of %1 is not validly signed by &quot;%2&quot;</source>
        <translation>the manifest of %1 is not validly signed by &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the backup %1 was changed after its manifest was signed</source>
        <translation>the backup %1 was changed after its manifest was signed</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>There is no folder %1.</translation>
    </message>
    <message>
        <source>This backup has no signed manifest beside it (%1): it was made before TrialDesk signed its backups, or the manifest was not copied with it.</source>
        <translation>This backup has no signed manifest beside it (%1): it was made before TrialDesk signed its backups, or the manifest was not copied with it.</translation>
    </message>
    <message>
        <source>The backup&apos;s manifest does not fit it: %1.</source>
        <translation>The backup&apos;s manifest does not fit it: %1.</translation>
    </message>
    <message>
        <source>Backup of %1 made by &quot;%2&quot; at %3 (UTC); it holds audit rows 1 to %4, signed.</source>
        <translation>Backup of %1 made by &quot;%2&quot; at %3 (UTC); it holds audit rows 1 to %4, signed.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>The backup %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a readable trial database: %2</source>
        <translation>%1 is not a readable trial database: %2</translation>
    </message>
    <message>
        <source>%1 failed the integrity check: %2</source>
        <translation>%1 failed the integrity check: %2</translation>
    </message>
    <message>
        <source>%1 is not a trial database (it has no schema version).</source>
        <translation>%1 is not a trial database (it has no schema version).</translation>
    </message>
    <message>
        <source>This database cannot make online backups.</source>
        <translation>This database cannot make online backups.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>The backup to %1 failed: %2</translation>
    </message>
    <message>
        <source>The number of backups to keep must be at least 1, not %1.</source>
        <translation>The number of backups to keep must be at least 1, not %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to %2; nothing was restored.</source>
        <translation>Cannot move %1 aside to %2; nothing was restored.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; the current file was kept.</source>
        <translation>Cannot put the backup in place of %1; the current file was kept.</translation>
    </message>
    <message>
        <source>%1 is not a readable trial database: it is not an SQLite database.</source>
        <translation>%1 is not a readable trial database: it is not an SQLite database.</translation>
    </message>
    <message>
        <source>%1 Only an intact TrialDesk trial or backup of schema version 1 to %2, whose audit trail verifies, can be restored.</source>
        <translation>%1 Only an intact TrialDesk trial or backup of schema version 1 to %2, whose audit trail verifies, can be restored.</translation>
    </message>
    <message>
        <source>The audit trail of %1 is broken at row %2 (%3).</source>
        <translation>The audit trail of %1 is broken at row %2 (%3).</translation>
    </message>
    <message>
        <source>The signatures of %1 do not verify: %2.</source>
        <translation>The signatures of %1 do not verify: %2.</translation>
    </message>
    <message>
        <source>Every backup is recorded in the trial&apos;s audit trail, which cannot be written now, so no backup was made. %1</source>
        <translation>Every backup is recorded in the trial&apos;s audit trail, which cannot be written now, so no backup was made. %1</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2</source>
        <translation>Cannot create a file in %1: %2</translation>
    </message>
    <message>
        <source>The backup to %1 failed its check, so it was not kept: %2</source>
        <translation>The backup to %1 failed its check, so it was not kept: %2</translation>
    </message>
    <message>
        <source>The backup to %1 was not kept: %2</source>
        <translation>The backup to %1 was not kept: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file. Name a new file, or a folder for dated backups.</source>
        <translation>%1 already exists; a backup never overwrites a file. Name a new file, or a folder for dated backups.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot copy %1 next to %2; nothing was restored.</source>
        <translation>Cannot copy %1 next to %2; nothing was restored.</translation>
    </message>
    <message>
        <source>%1 ends in audit rows that nobody signed (%L2).</source>
        <translation>%1 ends in audit rows that nobody signed (%L2).</translation>
    </message>
    <message>
        <source>In %1, values of the clinical tables differ from what the audit trail gives (%L2); the first: %3.</source>
        <translation>In %1, values of the clinical tables differ from what the audit trail gives (%L2); the first: %3.</translation>
    </message>
    <message>
        <source>%1 is encrypted, and it was not opened with its key.</source>
        <translation>%1 is encrypted, and it was not opened with its key.</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted: it opens only with the user name and password of one of the users it holds, or with the trial&apos;s recovery key.</source>
        <translation>The backup %1 is encrypted: it opens only with the user name and password of one of the users it holds, or with the trial&apos;s recovery key.</translation>
    </message>
    <message>
        <source>The recovery key does not open the encrypted backup %1.</source>
        <translation>The recovery key does not open the encrypted backup %1.</translation>
    </message>
    <message>
        <source>The user name or password does not open the encrypted backup %1: it opens with the passwords its users had when it was made.</source>
        <translation>The user name or password does not open the encrypted backup %1: it opens with the passwords its users had when it was made.</translation>
    </message>
    <message>
        <source>The trial %1 is on a database server, whose own tools back it up (pg_dump, or the server&apos;s continuous archiving); TrialDesk writes backups of trial files only. Nothing was written.</source>
        <translation>The trial %1 is on a database server, whose own tools back it up (pg_dump, or the server&apos;s continuous archiving); TrialDesk writes backups of trial files only. Nothing was written.</translation>
    </message>
    <message>
        <source>%1
As %2, who owns the trial&apos;s tables, back it up with:
  %3
and restore such a dump with:
  %4</source>
        <translation>%1
As %2, who owns the trial&apos;s tables, back it up with:
  %3
and restore such a dump with:
  %4</translation>
    </message>
    <message>
        <source>The trial %1 is on a database server: a dump of it is restored with the server&apos;s own pg_restore; TrialDesk restores trial files only. Nothing was restored.</source>
        <translation>The trial %1 is on a database server: a dump of it is restored with the server&apos;s own pg_restore; TrialDesk restores trial files only. Nothing was restored.</translation>
    </message>
    <message>
        <source>%1
As %2, who owns the trial&apos;s tables:
  %3</source>
        <translation>%1
As %2, who owns the trial&apos;s tables:
  %3</translation>
    </message>
</context>
<context>
    <name>BranchingLogic</name>
    <message>
        <source>&quot;%1&quot; is not a field reference TrialDesk evaluates ([field] or [field(code)])</source>
        <translation>&quot;%1&quot; is not a field reference TrialDesk evaluates ([field] or [field(code)])</translation>
    </message>
    <message>
        <source>%1 names another event&apos;s or form&apos;s field</source>
        <translation>%1 names another event&apos;s or form&apos;s field</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>a quote is not closed</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a function or word TrialDesk does not evaluate (only and, or)</source>
        <translation>&quot;%1&quot; is a function or word TrialDesk does not evaluate (only and, or)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not evaluated</source>
        <translation>&quot;%1&quot; is not evaluated</translation>
    </message>
    <message>
        <source>&quot;%1&quot; follows a complete condition</source>
        <translation>&quot;%1&quot; follows a complete condition</translation>
    </message>
    <message>
        <source>a parenthesis is not closed</source>
        <translation>a parenthesis is not closed</translation>
    </message>
    <message>
        <source>a comparison needs =, &lt;&gt;, &gt;, &lt;, &gt;= or &lt;=</source>
        <translation>a comparison needs =, &lt;&gt;, &gt;, &lt;, &gt;= or &lt;=</translation>
    </message>
    <message>
        <source>the condition ends too early</source>
        <translation>the condition ends too early</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field or a value</source>
        <translation>&quot;%1&quot; is not a field or a value</translation>
    </message>
    <message>
        <source>[%1] is not an item of the instrument</source>
        <translation>[%1] is not an item of the instrument</translation>
    </message>
</context>
<context>
    <name>ChangeStatistics</name>
    <message>
        <source>%1 has no total score, so change on it is not defined.</source>
        <translation>%1 has no total score, so change on it is not defined.</translation>
    </message>
    <message>
        <source>Score %1 is outside the range of %2 (%3 to %4).</source>
        <translation>Score %1 is outside the range of %2 (%3 to %4).</translation>
    </message>
    <message>
        <source>The standard deviation must be a number above 0; %1 has no default, so give one.</source>
        <translation>The standard deviation must be a number above 0; %1 has no default, so give one.</translation>
    </message>
    <message>
        <source>The reliability must lie between 0 and 1 (exclusive); %1 has no default, so give one.</source>
        <translation>The reliability must lie between 0 and 1 (exclusive); %1 has no default, so give one.</translation>
    </message>
    <message>
        <source>The clinical and functional standard deviations must be above 0.</source>
        <translation>The clinical and functional standard deviations must be above 0.</translation>
    </message>
</context>
<context>
    <name>CheckpointVerifier</name>
    <message>
        <source>checkpoint %1 signs row %2, before row %3 that an earlier checkpoint signed</source>
        <translation>checkpoint %1 signs row %2, before row %3 that an earlier checkpoint signed</translation>
    </message>
    <message>
        <source>checkpoint %1 signs row %2, which is no longer in the trail</source>
        <translation>checkpoint %1 signs row %2, which is no longer in the trail</translation>
    </message>
    <message>
        <source>checkpoint %1 signed row %2 with another hash: the trail up to that row was changed</source>
        <translation>checkpoint %1 signed row %2 with another hash: the trail up to that row was changed</translation>
    </message>
    <message>
        <source>checkpoint %1 is dated %2, before the rows or checkpoints it follows: time goes backwards</source>
        <translation>checkpoint %1 is dated %2, before the rows or checkpoints it follows: time goes backwards</translation>
    </message>
    <message>
        <source>checkpoint %1 is signed by &quot;%2&quot;, who is not a user the trail created</source>
        <translation>checkpoint %1 is signed by &quot;%2&quot;, who is not a user the trail created</translation>
    </message>
    <message>
        <source>checkpoint %1 is signed by &quot;%2&quot;, whose signing key no administrator certified</source>
        <translation>checkpoint %1 is signed by &quot;%2&quot;, whose signing key no administrator certified</translation>
    </message>
    <message>
        <source>the signature of checkpoint %1 (by &quot;%2&quot;) does not verify</source>
        <translation>the signature of checkpoint %1 (by &quot;%2&quot;) does not verify</translation>
    </message>
    <message>
        <source>the signing key of &quot;%1&quot; (row %2) was recorded without an administrator&apos;s signature</source>
        <translation>the signing key of &quot;%1&quot; (row %2) was recorded without an administrator&apos;s signature</translation>
    </message>
    <message>
        <source>row %1: %2 by &quot;%3&quot;</source>
        <translation>row %1: %2 by &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE is required.</translation>
    </message>
    <message>
        <source>--participants must be a whole number from 1 to 100000.</source>
        <translation>--participants must be a whole number from 1 to 100000.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number.</source>
        <translation>--seed must be a non-negative whole number.</translation>
    </message>
    <message>
        <source>%1 already exists; the demo is created in a new file.</source>
        <translation>%1 already exists; the demo is created in a new file.</translation>
    </message>
    <message>
        <source>Demo trial created in %1 s: %2 participants (%3 randomized), %4 sessions, %5 assessments, %6 item values.</source>
        <translation>Demo trial created in %1 s: %2 participants (%3 randomized), %4 sessions, %5 assessments, %6 item values.</translation>
    </message>
    <message>
        <source>trial: %1</source>
        <translation>trial: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>schema version: %1</translation>
    </message>
    <message>
        <source>users</source>
        <translation>users</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>arms</source>
        <translation>arms</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>randomized</source>
        <translation>randomized</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>assessments</translation>
    </message>
    <message>
        <source>audit rows</source>
        <translation>audit rows</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; the demo is created in an existing folder.</source>
        <translation>The folder %1 does not exist; the demo is created in an existing folder.</translation>
    </message>
    <message>
        <source>file: %1 MB, %2% of the data pages out of order, %3 MB free</source>
        <translation>file: %1 MB, %2% of the data pages out of order, %3 MB free</translation>
    </message>
    <message>
        <source>  compacting would make screens read the file faster on a cold cache: trialdesk-cli compact --db %1 --user NAME</source>
        <translation>  compacting would make screens read the file faster on a cold cache: trialdesk-cli compact --db %1 --user NAME</translation>
    </message>
    <message>
        <source>Compacted %1: %2 MB with %3% of the data pages out of order before, %4 MB with %5% after.</source>
        <translation>Compacted %1: %2 MB with %3% of the data pages out of order before, %4 MB with %5% after.</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli demo --db FILE [--participants N] [--seed S] [--unencrypted]</source>
        <translation>usage: trialdesk-cli demo --db FILE [--participants N] [--seed S] [--unencrypted]</translation>
    </message>
    <message>
        <source>Give --encrypted (the default) or --unencrypted, not both.</source>
        <translation>Give --encrypted (the default) or --unencrypted, not both.</translation>
    </message>
    <message>
        <source>%1 already holds a trial; the demo is created in a new or empty database.</source>
        <translation>%1 already holds a trial; the demo is created in a new or empty database.</translation>
    </message>
    <message>
        <source>The file is encrypted: commands open it with --user NAME (admin, pi, coordinator, statistician, ...) and the password &quot;%1&quot; (TRIALDESK_PASSWORD).</source>
        <translation>The file is encrypted: commands open it with --user NAME (admin, pi, coordinator, statistician, ...) and the password &quot;%1&quot; (TRIALDESK_PASSWORD).</translation>
    </message>
    <message>
        <source>The file is not encrypted (--unencrypted).</source>
        <translation>The file is not encrypted (--unencrypted).</translation>
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
        <translation>usage: trialdesk-cli COMMAND [options]
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
exports are readable by their owner only (mode 0600).</translation>
    </message>
    <message>
        <source>Every demo user (admin, pi, coordinator, statistician, ...) signs in to the server as their own login role, with --user NAME and the password &quot;%1&quot; (TRIALDESK_PASSWORD).</source>
        <translation>Every demo user (admin, pi, coordinator, statistician, ...) signs in to the server as their own login role, with --user NAME and the password &quot;%1&quot; (TRIALDESK_PASSWORD).</translation>
    </message>
</context>
<context>
    <name>CliArgs</name>
    <message>
        <source>Unknown option &quot;%1&quot;; allowed: %2.</source>
        <translation>Unknown option &quot;%1&quot;; allowed: %2.</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE is required.</translation>
    </message>
    <message>
        <source>The trial file %1 has schema version %2, from an older TrialDesk (this one&apos;s is %3). A command that only reads does not upgrade it, and it was not changed. Open the trial in the window, or run a command that changes it, to upgrade it first.</source>
        <translation>The trial file %1 has schema version %2, from an older TrialDesk (this one&apos;s is %3). A command that only reads does not upgrade it, and it was not changed. Open the trial in the window, or run a command that changes it, to upgrade it first.</translation>
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
        <translation>usage (each also takes --db FILE --user NAME [--json]):
  trialdesk-cli dde discrepancies      items on which the two entries differ
  trialdesk-cli dde awaiting           forms keyed once that need a second entry
  trialdesk-cli dde agreement          discrepant fields per 10,000 keyed, per
                                       instrument and per person
  trialdesk-cli dde resolve STUDYID --visit CODE --instrument ID --item N --value V
      [--note TEXT]                    the adjudicated value of a differing item
  The second entry itself: trialdesk-cli assess ... --second-entry ITEM...</translation>
    </message>
    <message>
        <source>usage (each also takes --db FILE --user NAME [--json]):
  trialdesk-cli verify-source STUDYID --visit CODE --instrument ID
      marks the form as verified against its source (a monitor)
  trialdesk-cli verify-source --summary
      the share of visit forms verified, per site</source>
        <translation>usage (each also takes --db FILE --user NAME [--json]):
  trialdesk-cli verify-source STUDYID --visit CODE --instrument ID
      marks the form as verified against its source (a monitor)
  trialdesk-cli verify-source --summary
      the share of visit forms verified, per site</translation>
    </message>
    <message>
        <source>Name the form: STUDYID, --visit CODE and --instrument ID.</source>
        <translation>Name the form: STUDYID, --visit CODE and --instrument ID.</translation>
    </message>
    <message>
        <source>--item &quot;%1&quot; is not an item number; items are counted from 1.</source>
        <translation>--item &quot;%1&quot; is not an item number; items are counted from 1.</translation>
    </message>
    <message>
        <source>Give the adjudicated value with --value.</source>
        <translation>Give the adjudicated value with --value.</translation>
    </message>
    <message>
        <source>%1 has no %2 at visit %3.</source>
        <translation>%1 has no %2 at visit %3.</translation>
    </message>
    <message numerus="yes">
        <source>Item %1 of %2 %3 %4 adjudicated; %n difference(s) left.</source>
        <translation>
            <numerusform>Item %1 of %2 %3 %4 adjudicated; %n difference left.</numerusform>
            <numerusform>Item %1 of %2 %3 %4 adjudicated; %n differences left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name what to do: discrepancies, awaiting, agreement or resolve.</source>
        <translation>Name what to do: discrepancies, awaiting, agreement or resolve.</translation>
    </message>
    <message>
        <source>No differences wait for adjudication.</source>
        <translation>No differences wait for adjudication.</translation>
    </message>
    <message>
        <source>%1	%2	%3	item %4	first &quot;%5&quot;	second &quot;%6&quot;</source>
        <translation>%1	%2	%3	item %4	first &quot;%5&quot;	second &quot;%6&quot;</translation>
    </message>
    <message>
        <source>No form waits for a second entry.</source>
        <translation>No form waits for a second entry.</translation>
    </message>
    <message>
        <source>%1: %2 forms, %3 fields, %4 discrepant (%5 per 10,000)</source>
        <translation>%1: %2 forms, %3 fields, %4 discrepant (%5 per 10,000)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 forms verified (%4 %)</source>
        <translation>%1: %2 of %3 forms verified (%4 %)</translation>
    </message>
    <message>
        <source>%1 %2 %3 verified against its source.</source>
        <translation>%1 %2 %3 verified against its source.</translation>
    </message>
</context>
<context>
    <name>CliEncryption</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli encrypt --db FILE --user ADMIN
  Encrypts a plain trial in place (an administrator; password from TRIALDESK_PASSWORD or a prompt).
  An encrypted copy is written beside it, checked, and only then takes its place;
  the plain file is not kept. Close the trial everywhere first. The other users open
  the encrypted file once you give them a new password (user reset-password).</source>
        <translation>usage: trialdesk-cli encrypt --db FILE --user ADMIN
  Encrypts a plain trial in place (an administrator; password from TRIALDESK_PASSWORD or a prompt).
  An encrypted copy is written beside it, checked, and only then takes its place;
  the plain file is not kept. Close the trial everywhere first. The other users open
  the encrypted file once you give them a new password (user reset-password).</translation>
    </message>
    <message>
        <source>%1 is encrypted already; nothing was changed.</source>
        <translation>%1 is encrypted already; nothing was changed.</translation>
    </message>
    <message>
        <source>Encrypted %1; %2 opens it with the password used now.</source>
        <translation>Encrypted %1; %2 opens it with the password used now.</translation>
    </message>
    <message>
        <source>These users open it once you give them a new password (trialdesk-cli user reset-password): %1</source>
        <translation>These users open it once you give them a new password (trialdesk-cli user reset-password): %1</translation>
    </message>
    <message>
        <source>Backups and exports made before now are not encrypted: delete those you do not need.</source>
        <translation>Backups and exports made before now are not encrypted: delete those you do not need.</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli decrypt --db FILE --user ADMIN --out PLAIN
  Writes a plain (unencrypted) copy of an encrypted trial to PLAIN, a new file (never
  an existing one), readable by you only; the trial stays encrypted. An administrator&apos;s
  act, recorded in the trial&apos;s audit trail.</source>
        <translation>usage: trialdesk-cli decrypt --db FILE --user ADMIN --out PLAIN
  Writes a plain (unencrypted) copy of an encrypted trial to PLAIN, a new file (never
  an existing one), readable by you only; the trial stays encrypted. An administrator&apos;s
  act, recorded in the trial&apos;s audit trail.</translation>
    </message>
    <message>
        <source>Wrote a plain copy to %1. It is not encrypted: keep it where only those who may read the trial&apos;s data can read it, and delete it when done.</source>
        <translation>Wrote a plain copy to %1. It is not encrypted: keep it where only those who may read the trial&apos;s data can read it, and delete it when done.</translation>
    </message>
</context>
<context>
    <name>CliEntry</name>
    <message>
        <source>--date &quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>--date &quot;%1&quot; is not a date; write YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--visit &quot;%1&quot; is not a visit of the protocol; its visits are %2.</source>
        <translation>--visit &quot;%1&quot; is not a visit of the protocol; its visits are %2.</translation>
    </message>
    <message>
        <source>Name one assessment by its number.</source>
        <translation>Name one assessment by its number.</translation>
    </message>
    <message>
        <source>Assessment %1 voided; it is kept and audited, and left out of scores and exports.</source>
        <translation>Assessment %1 voided; it is kept and audited, and left out of scores and exports.</translation>
    </message>
    <message>
        <source>Give the study id and the item values.</source>
        <translation>Give the study id and the item values.</translation>
    </message>
    <message>
        <source>Assessment %1 saved: %2 %3 %4.</source>
        <translation>Assessment %1 saved: %2 %3 %4.</translation>
    </message>
    <message>
        <source>visit needs the subcommand missed.</source>
        <translation>visit needs the subcommand missed.</translation>
    </message>
    <message numerus="yes">
        <source>Visit %1 of %2 recorded as missed (%n instrument(s)).</source>
        <translation>
            <numerusform>Visit %1 of %2 recorded as missed (%n instrument).</numerusform>
            <numerusform>Visit %1 of %2 recorded as missed (%n instruments).</numerusform>
        </translation>
    </message>
    <message>
        <source>session needs the subcommand log or void.</source>
        <translation>session needs the subcommand log or void.</translation>
    </message>
    <message>
        <source>Name one session by its number.</source>
        <translation>Name one session by its number.</translation>
    </message>
    <message>
        <source>Session %1 voided; it is kept and audited.</source>
        <translation>Session %1 voided; it is kept and audited.</translation>
    </message>
    <message>
        <source>--attendance must be attended, cancelled, cancelled_clinic or did_not_attend.</source>
        <translation>--attendance must be attended, cancelled, cancelled_clinic or did_not_attend.</translation>
    </message>
    <message>
        <source>--kind must be regular or booster.</source>
        <translation>--kind must be regular or booster.</translation>
    </message>
    <message>
        <source>Session %1 of %2 recorded (%3).</source>
        <translation>Session %1 of %2 recorded (%3).</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>Add --same-date to record it as another session that day.</source>
        <translation>Add --same-date to record it as another session that day.</translation>
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
        <translation>usage (each also takes --db FILE --user NAME [--json]):
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
  trialdesk-cli worklist</translation>
    </message>
    <message>
        <source>Second entry saved: %1 %2 %3; the two entries agree.</source>
        <translation>Second entry saved: %1 %2 %3; the two entries agree.</translation>
    </message>
    <message>
        <source>Second entry saved: %1 %2 %3; the entries differ at item(s) %4, which wait for adjudication (trialdesk-cli dde).</source>
        <translation>Second entry saved: %1 %2 %3; the entries differ at item(s) %4, which wait for adjudication (trialdesk-cli dde).</translation>
    </message>
</context>
<context>
    <name>CliExchange</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;; allowed: %2.</source>
        <translation>Unexpected argument &quot;%1&quot;; allowed: %2.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; allowed: %2.</source>
        <translation>Unknown export format &quot;%1&quot;; allowed: %2.</translation>
    </message>
    <message>
        <source>Exported %1 rows (%2%3) to %4</source>
        <translation>Exported %1 rows (%2%3) to %4</translation>
    </message>
    <message>
        <source>, without arms</source>
        <translation>, without arms</translation>
    </message>
    <message>
        <source>--keep must be a whole number of at least 1.</source>
        <translation>--keep must be a whole number of at least 1.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Backup written and verified: %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2? The current file is kept aside. [y/N] </source>
        <translation>Replace %1 with the backup %2? The current file is kept aside. [y/N] </translation>
    </message>
    <message>
        <source>Nothing was restored (not confirmed; --yes skips the question).</source>
        <translation>Nothing was restored (not confirmed; --yes skips the question).</translation>
    </message>
    <message>
        <source>Restored, but the restore could not be audited in %1.</source>
        <translation>Restored, but the restore could not be audited in %1.</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the previous file is kept as %3</source>
        <translation>Restored %1 from %2; the previous file is kept as %3</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli backup --db FILE --out PATH (a new file, or a folder: then --keep N, default 10)
  A backup is readable by you only (mode 0600). In a folder it is named
  TRIAL-YYYYMMDDTHHMMSSZ.sqlite once verified; only such complete backups
  count towards --keep, and only they are deleted.</source>
        <translation>usage: trialdesk-cli backup --db FILE --out PATH (a new file, or a folder: then --keep N, default 10)
  A backup is readable by you only (mode 0600). In a folder it is named
  TRIAL-YYYYMMDDTHHMMSSZ.sqlite once verified; only such complete backups
  count towards --keep, and only they are deleted.</translation>
    </message>
    <message>
        <source>Note: %1 is not encrypted, although the trial is: it is plaintext for analysis programs. Keep it where only those who may read the trial&apos;s data can read it.</source>
        <translation>Note: %1 is not encrypted, although the trial is: it is plaintext for analysis programs. Keep it where only those who may read the trial&apos;s data can read it.</translation>
    </message>
    <message>
        <source>Beside it, to load it with labels: %1</source>
        <translation>Beside it, to load it with labels: %1</translation>
    </message>
    <message>
        <source>Recovery key of the backup: </source>
        <translation>Recovery key of the backup: </translation>
    </message>
    <message>
        <source>usage: trialdesk-cli restore --db FILE --from BACKUP --user NAME [--recovery-key] [--yes]
  The backup must be a TrialDesk trial of a schema version this program can open,
  intact, with an audit trail that verifies; the current file is kept aside.
  An encrypted backup opens with the password NAME had when it was made, or with
  --recovery-key, the trial&apos;s recovery key (TRIALDESK_RECOVERY_KEY or a prompt).</source>
        <translation>usage: trialdesk-cli restore --db FILE --from BACKUP --user NAME [--recovery-key] [--yes]
  The backup must be a TrialDesk trial of a schema version this program can open,
  intact, with an audit trail that verifies; the current file is kept aside.
  An encrypted backup opens with the password NAME had when it was made, or with
  --recovery-key, the trial&apos;s recovery key (TRIALDESK_RECOVERY_KEY or a prompt).</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli export --db FILE --user NAME --format %1 --out PATH [--blinded] [--force] [--umask] [--language en|nb]
  The export is written to a new file, readable by you only (mode 0600).
  --language  value labels in English (the default) or norsk bokmål
  --force   replace an existing file (never a trial, a backup or a
            database&apos;s journal)
  --umask   give the file the permissions of your umask instead, as other
            programs do (usually readable by everyone)</source>
        <translation>usage: trialdesk-cli export --db FILE --user NAME --format %1 --out PATH [--blinded] [--force] [--umask] [--language en|nb]
  The export is written to a new file, readable by you only (mode 0600).
  --language  value labels in English (the default) or norsk bokmål
  --force   replace an existing file (never a trial, a backup or a
            database&apos;s journal)
  --umask   give the file the permissions of your umask instead, as other
            programs do (usually readable by everyone)</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; allowed: en, nb.</source>
        <translation>Unknown language &quot;%1&quot;; allowed: en, nb.</translation>
    </message>
</context>
<context>
    <name>CliImport</name>
    <message>
        <source>Name what to import: %1.</source>
        <translation>Name what to import: %1.</translation>
    </message>
    <message>
        <source>Unknown import &quot;%1&quot;; allowed: %2.</source>
        <translation>Unknown import &quot;%1&quot;; allowed: %2.</translation>
    </message>
    <message>
        <source>Unexpected option &quot;%1&quot;.</source>
        <translation>Unexpected option &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--db FILE, --user NAME and one file to import are required.</source>
        <translation>--db FILE, --user NAME and one file to import are required.</translation>
    </message>
    <message>
        <source>No file to import at %1.</source>
        <translation>No file to import at %1.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 %3 from %4.</source>
        <translation>Imported %1 of %2 %3 from %4.</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli import %1 --db FILE --user NAME [--language en|nb] FILE</source>
        <translation>usage: trialdesk-cli import %1 --db FILE --user NAME [--language en|nb] FILE</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; allowed: en, nb.</source>
        <translation>Unknown language &quot;%1&quot;; allowed: en, nb.</translation>
    </message>
    <message>
        <source>--direction takes FORM=better or FORM=worse (higher scores are better or worse), not &quot;%1&quot;.</source>
        <translation>--direction takes FORM=better or FORM=worse (higher scores are better or worse), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1:%2: %3: skipped: %4</source>
        <translation>%1:%2: %3: skipped: %4</translation>
    </message>
    <message>
        <source>... and %1 more problems, not listed.</source>
        <translation>... and %1 more problems, not listed.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1; problems found: %2.</source>
        <translation>Nothing was imported from %1; problems found: %2.</translation>
    </message>
    <message>
        <source>Check only, nothing was written: %1 instruments would be made from %2; skipped: %3.</source>
        <translation>Check only, nothing was written: %1 instruments would be made from %2; skipped: %3.</translation>
    </message>
    <message>
        <source>       trialdesk-cli import redcap-records --db FILE --user NAME [--mapping FILE.json] [--records ID=STUDYID,...] [--events EVENT=VISIT|skip,...] [--visit CODE] [--date-field FIELD,...] [--rater USER] [--check] FILE</source>
        <translation>       trialdesk-cli import redcap-records --db FILE --user NAME [--mapping FILE.json] [--records ID=STUDYID,...] [--events EVENT=VISIT|skip,...] [--visit CODE] [--date-field FIELD,...] [--rater USER] [--check] FILE</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>%1 takes NAME=VALUE pairs separated by commas, not &quot;%2&quot;.</source>
        <translation>%1 takes NAME=VALUE pairs separated by commas, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Check only, nothing was written: %1 assessments would be imported from %2.</source>
        <translation>Check only, nothing was written: %1 assessments would be imported from %2.</translation>
    </message>
    <message>
        <source>       trialdesk-cli import redcap-dictionary --db FILE --user NAME [--forms A,B] [--direction FORM=better|worse,...] [--missing CODE,...] [--check] [--strict] FILE</source>
        <translation>       trialdesk-cli import redcap-dictionary --db FILE --user NAME [--forms A,B] [--direction FORM=better|worse,...] [--missing CODE,...] [--check] [--strict] FILE</translation>
    </message>
</context>
<context>
    <name>CliLock</name>
    <message>
        <source>the whole trial</source>
        <translation>the whole trial</translation>
    </message>
    <message>
        <source>participant %1</source>
        <translation>participant %1</translation>
    </message>
    <message>
        <source>visit %1 of %2</source>
        <translation>visit %1 of %2</translation>
    </message>
    <message>
        <source>Lock %1: %2, by %3 at %4 (audit row %5): %6</source>
        <translation>Lock %1: %2, by %3 at %4 (audit row %5): %6</translation>
    </message>
    <message>
        <source>  lifted by %1 at %2: %3</source>
        <translation>  lifted by %1 at %2: %3</translation>
    </message>
    <message>
        <source>No data are locked.</source>
        <translation>No data are locked.</translation>
    </message>
    <message>
        <source>--visit &quot;%1&quot; is not a visit of the protocol; its visits are %2.</source>
        <translation>--visit &quot;%1&quot; is not a visit of the protocol; its visits are %2.</translation>
    </message>
    <message>
        <source>--visit needs --participant: a visit is locked for one participant.</source>
        <translation>--visit needs --participant: a visit is locked for one participant.</translation>
    </message>
    <message>
        <source>--reason TEXT is required.</source>
        <translation>--reason TEXT is required.</translation>
    </message>
    <message>
        <source>Name the lock to lift by its number (trialdesk-cli lock list shows them).</source>
        <translation>Name the lock to lift by its number (trialdesk-cli lock list shows them).</translation>
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
        <translation>usage (each also takes --db FILE --user NAME [--json]):
  trialdesk-cli lock [--participant STUDYID [--visit CODE]] --reason TEXT --sign
      [--with-open-queries]
      locks the whole trial, one participant or one visit for the analysis; with data
      queries still open on those data only when --with-open-queries confirms it
  trialdesk-cli lock list [--in-force]
  trialdesk-cli unlock LOCKID --reason TEXT --sign
  --sign: the principal investigator signs electronically; the password is asked
  again (or read from TRIALDESK_PASSWORD)</translation>
    </message>
</context>
<context>
    <name>CliMigrate</name>
    <message>
        <source>%1 already exists; a trial is copied only into a new file. Nothing was changed.</source>
        <translation>%1 already exists; a trial is copied only into a new file. Nothing was changed.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; the copy goes into an existing folder.</source>
        <translation>The folder %1 does not exist; the copy goes into an existing folder.</translation>
    </message>
    <message>
        <source>  %1: %2 rows</source>
        <translation>  %1: %2 rows</translation>
    </message>
    <message>
        <source>%1 tables, %2 rows copied in %3 s.</source>
        <translation>%1 tables, %2 rows copied in %3 s.</translation>
    </message>
    <message>
        <source>Rows per table: the same in the copy.</source>
        <translation>Rows per table: the same in the copy.</translation>
    </message>
    <message>
        <source>Rows per table: the copy DIFFERS.</source>
        <translation>Rows per table: the copy DIFFERS.</translation>
    </message>
    <message>
        <source>Audit chain: %1 rows, intact.</source>
        <translation>Audit chain: %1 rows, intact.</translation>
    </message>
    <message>
        <source>Audit chain: BROKEN in the copy.</source>
        <translation>Audit chain: BROKEN in the copy.</translation>
    </message>
    <message>
        <source>Allocations: %1 lists, %2 block and %3 minimization allocations replayed, %4 mismatches.</source>
        <translation>Allocations: %1 lists, %2 block and %3 minimization allocations replayed, %4 mismatches.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--from and --to are both required.</source>
        <translation>--from and --to are both required.</translation>
    </message>
    <message>
        <source>One of --from and --to must be a server database (postgresql://...) and the other a file.</source>
        <translation>One of --from and --to must be a server database (postgresql://...) and the other a file.</translation>
    </message>
    <message>
        <source>A file copy is encrypted at rest with an administrator&apos;s password: give --user ADMIN, or --unencrypted for a plain file.</source>
        <translation>A file copy is encrypted at rest with an administrator&apos;s password: give --user ADMIN, or --unencrypted for a plain file.</translation>
    </message>
    <message>
        <source>--unencrypted is for a file copy; a server&apos;s data at rest is the server&apos;s to protect.</source>
        <translation>--unencrypted is for a file copy; a server&apos;s data at rest is the server&apos;s to protect.</translation>
    </message>
    <message>
        <source>Copied %1 into %2.</source>
        <translation>Copied %1 into %2.</translation>
    </message>
    <message>
        <source>The plain copy is in %1: encrypt it with trialdesk-cli encrypt, or delete it.</source>
        <translation>The plain copy is in %1: encrypt it with trialdesk-cli encrypt, or delete it.</translation>
    </message>
    <message>
        <source>The file is encrypted; %1 opens it with the password given.</source>
        <translation>The file is encrypted; %1 opens it with the password given.</translation>
    </message>
    <message>
        <source>These users open it once an administrator gives them a new password: %1.</source>
        <translation>These users open it once an administrator gives them a new password: %1.</translation>
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
        <translation>usage: trialdesk-cli migrate --from FILE --to postgresql://HOST:PORT/DATABASE --user ADMIN
       trialdesk-cli migrate --from postgresql://... --to FILE --user ADMIN [--unencrypted]
  Copies every row of the trial, ids kept, into a new or empty server database, or into a
  new file (never an existing one; encrypted at rest with ADMIN&apos;s password unless
  --unencrypted). Then checks the copy: rows per table, the audit chain, every allocation.
  An encrypted file opens with --user NAME and the password (TRIALDESK_PASSWORD).
  On a server every user gets a login role of the same name: ADMIN with the password
  given, the others one nobody knows until an administrator gives them a new one.</translation>
    </message>
    <message>
        <source>The database %1 was removed again.</source>
        <translation>The database %1 was removed again.</translation>
    </message>
    <message>
        <source>Every user has a login role on the server now; %1 signs in with the password given.</source>
        <translation>Every user has a login role on the server now; %1 signs in with the password given.</translation>
    </message>
    <message>
        <source>These users sign in once an administrator gives them a new password: %1.</source>
        <translation>These users sign in once an administrator gives them a new password: %1.</translation>
    </message>
    <message>
        <source>A trial on a server has a login role for every user, made by the move: give --user ADMIN, an administrator of the trial, and their password (TRIALDESK_PASSWORD or a prompt).</source>
        <translation>A trial on a server has a login role for every user, made by the move: give --user ADMIN, an administrator of the trial, and their password (TRIALDESK_PASSWORD or a prompt).</translation>
    </message>
    <message>
        <source>The database %1 was there before this command, and what the command made in it could not be removed: %2</source>
        <translation>The database %1 was there before this command, and what the command made in it could not be removed: %2</translation>
    </message>
    <message>
        <source>The database %1 is as it was before this command: what the command made in it was removed again.</source>
        <translation>The database %1 is as it was before this command: what the command made in it was removed again.</translation>
    </message>
    <message>
        <source>The copy in %1 does not match its source (above), so it was not kept.</source>
        <translation>The copy in %1 does not match its source (above), so it was not kept.</translation>
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
        <translation>usage (each also takes --db FILE --user NAME [--json]):
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
        <translation>--date &quot;%1&quot; is not a date; write YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--answer &quot;%1&quot; is not allowed; write CRITERION=yes or CRITERION=no.</source>
        <translation>--answer &quot;%1&quot; is not allowed; write CRITERION=yes or CRITERION=no.</translation>
    </message>
    <message>
        <source>--covariate &quot;%1&quot; is not allowed; write CODE=VALUE.</source>
        <translation>--covariate &quot;%1&quot; is not allowed; write CODE=VALUE.</translation>
    </message>
    <message>
        <source>participant needs a subcommand.</source>
        <translation>participant needs a subcommand.</translation>
    </message>
    <message>
        <source>Unknown participant subcommand &quot;%1&quot;.</source>
        <translation>Unknown participant subcommand &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name one participant by study id.</source>
        <translation>Name one participant by study id.</translation>
    </message>
    <message>
        <source>--site must be one of the trial&apos;s sites: %1.</source>
        <translation>--site must be one of the trial&apos;s sites: %1.</translation>
    </message>
    <message>
        <source>Screened %1: %2.</source>
        <translation>Screened %1: %2.</translation>
    </message>
    <message>
        <source>--therapist names no active user: &quot;%1&quot;.</source>
        <translation>--therapist names no active user: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--to must be a status key: in_treatment, completed, discontinued, withdrawn, lost_to_follow_up.</source>
        <translation>--to must be a status key: in_treatment, completed, discontinued, withdrawn, lost_to_follow_up.</translation>
    </message>
</context>
<context>
    <name>CliProtocol</name>
    <message>
        <source>Unknown option &quot;%1&quot;; allowed: %2.</source>
        <translation>Unknown option &quot;%1&quot;; allowed: %2.</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <source>%1 is not a valid protocol:
%2</source>
        <translation>%1 is not a valid protocol:
%2</translation>
    </message>
    <message>
        <source>Name one protocol file to check.</source>
        <translation>Name one protocol file to check.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a valid protocol: %2 (%3), %n site(s), %4 arms, %5 visits.</source>
        <translation>
            <numerusform>%1 is a valid protocol: %2 (%3), %n site, %4 arms, %5 visits.</numerusform>
            <numerusform>%1 is a valid protocol: %2 (%3), %n sites, %4 arms, %5 visits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the template: %1.</source>
        <translation>Name the template: %1.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE is required.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 already exists; choose a new file name.</translation>
    </message>
    <message>
        <source>Wrote the %1 template to %2.</source>
        <translation>Wrote the %1 template to %2.</translation>
    </message>
    <message>
        <source>--db FILE and --user NAME are required.</source>
        <translation>--db FILE and --user NAME are required.</translation>
    </message>
    <message>
        <source>Wrote protocol version %1 of %2 to %3.</source>
        <translation>Wrote protocol version %1 of %2 to %3.</translation>
    </message>
    <message>
        <source>--protocol FILE is required.</source>
        <translation>--protocol FILE is required.</translation>
    </message>
    <message>
        <source>--effective &quot;%1&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>--effective &quot;%1&quot; is not a date; write YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Would make protocol version %1 (an amendment). Nothing was changed.</source>
        <translation>Would make protocol version %1 (an amendment). Nothing was changed.</translation>
    </message>
    <message>
        <source>Would change protocol version %1 (no one is randomized yet). Nothing was changed.</source>
        <translation>Would change protocol version %1 (no one is randomized yet). Nothing was changed.</translation>
    </message>
    <message>
        <source>Protocol version %1 is in force from %2.</source>
        <translation>Protocol version %1 is in force from %2.</translation>
    </message>
    <message>
        <source>Protocol version %1 changed (no one is randomized yet).</source>
        <translation>Protocol version %1 changed (no one is randomized yet).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s):</source>
        <translation>
            <numerusform>%n change:</numerusform>
            <numerusform>%n changes:</numerusform>
        </translation>
    </message>
    <message>
        <source>--db FILE, --admin NAME and one of --protocol FILE or --template NAME are required.</source>
        <translation>--db FILE, --admin NAME and one of --protocol FILE or --template NAME are required.</translation>
    </message>
    <message>
        <source>%1 already exists; a new trial is created in a new file.</source>
        <translation>%1 already exists; a new trial is created in a new file.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was created.</source>
        <translation>The two passwords differ; nothing was created.</translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation>Nothing was created: %1</translation>
    </message>
    <message>
        <source>Created %1: %2 (%3), administrator %4. Next: sign in as %4 to add the trial&apos;s people, and let the statistician set up randomization.</source>
        <translation>Created %1: %2 (%3), administrator %4. Next: sign in as %4 to add the trial&apos;s people, and let the statistician set up randomization.</translation>
    </message>
    <message>
        <source>Name the protocol command: check, template, export or amend.</source>
        <translation>Name the protocol command: check, template, export or amend.</translation>
    </message>
    <message>
        <source>Unknown protocol command &quot;%1&quot;.</source>
        <translation>Unknown protocol command &quot;%1&quot;.</translation>
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
        <translation>usage (passwords come from TRIALDESK_PASSWORD or a prompt):
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
    signature: the password is asked again (or read from TRIALDESK_PASSWORD)</translation>
    </message>
    <message>
        <source>Give --encrypted (the default) or --unencrypted, not both.</source>
        <translation>Give --encrypted (the default) or --unencrypted, not both.</translation>
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
        <translation>usage (each also takes --db FILE --user NAME [--json]):
  trialdesk-cli query raise STUDYID --visit CODE --instrument ID [--item N] --text TEXT
      asks the participant&apos;s site about one item (or the whole form); prints the id
  trialdesk-cli query list [--open] [--participant STUDYID]
  trialdesk-cli query show QUERYID
  trialdesk-cli query respond|close|reopen QUERYID --text TEXT</translation>
    </message>
    <message>
        <source>Query %1 (%2), %3 %4 %5 (%6): %7</source>
        <translation>Query %1 (%2), %3 %4 %5 (%6): %7</translation>
    </message>
    <message>
        <source>  %1 %2 %3: %4</source>
        <translation>  %1 %2 %3: %4</translation>
    </message>
    <message>
        <source>query raise needs STUDYID, --visit CODE and --instrument ID.</source>
        <translation>query raise needs STUDYID, --visit CODE and --instrument ID.</translation>
    </message>
    <message>
        <source>--item &quot;%1&quot; is not an item number; items are counted from 1.</source>
        <translation>--item &quot;%1&quot; is not an item number; items are counted from 1.</translation>
    </message>
    <message>
        <source>Name what to do: raise, list, show, respond, close or reopen.</source>
        <translation>Name what to do: raise, list, show, respond, close or reopen.</translation>
    </message>
    <message>
        <source>Name the query by its number (trialdesk-cli query list shows them).</source>
        <translation>Name the query by its number (trialdesk-cli query list shows them).</translation>
    </message>
    <message>
        <source>No queries.</source>
        <translation>No queries.</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli missing-forms --db FILE --user NAME [--overdue] [--json]
  the forms expected at visits whose window has opened and not received, per site</source>
        <translation>usage: trialdesk-cli missing-forms --db FILE --user NAME [--overdue] [--json]
  the forms expected at visits whose window has opened and not received, per site</translation>
    </message>
    <message>
        <source>%1: %2 expected, %3 received, %4 due, %5 overdue</source>
        <translation>%1: %2 expected, %3 received, %4 due, %5 overdue</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, item %2</translation>
    </message>
    <message>
        <source>double entry not complete</source>
        <translation>double entry not complete</translation>
    </message>
</context>
<context>
    <name>CliRandomization</name>
    <message>
        <source>Unknown option &quot;%1&quot;; allowed: %2.</source>
        <translation>Unknown option &quot;%1&quot;; allowed: %2.</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <source>Option %1 is given twice; give it once.</source>
        <translation>Option %1 is given twice; give it once.</translation>
    </message>
    <message>
        <source>Option %1 is required.</source>
        <translation>Option %1 is required.</translation>
    </message>
    <message>
        <source>--method &quot;%1&quot; is not allowed: use block or minimization.</source>
        <translation>--method &quot;%1&quot; is not allowed: use block or minimization.</translation>
    </message>
    <message>
        <source>--ratio &quot;%1&quot; is not allowed: give whole numbers of at least 1 separated by colons, e.g. 3:2:1.</source>
        <translation>--ratio &quot;%1&quot; is not allowed: give whole numbers of at least 1 separated by colons, e.g. 3:2:1.</translation>
    </message>
    <message>
        <source>--blocks applies to --method block only.</source>
        <translation>--blocks applies to --method block only.</translation>
    </message>
    <message>
        <source>--blocks &quot;%1&quot; is not allowed: give block lengths separated by commas, e.g. 6,12.</source>
        <translation>--blocks &quot;%1&quot; is not allowed: give block lengths separated by commas, e.g. 6,12.</translation>
    </message>
    <message>
        <source>--strata &quot;%1&quot; is not allowed: give the levels of each factor separated by x, e.g. 4x2 (or 8).</source>
        <translation>--strata &quot;%1&quot; is not allowed: give the levels of each factor separated by x, e.g. 4x2 (or 8).</translation>
    </message>
    <message>
        <source>--q applies to --method minimization only.</source>
        <translation>--q applies to --method minimization only.</translation>
    </message>
    <message>
        <source>--q &quot;%1&quot; is not a number; use 0.5 to 1, e.g. 0.8.</source>
        <translation>--q &quot;%1&quot; is not a number; use 0.5 to 1, e.g. 0.8.</translation>
    </message>
    <message>
        <source>--participants must be a whole number from 1 to %1.</source>
        <translation>--participants must be a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed must be a whole number from 0 to 18446744073709551615.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE is required.</translation>
    </message>
    <message>
        <source>MISMATCH allocation %1 (%2): %3</source>
        <translation>MISMATCH allocation %1 (%2): %3</translation>
    </message>
    <message>
        <source>MISMATCH %1</source>
        <translation>MISMATCH %1</translation>
    </message>
    <message>
        <source>%1 allocation lists, %2 block and %3 minimization allocations replayed</source>
        <translation>%1 allocation lists, %2 block and %3 minimization allocations replayed</translation>
    </message>
    <message>
        <source>%1: all match.</source>
        <translation>%1: all match.</translation>
    </message>
    <message>
        <source>%1: %2 mismatches.</source>
        <translation>%1: %2 mismatches.</translation>
    </message>
    <message>
        <source>randomization needs a subcommand.</source>
        <translation>randomization needs a subcommand.</translation>
    </message>
    <message>
        <source>--method must be block or minimization.</source>
        <translation>--method must be block or minimization.</translation>
    </message>
    <message>
        <source>--blocks needs block lengths such as 6,12.</source>
        <translation>--blocks needs block lengths such as 6,12.</translation>
    </message>
    <message>
        <source>--q needs a number such as 0.8.</source>
        <translation>--q needs a number such as 0.8.</translation>
    </message>
    <message>
        <source>--factors: &quot;%1&quot; is not a stratification factor of the protocol with a weight; its factors are %2.</source>
        <translation>--factors: &quot;%1&quot; is not a stratification factor of the protocol with a weight; its factors are %2.</translation>
    </message>
    <message>
        <source>Randomization set up: minimization, q = %1.</source>
        <translation>Randomization set up: minimization, q = %1.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed needs a whole number.</translation>
    </message>
    <message>
        <source>Randomization set up: permuted blocks; allocation list of %1 entries in %2 strata generated (SHA-256 %3).</source>
        <translation>Randomization set up: permuted blocks; allocation list of %1 entries in %2 strata generated (SHA-256 %3).</translation>
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
        <translation>usage:
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
    statistician&apos;s login reads the seed)</translation>
    </message>
    <message>
        <source>--stratum KEY is required (the stratum a refused randomization names).</source>
        <translation>--stratum KEY is required (the stratum a refused randomization names).</translation>
    </message>
    <message>
        <source>Stratum %1 extended by %2 entries of the allocation list.</source>
        <translation>Stratum %1 extended by %2 entries of the allocation list.</translation>
    </message>
    <message>
        <source>Unknown randomization subcommand &quot;%1&quot;; allowed: simulate, replay, setup, extend.</source>
        <translation>Unknown randomization subcommand &quot;%1&quot;; allowed: simulate, replay, setup, extend.</translation>
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
        <translation>usage (the password is read from the environment variable TRIALDESK_PASSWORD):
  trialdesk-cli report consort --db FILE --user NAME [--primary INSTRUMENT]
      [--min-post N]
  trialdesk-cli report dashboard --db FILE --user NAME [--instrument ID]
      [--endpoint TIMEPOINT]</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;; allowed: %2.</source>
        <translation>Unknown option &quot;%1&quot;; allowed: %2.</translation>
    </message>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Option %1 needs a value.</translation>
    </message>
    <message>
        <source>Name the report: consort or dashboard.</source>
        <translation>Name the report: consort or dashboard.</translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot;; use consort or dashboard.</source>
        <translation>Unknown report &quot;%1&quot;; use consort or dashboard.</translation>
    </message>
    <message>
        <source>--db FILE and --user NAME are required.</source>
        <translation>--db FILE and --user NAME are required.</translation>
    </message>
    <message>
        <source>Set the password in the environment variable TRIALDESK_PASSWORD.</source>
        <translation>Set the password in the environment variable TRIALDESK_PASSWORD.</translation>
    </message>
    <message>
        <source>--min-post needs a whole number of at least 1.</source>
        <translation>--min-post needs a whole number of at least 1.</translation>
    </message>
</context>
<context>
    <name>CliScoring</name>
    <message>
        <source>%1 needs a number.</source>
        <translation>%1 needs a number.</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli score INSTRUMENT ITEM... (NA for a missing item)</source>
        <translation>usage: trialdesk-cli score INSTRUMENT ITEM... (NA for a missing item)</translation>
    </message>
    <message>
        <source>usage: trialdesk-cli change INSTRUMENT --baseline X --followup Y [--sd S] [--reliability R] [--clinical-mean M1 --clinical-sd S1 --functional-mean M0 --functional-sd S0]</source>
        <translation>usage: trialdesk-cli change INSTRUMENT --baseline X --followup Y [--sd S] [--reliability R] [--clinical-mean M1 --clinical-sd S1 --functional-mean M0 --functional-sd S0]</translation>
    </message>
    <message>
        <source>Unknown option %1. Allowed: %2.</source>
        <translation>Unknown option %1. Allowed: %2.</translation>
    </message>
    <message>
        <source>--baseline and --followup are required.</source>
        <translation>--baseline and --followup are required.</translation>
    </message>
    <message>
        <source>Give all four norms (--clinical-mean, --clinical-sd, --functional-mean, --functional-sd) or none.</source>
        <translation>Give all four norms (--clinical-mean, --clinical-sd, --functional-mean, --functional-sd) or none.</translation>
    </message>
    <message>
        <source>assessment %1 (%2): stored %3, recomputed %4</source>
        <translation>assessment %1 (%2): stored %3, recomputed %4</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nothing)</translation>
    </message>
    <message>
        <source>%1 of %2 stored scores do not match their answers.</source>
        <translation>%1 of %2 stored scores do not match their answers.</translation>
    </message>
    <message>
        <source>scores consistent: %1 assessments recomputed</source>
        <translation>scores consistent: %1 assessments recomputed</translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <source>User name: </source>
        <translation>User name: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>This act is signed electronically: add --sign to sign it with your password, declaring: &quot;%1&quot; Nothing was saved.</source>
        <translation>This act is signed electronically: add --sign to sign it with your password, declaring: &quot;%1&quot; Nothing was saved.</translation>
    </message>
    <message>
        <source>You sign as %1: &quot;%2&quot;</source>
        <translation>You sign as %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Password to sign: </source>
        <translation>Password to sign: </translation>
    </message>
</context>
<context>
    <name>CliUsers</name>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Repeat the new password: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>Unknown site &quot;%1&quot;; the trial&apos;s sites are %2.</source>
        <translation>Unknown site &quot;%1&quot;; the trial&apos;s sites are %2.</translation>
    </message>
    <message>
        <source>--name NAME is required.</source>
        <translation>--name NAME is required.</translation>
    </message>
    <message>
        <source>user needs a subcommand.</source>
        <translation>user needs a subcommand.</translation>
    </message>
    <message>
        <source>Unknown user subcommand &quot;%1&quot;.</source>
        <translation>Unknown user subcommand &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>Password changed for %1.</source>
        <translation>Password changed for %1.</translation>
    </message>
    <message>
        <source>--role must be one of coordinator, therapist, assessor, principal_investigator, statistician, administrator.</source>
        <translation>--role must be one of coordinator, therapist, assessor, principal_investigator, statistician, administrator.</translation>
    </message>
    <message>
        <source>User %1 added as %2 (sites: %3).</source>
        <translation>User %1 added as %2 (sites: %3).</translation>
    </message>
    <message>
        <source>Password of %1 reset; they must choose a new one at their next sign-in.</source>
        <translation>Password of %1 reset; they must choose a new one at their next sign-in.</translation>
    </message>
    <message>
        <source>User %1: %2, sites %3.</source>
        <translation>User %1: %2, sites %3.</translation>
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
        <translation>usage (administrators; passwords from TRIALDESK_PASSWORD, new ones from
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
roles: coordinator, therapist, assessor, principal_investigator, statistician, dmc, monitor, administrator</translation>
    </message>
    <message>
        <source>--role must be one of coordinator, therapist, assessor, principal_investigator, statistician, dmc, monitor, administrator.</source>
        <translation>--role must be one of coordinator, therapist, assessor, principal_investigator, statistician, dmc, monitor, administrator.</translation>
    </message>
    <message>
        <source>User %1 is now %2 (was %3; sites: %4).</source>
        <translation>User %1 is now %2 (was %3; sites: %4).</translation>
    </message>
</context>
<context>
    <name>CodebookExport</name>
    <message>
        <source>Codebook CSV: every variable</source>
        <translation>Codebook CSV: every variable</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>%1 is not a database address TrialDesk can use: %2 The form is postgresql://user@host:port/database, with ?sslmode=... and the other TLS settings after it when needed.</source>
        <translation>%1 is not a database address TrialDesk can use: %2 The form is postgresql://user@host:port/database, with ?sslmode=... and the other TLS settings after it when needed.</translation>
    </message>
    <message>
        <source>it cannot be read as an address (%1).</source>
        <translation>it cannot be read as an address (%1).</translation>
    </message>
    <message>
        <source>it names no database (the part after the last /).</source>
        <translation>it names no database (the part after the last /).</translation>
    </message>
    <message>
        <source>it has a # part.</source>
        <translation>it has a # part.</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; is not one TrialDesk passes on (allowed: %2).</source>
        <translation>the setting &quot;%1&quot; is not one TrialDesk passes on (allowed: %2).</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; may not hold a space or a semicolon.</source>
        <translation>the value of &quot;%1&quot; may not hold a space or a semicolon.</translation>
    </message>
</context>
<context>
    <name>ConsortReport</name>
    <message>
        <source>Reason not recorded</source>
        <translation>Reason not recorded</translation>
    </message>
    <message>
        <source>Not started yet (no session attended)</source>
        <translation>Not started yet (no session attended)</translation>
    </message>
    <message>
        <source>No session attended</source>
        <translation>No session attended</translation>
    </message>
    <message>
        <source>Withdrew, data may not be used: %1</source>
        <translation>Withdrew, data may not be used: %1</translation>
    </message>
    <message>
        <source>No completed post-baseline %1 assessment</source>
        <translation>No completed post-baseline %1 assessment</translation>
    </message>
    <message>
        <source>Withdrew before randomization: %1</source>
        <translation>Withdrew before randomization: %1</translation>
    </message>
    <message>
        <source>%1: %2 against %3</source>
        <translation>%1: %2 against %3</translation>
    </message>
    <message>
        <source>assessed for eligibility = excluded + randomized + awaiting decision</source>
        <translation>assessed for eligibility = excluded + randomized + awaiting decision</translation>
    </message>
    <message>
        <source>excluded = not meeting inclusion criteria + declined + other</source>
        <translation>excluded = not meeting inclusion criteria + declined + other</translation>
    </message>
    <message>
        <source>reasons for not meeting inclusion criteria</source>
        <translation>reasons for not meeting inclusion criteria</translation>
    </message>
    <message>
        <source>reasons for declining</source>
        <translation>reasons for declining</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>other reasons</translation>
    </message>
    <message>
        <source>awaiting decision = screening + consent + randomization</source>
        <translation>awaiting decision = screening + consent + randomization</translation>
    </message>
    <message>
        <source>%1: allocated = received + did not receive</source>
        <translation>%1: allocated = received + did not receive</translation>
    </message>
    <message>
        <source>%1: reasons for not receiving the intervention</source>
        <translation>%1: reasons for not receiving the intervention</translation>
    </message>
    <message>
        <source>%1: reasons for loss to follow-up</source>
        <translation>%1: reasons for loss to follow-up</translation>
    </message>
    <message>
        <source>%1: reasons for discontinuing</source>
        <translation>%1: reasons for discontinuing</translation>
    </message>
    <message>
        <source>%1: lost + discontinued within allocated</source>
        <translation>%1: lost + discontinued within allocated</translation>
    </message>
    <message>
        <source>%1: allocated = analysed + excluded from analysis</source>
        <translation>%1: allocated = analysed + excluded from analysis</translation>
    </message>
    <message>
        <source>%1: reasons for exclusion from analysis</source>
        <translation>%1: reasons for exclusion from analysis</translation>
    </message>
    <message>
        <source>randomized = sum of allocated</source>
        <translation>randomized = sum of allocated</translation>
    </message>
    <message>
        <source>The analysed rule needs a primary instrument (the protocol names none) and at least one post-baseline assessment.</source>
        <translation>The analysed rule needs a primary instrument (the protocol names none) and at least one post-baseline assessment.</translation>
    </message>
</context>
<context>
    <name>CovariateValues</name>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>any value</translation>
    </message>
    <message>
        <source>%1 (%2) &quot;%3&quot; is not allowed: %4.</source>
        <translation>%1 (%2) &quot;%3&quot; is not allowed: %4.</translation>
    </message>
    <message>
        <source>enter a whole number, %1</source>
        <translation>enter a whole number, %1</translation>
    </message>
    <message>
        <source>enter a number, %1</source>
        <translation>enter a number, %1</translation>
    </message>
    <message>
        <source>enter %1</source>
        <translation>enter %1</translation>
    </message>
    <message>
        <source>choose one of %1</source>
        <translation>choose one of %1</translation>
    </message>
    <message>
        <source>enter a date as YYYY-MM-DD</source>
        <translation>enter a date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>use at most 500 characters</source>
        <translation>use at most 500 characters</translation>
    </message>
    <message>
        <source>unknown covariate type</source>
        <translation>unknown covariate type</translation>
    </message>
    <message>
        <source>The protocol has no covariate &quot;%1&quot;. Its covariates: %2.</source>
        <translation>The protocol has no covariate &quot;%1&quot;. Its covariates: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 is already recorded as &quot;%2&quot;; changing it needs a reason.</source>
        <translation>%1 is already recorded as &quot;%2&quot;; changing it needs a reason.</translation>
    </message>
</context>
<context>
    <name>CryptVfs</name>
    <message>
        <source>The encrypted file&apos;s header is damaged in both copies.</source>
        <translation>The encrypted file&apos;s header is damaged in both copies.</translation>
    </message>
    <message>
        <source>%1 is not empty: an encrypted trial is made only in a new file.</source>
        <translation>%1 is not empty: an encrypted trial is made only in a new file.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Could not read the encrypted file&apos;s header.</source>
        <translation>Could not read the encrypted file&apos;s header.</translation>
    </message>
    <message>
        <source>Could not write the encrypted file&apos;s header.</source>
        <translation>Could not write the encrypted file&apos;s header.</translation>
    </message>
    <message>
        <source>Page %1 in the write-ahead log of %2 failed authentication: the file was changed outside TrialDesk or is damaged.</source>
        <translation>Page %1 in the write-ahead log of %2 failed authentication: the file was changed outside TrialDesk or is damaged.</translation>
    </message>
    <message>
        <source>Page %1 in the rollback journal of %2 failed authentication: the file was changed outside TrialDesk or is damaged.</source>
        <translation>Page %1 in the rollback journal of %2 failed authentication: the file was changed outside TrialDesk or is damaged.</translation>
    </message>
    <message>
        <source>Page %1 of %2 failed authentication: the file was changed outside TrialDesk or is damaged.</source>
        <translation>Page %1 of %2 failed authentication: the file was changed outside TrialDesk or is damaged.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8</source>
        <translation>the file is not UTF-8 text; save it as UTF-8</translation>
    </message>
    <message>
        <source>broken quoting: the quoted field that starts on this line is never closed</source>
        <translation>broken quoting: the quoted field that starts on this line is never closed</translation>
    </message>
    <message>
        <source>broken quoting: text follows the closing quote of a field; quote the whole field and double the quotes inside it</source>
        <translation>broken quoting: text follows the closing quote of a field; quote the whole field and double the quotes inside it</translation>
    </message>
    <message>
        <source>broken quoting: a quote inside an unquoted field; quote the whole field and double the quotes inside it</source>
        <translation>broken quoting: a quote inside an unquoted field; quote the whole field and double the quotes inside it</translation>
    </message>
    <message>
        <source>the row has %1 columns; expected %2, as in the header</source>
        <translation>the row has %1 columns; expected %2, as in the header</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>An effect size compares two different arms of the trial.</source>
        <translation>An effect size compares two different arms of the trial.</translation>
    </message>
    <message>
        <source>The protocol names no primary outcome; choose an instrument.</source>
        <translation>The protocol names no primary outcome; choose an instrument.</translation>
    </message>
    <message>
        <source>All arms</source>
        <translation>All arms</translation>
    </message>
</context>
<context>
    <name>DashboardStyle</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number (Norwegian puts a space before the sign).</extracomment>
        <translation>%1%</translation>
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
        <translation>These data are locked for analysis (database lock), so nothing was changed. The principal investigator can lift the lock, with a reason (trialdesk-cli unlock, or the Database lock area in the window).</translation>
    </message>
</context>
<context>
    <name>DataLocks</name>
    <message>
        <source>A database lock needs a reason (for example &quot;Last participant&apos;s last visit; data cleaned for the primary analysis&quot;).</source>
        <translation>A database lock needs a reason (for example &quot;Last participant&apos;s last visit; data cleaned for the primary analysis&quot;).</translation>
    </message>
    <message>
        <source>There is no participant to lock (id %1).</source>
        <translation>There is no participant to lock (id %1).</translation>
    </message>
    <message>
        <source>The protocol has no such visit.</source>
        <translation>The protocol has no such visit.</translation>
    </message>
    <message>
        <source>These data are already locked (lock %1, %2). Nothing was changed.</source>
        <translation>These data are already locked (lock %1, %2). Nothing was changed.</translation>
    </message>
    <message>
        <source>Unlocking needs a reason: which data must change, and why.</source>
        <translation>Unlocking needs a reason: which data must change, and why.</translation>
    </message>
    <message>
        <source>There is no lock %1.</source>
        <translation>There is no lock %1.</translation>
    </message>
    <message>
        <source>Lock %1 was already lifted. Nothing was changed.</source>
        <translation>Lock %1 was already lifted. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 data queries are still open on these data (the oldest: query %2, %3, %4 at %5). Close them first, or confirm that the data are locked with open queries. Nothing was locked.</source>
        <translation>%1 data queries are still open on these data (the oldest: query %2, %3, %4 at %5). Close them first, or confirm that the data are locked with open queries. Nothing was locked.</translation>
    </message>
</context>
<context>
    <name>DataQueries</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Raised by a person</source>
        <translation>Raised by a person</translation>
    </message>
    <message>
        <source>Entered outside the visit window</source>
        <translation>Entered outside the visit window</translation>
    </message>
    <message>
        <source>Total prorated: items are missing</source>
        <translation>Total prorated: items are missing</translation>
    </message>
    <message>
        <source>No total: too many items are missing</source>
        <translation>No total: too many items are missing</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Responded</translation>
    </message>
    <message>
        <source>Re-opened</source>
        <translation>Re-opened</translation>
    </message>
    <message>
        <source>A query needs a question (for example &quot;Item 3 is 4 but the source says 3: please check&quot;).</source>
        <translation>A query needs a question (for example &quot;Item 3 is 4 but the source says 3: please check&quot;).</translation>
    </message>
    <message>
        <source>A response needs a text: what was checked, and what was found.</source>
        <translation>A response needs a text: what was checked, and what was found.</translation>
    </message>
    <message>
        <source>Closing a query needs a text: why the answer settles it.</source>
        <translation>Closing a query needs a text: why the answer settles it.</translation>
    </message>
    <message>
        <source>Re-opening a query needs a further question.</source>
        <translation>Re-opening a query needs a further question.</translation>
    </message>
    <message>
        <source>Query %1</source>
        <translation>Query %1</translation>
    </message>
    <message>
        <source>The protocol does not schedule the instrument &quot;%1&quot; at this visit; a query is about a form of a visit.</source>
        <translation>The protocol does not schedule the instrument &quot;%1&quot; at this visit; a query is about a form of a visit.</translation>
    </message>
    <message>
        <source>%1 has items 1 to %2; item %3 does not exist.</source>
        <translation>%1 has items 1 to %2; item %3 does not exist.</translation>
    </message>
    <message>
        <source>A query is raised once.</source>
        <translation>A query is raised once.</translation>
    </message>
    <message>
        <source>Query %1 is closed; only the person who raised it can re-open it. Nothing was changed.</source>
        <translation>Query %1 is closed; only the person who raised it can re-open it. Nothing was changed.</translation>
    </message>
    <message>
        <source>Only the person who raised query %1 (or the principal investigator) may close or re-open it.</source>
        <translation>Only the person who raised query %1 (or the principal investigator) may close or re-open it.</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) may not %3.</translation>
    </message>
    <message>
        <source>Query %1 is already closed. Nothing was changed.</source>
        <translation>Query %1 is already closed. Nothing was changed.</translation>
    </message>
    <message>
        <source>Query %1 is still open: it can be re-opened once it has been answered or closed. Nothing was changed.</source>
        <translation>Query %1 is still open: it can be re-opened once it has been answered or closed. Nothing was changed.</translation>
    </message>
    <message>
        <source>Query %1 is about another record; correct the value it asks about.</source>
        <translation>Query %1 is about another record; correct the value it asks about.</translation>
    </message>
    <message>
        <source>Query %1: %2</source>
        <translation>Query %1: %2</translation>
    </message>
    <message>
        <source>%1, item %2 (%3)</source>
        <translation>%1, item %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Changed after source data verification</source>
        <translation>Changed after source data verification</translation>
    </message>
    <message>
        <source>Flagged by an edit check</source>
        <translation>Flagged by an edit check</translation>
    </message>
    <message>
        <source>Item %1 is %2, outside the expected %3 to %4.</source>
        <translation>Item %1 is %2, outside the expected %3 to %4.</translation>
    </message>
    <message>
        <source>Item %1 is %2, below the expected %3.</source>
        <translation>Item %1 is %2, below the expected %3.</translation>
    </message>
    <message>
        <source>Item %1 is %2, above the expected %3.</source>
        <translation>Item %1 is %2, above the expected %3.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the trial database %1: %2</source>
        <translation>Could not open the trial database %1: %2</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>no result</translation>
    </message>
    <message>
        <source>The database refused a statement (%1): %2</source>
        <translation>The database refused a statement (%1): %2</translation>
    </message>
    <message>
        <source>No matching record was found.</source>
        <translation>No matching record was found.</translation>
    </message>
    <message>
        <source>The trial file %1 does not exist. Check the name and the folder.</source>
        <translation>The trial file %1 does not exist. Check the name and the folder.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read as a trial database: it is damaged or not a TrialDesk trial file. It was not changed. Restore it from a backup. (%2)</source>
        <translation>The file %1 cannot be read as a trial database: it is damaged or not a TrialDesk trial file. It was not changed. Restore it from a backup. (%2)</translation>
    </message>
    <message>
        <source>The trial file %1 was written by a newer TrialDesk (schema version %2; this program knows up to %3). It was not changed; open it with the newer program.</source>
        <translation>The trial file %1 was written by a newer TrialDesk (schema version %2; this program knows up to %3). It was not changed; open it with the newer program.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a trial file. Name the trial file.</source>
        <translation>%1 is a folder, not a trial file. Name the trial file.</translation>
    </message>
    <message>
        <source>The trial file %1 cannot be read: this user has no permission to read it. It was not changed.</source>
        <translation>The trial file %1 cannot be read: this user has no permission to read it. It was not changed.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read as a trial database: it is damaged or not a TrialDesk trial file. It was not changed. Restore it from a backup.</source>
        <translation>The file %1 cannot be read as a trial database: it is damaged or not a TrialDesk trial file. It was not changed. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The file %1 is read-only, so no trial can be created in it.</source>
        <translation>The file %1 is read-only, so no trial can be created in it.</translation>
    </message>
    <message>
        <source>The trial file %1 has schema version %2 and must be upgraded to version %3 before it can be used, but it is read-only (no write permission on the file or its folder). It was not changed.</source>
        <translation>The trial file %1 has schema version %2 and must be upgraded to version %3 before it can be used, but it is read-only (no write permission on the file or its folder). It was not changed.</translation>
    </message>
    <message>
        <source>The file %1 is empty, so it is not a TrialDesk trial. It was not changed. A trial is created only by &quot;new&quot; or &quot;demo&quot; (in the window: File &gt; New trial), in a new file.</source>
        <translation>The file %1 is empty, so it is not a TrialDesk trial. It was not changed. A trial is created only by &quot;new&quot; or &quot;demo&quot; (in the window: File &gt; New trial), in a new file.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a TrialDesk trial (it lacks a trial&apos;s tables, such as audit_log). It was not changed: TrialDesk opens only its own trial files.</source>
        <translation>The file %1 is an SQLite database but not a TrialDesk trial (it lacks a trial&apos;s tables, such as audit_log). It was not changed: TrialDesk opens only its own trial files.</translation>
    </message>
    <message>
        <source>The trial file %1 is read-only (no write permission on the file or its folder): it is open for reading only, and changes are refused.</source>
        <translation>The trial file %1 is read-only (no write permission on the file or its folder): it is open for reading only, and changes are refused.</translation>
    </message>
    <message>
        <source>The trial file %1 is open for reading only: changes are refused.</source>
        <translation>The trial file %1 is open for reading only: changes are refused.</translation>
    </message>
    <message>
        <source>The trial file %1 is locked by another program. Close the trial there, or wait until it is done, then try again.</source>
        <translation>The trial file %1 is locked by another program. Close the trial there, or wait until it is done, then try again.</translation>
    </message>
    <message>
        <source>The trial file %1 is locked by %2. Close the trial there, or wait until it is done, then try again.</source>
        <translation>The trial file %1 is locked by %2. Close the trial there, or wait until it is done, then try again.</translation>
    </message>
    <message>
        <source>The trial file %1 is encrypted: it opens only with the user name and password of one of its users.</source>
        <translation>The trial file %1 is encrypted: it opens only with the user name and password of one of its users.</translation>
    </message>
    <message>
        <source>The user name or password does not open the encrypted trial file %1. Nothing was opened or changed.</source>
        <translation>The user name or password does not open the encrypted trial file %1. Nothing was opened or changed.</translation>
    </message>
    <message>
        <source>Could not make a key for the encrypted trial (libsodium could not lock memory).</source>
        <translation>Could not make a key for the encrypted trial (libsodium could not lock memory).</translation>
    </message>
    <message>
        <source>The trial file is not encrypted.</source>
        <translation>The trial file is not encrypted.</translation>
    </message>
    <message>
        <source>This database cannot make a copy of itself.</source>
        <translation>This database cannot make a copy of itself.</translation>
    </message>
    <message>
        <source>SQLite has no default file system.</source>
        <translation>SQLite has no default file system.</translation>
    </message>
    <message>
        <source>The database %1 holds no trial. Nothing was changed. A trial is created on a server only by &quot;new&quot; (trialdesk-cli new --db %1 ...).</source>
        <translation>The database %1 holds no trial. Nothing was changed. A trial is created on a server only by &quot;new&quot; (trialdesk-cli new --db %1 ...).</translation>
    </message>
    <message>
        <source>The database %1 holds tables but not a TrialDesk trial (it lacks a trial&apos;s tables, such as audit_log). It was not changed: TrialDesk uses only a database of its own.</source>
        <translation>The database %1 holds tables but not a TrialDesk trial (it lacks a trial&apos;s tables, such as audit_log). It was not changed: TrialDesk uses only a database of its own.</translation>
    </message>
    <message>
        <source>The database %1 is open for reading only: changes are refused.</source>
        <translation>The database %1 is open for reading only: changes are refused.</translation>
    </message>
    <message>
        <source>The database %1 is busy with another client&apos;s change. Try again in a moment.</source>
        <translation>The database %1 is busy with another client&apos;s change. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database %1 does not exist, and it could not be created: %2</source>
        <translation>The database %1 does not exist, and it could not be created: %2</translation>
    </message>
    <message>
        <source>A trial on a database server is not encrypted by TrialDesk: the server&apos;s own encryption and TLS (sslmode=verify-full) protect it. Leave out --encrypted for %1.</source>
        <translation>A trial on a database server is not encrypted by TrialDesk: the server&apos;s own encryption and TLS (sslmode=verify-full) protect it. Leave out --encrypted for %1.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server. Check the name; a trial is created there only by &quot;new&quot;.</source>
        <translation>The database %1 does not exist on the server. Check the name; a trial is created there only by &quot;new&quot;.</translation>
    </message>
    <message>
        <source>Could not connect to the database %1: %2</source>
        <translation>Could not connect to the database %1: %2</translation>
    </message>
    <message>
        <source>The server of %1 refused the sign-in of &quot;%2&quot;: the user name or password is wrong, or the account is deactivated.</source>
        <translation>The server of %1 refused the sign-in of &quot;%2&quot;: the user name or password is wrong, or the account is deactivated.</translation>
    </message>
    <message>
        <source>(no user named)</source>
        <translation>(no user named)</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed, so nothing was sent: check the TLS mode and the certificate authority&apos;s file, or ask the server&apos;s administrator. The server said: %2</source>
        <translation>The secure connection (TLS) to %1 failed, so nothing was sent: check the TLS mode and the certificate authority&apos;s file, or ask the server&apos;s administrator. The server said: %2</translation>
    </message>
    <message>
        <source>The database server of %1 cannot be reached: check the host and port, the network, and that the server is running. (%2)</source>
        <translation>The database server of %1 cannot be reached: check the host and port, the network, and that the server is running. (%2)</translation>
    </message>
</context>
<context>
    <name>DemoTrial</name>
    <message>
        <source>The demo trial can have 1 to 100,000 participants; %1 were asked for.</source>
        <translation>The demo trial can have 1 to 100,000 participants; %1 were asked for.</translation>
    </message>
    <message>
        <source>This database already holds a trial; the demo needs an empty one.</source>
        <translation>This database already holds a trial; the demo needs an empty one.</translation>
    </message>
    <message>
        <source>Arm %1 does not exist.</source>
        <translation>Arm %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>%1 was not found, or is not yours to see.</source>
        <translation>%1 was not found, or is not yours to see.</translation>
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
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Not available.</source>
        <translation>Not available.</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>Randomized</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Completed / due</source>
        <translation>Completed / due</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retained</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95% CI</translation>
    </message>
    <message>
        <source>Due: the visit&apos;s window has closed, or the participant already has the visit. Retained: a completed assessment of the instrument at the visit. Wilson 95% confidence intervals.</source>
        <translation>Due: the visit&apos;s window has closed, or the participant already has the visit. Retained: a completed assessment of the instrument at the visit. Wilson 95% confidence intervals.</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Planned sessions</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean share attended</source>
        <translation>Mean share attended</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Per randomized participant: attended sessions over the sessions the arm plans; mean with a t-based 95% confidence interval.</source>
        <translation>Per randomized participant: attended sessions over the sessions the arm plans; mean with a t-based 95% confidence interval.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Observed cases: the completed total scores at each visit, without imputation. Means with t-based 95% confidence intervals.</source>
        <translation>Observed cases: the completed total scores at each visit, without imputation. Means with t-based 95% confidence intervals.</translation>
    </message>
    <message>
        <source>Change class</source>
        <translation>Change class</translation>
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
        <translation>Recovered</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Improved</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Deteriorated</source>
        <translation>Deteriorated</translation>
    </message>
    <message>
        <source>Baseline to the latest score of participants with both, by the reliable change index and the clinical cut-off (Jacobson and Truax). Wilson 95% confidence intervals.</source>
        <translation>Baseline to the latest score of participants with both, by the reliable change index and the clinical cut-off (Jacobson and Truax). Wilson 95% confidence intervals.</translation>
    </message>
    <message>
        <source>At the endpoint visit %1.</source>
        <translation>At the endpoint visit %1.</translation>
    </message>
    <message>
        <source>Too few scores at this visit to compare the arms.</source>
        <translation>Too few scores at this visit to compare the arms.</translation>
    </message>
    <message>
        <source>Cohen&apos;s d</source>
        <translation>Cohen&apos;s d</translation>
    </message>
    <message>
        <source>95% CI of d</source>
        <translation>95% CI of d</translation>
    </message>
    <message>
        <source>Hedges&apos; g</source>
        <translation>Hedges&apos; g</translation>
    </message>
    <message>
        <source>SE of d</source>
        <translation>SE of d</translation>
    </message>
    <message>
        <source>Pooled SD</source>
        <translation>Pooled SD</translation>
    </message>
    <message>
        <source>d = %1 minus %2 over the pooled SD; negative: lower scores in %1. 95% CI: d ± 1.96 SE.</source>
        <extracomment>How to read d: %1 and %2 are arm names.</extracomment>
        <translation>d = %1 minus %2 over the pooled SD; negative: lower scores in %1. 95% CI: d ± 1.96 SE.</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Incorrect</source>
        <translation>Incorrect</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>No guesses recorded.</source>
        <translation>No guesses recorded.</translation>
    </message>
    <message>
        <source>Bang&apos;s index from the blinded assessors&apos; guesses of the arm, by the participants&apos; true arm (&quot;don&apos;t know&quot; counts in n). 0: no sign of unblinding; 1: every guess correct; −1: every guess wrong.</source>
        <translation>Bang&apos;s index from the blinded assessors&apos; guesses of the arm, by the participants&apos; true arm (&quot;don&apos;t know&quot; counts in n). 0: no sign of unblinding; 1: every guess correct; −1: every guess wrong.</translation>
    </message>
    <message>
        <source>Open safety alerts: %1.</source>
        <translation>Open safety alerts: %1.</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Open alerts</translation>
    </message>
    <message>
        <source>Suicidality item</source>
        <translation>Suicidality item</translation>
    </message>
    <message>
        <source>Reliable deterioration</source>
        <translation>Reliable deterioration</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Alerts not yet acknowledged when the report was made, by the participant&apos;s arm.</source>
        <translation>Alerts not yet acknowledged when the report was made, by the participant&apos;s arm.</translation>
    </message>
    <message>
        <source>CLOSED – for the data monitoring committee only</source>
        <translation>CLOSED – for the data monitoring committee only</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
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
        <translation>CLOSED REPORT – for the data monitoring committee only</translation>
    </message>
    <message>
        <source>It compares the outcomes of the arms. Do not pass it on to the trial team, to blinded staff or to anyone outside the committee.</source>
        <translation>It compares the outcomes of the arms. Do not pass it on to the trial team, to blinded staff or to anyone outside the committee.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Protocol version</source>
        <translation>Protocol version</translation>
    </message>
    <message>
        <source>Arm sizes</source>
        <translation>Arm sizes</translation>
    </message>
    <message>
        <source>Retention per visit and arm</source>
        <translation>Retention per visit and arm</translation>
    </message>
    <message>
        <source>Session attendance per arm</source>
        <translation>Session attendance per arm</translation>
    </message>
    <message>
        <source>Mean score per visit and arm</source>
        <translation>Mean score per visit and arm</translation>
    </message>
    <message>
        <source>Change from baseline to the latest score</source>
        <translation>Change from baseline to the latest score</translation>
    </message>
    <message>
        <source>Effect size at the endpoint</source>
        <translation>Effect size at the endpoint</translation>
    </message>
    <message>
        <source>Blinding index per arm</source>
        <translation>Blinding index per arm</translation>
    </message>
    <message>
        <source>Open safety alerts</source>
        <translation>Open safety alerts</translation>
    </message>
    <message>
        <source>Closed DMC report</source>
        <translation>Closed DMC report</translation>
    </message>
    <message>
        <source>The closed DMC report could not be saved as %1.</source>
        <translation>The closed DMC report could not be saved as %1.</translation>
    </message>
    <message>
        <source>The report was not saved, because making it could not be recorded in the audit trail: %1</source>
        <translation>The report was not saved, because making it could not be recorded in the audit trail: %1</translation>
    </message>
    <message>
        <source>week %1</source>
        <extracomment>Under a visit in the closed report: weeks since randomization.</extracomment>
        <translation>week %1</translation>
    </message>
</context>
<context>
    <name>DoubleEntries</name>
    <message>
        <source>entries agree</source>
        <translation>entries agree</translation>
    </message>
    <message>
        <source>entries differ</source>
        <translation>entries differ</translation>
    </message>
    <message>
        <source>adjudicated</source>
        <translation>adjudicated</translation>
    </message>
    <message>
        <source>This form has not been keyed a second time.</source>
        <translation>This form has not been keyed a second time.</translation>
    </message>
    <message>
        <source>There is no first entry of %1 at this visit to key a second time; enter the form first.</source>
        <translation>There is no first entry of %1 at this visit to key a second time; enter the form first.</translation>
    </message>
    <message>
        <source>Assessment %1 was removed; there is nothing to key again.</source>
        <translation>Assessment %1 was removed; there is nothing to key again.</translation>
    </message>
    <message>
        <source>Double data entry is for the forms of a visit, not of a session.</source>
        <translation>Double data entry is for the forms of a visit, not of a session.</translation>
    </message>
    <message>
        <source>The protocol does not ask for double entry of %1 at this visit.</source>
        <translation>The protocol does not ask for double entry of %1 at this visit.</translation>
    </message>
    <message>
        <source>The first entry of this form is a draft; complete it before the second entry.</source>
        <translation>The first entry of this form is a draft; complete it before the second entry.</translation>
    </message>
    <message>
        <source>This form was recorded as missing (&quot;%1&quot;); a missing form is not keyed twice.</source>
        <translation>This form was recorded as missing (&quot;%1&quot;); a missing form is not keyed twice.</translation>
    </message>
    <message>
        <source>Assessment %1 was not found.</source>
        <translation>Assessment %1 was not found.</translation>
    </message>
    <message>
        <source>%1 is rated by a blinded outcome assessor; only a blinded assessor may key it, the second time too.</source>
        <translation>%1 is rated by a blinded outcome assessor; only a blinded assessor may key it, the second time too.</translation>
    </message>
    <message>
        <source>You keyed the first entry of this form; the second entry must be keyed by someone else.</source>
        <translation>You keyed the first entry of this form; the second entry must be keyed by someone else.</translation>
    </message>
    <message>
        <source>This form has already been keyed twice (%1). Nothing was changed.</source>
        <translation>This form has already been keyed twice (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 was keyed with %2 items the first time; key all %2 (NA for a missing item), not %3.</source>
        <translation>%1 was keyed with %2 items the first time; key all %2 (NA for a missing item), not %3.</translation>
    </message>
    <message>
        <source>Assessment %1 has no second entry; there is nothing to adjudicate.</source>
        <translation>Assessment %1 has no second entry; there is nothing to adjudicate.</translation>
    </message>
    <message>
        <source>You keyed one of the two entries of this form; a third person adjudicates the differences.</source>
        <translation>You keyed one of the two entries of this form; a third person adjudicates the differences.</translation>
    </message>
    <message>
        <source>The two entries of this form agree; there is nothing to adjudicate.</source>
        <translation>The two entries of this form agree; there is nothing to adjudicate.</translation>
    </message>
    <message>
        <source>The two entries agree on item %1; the items that differ are %2.</source>
        <translation>The two entries agree on item %1; the items that differ are %2.</translation>
    </message>
    <message>
        <source>Item %1 has already been adjudicated. Nothing was changed.</source>
        <translation>Item %1 has already been adjudicated. Nothing was changed.</translation>
    </message>
    <message>
        <source>Give the value of item %1 (the first entry has &quot;%2&quot;, the second &quot;%3&quot;).</source>
        <translation>Give the value of item %1 (the first entry has &quot;%2&quot;, the second &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>Double data entry, item %1 adjudicated: first entry &quot;%2&quot;, second entry &quot;%3&quot;.</source>
        <translation>Double data entry, item %1 adjudicated: first entry &quot;%2&quot;, second entry &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>ElectronicSignatures</name>
    <message>
        <source>This act is signed electronically: type your own password to sign it. Nothing was saved.</source>
        <translation>This act is signed electronically: type your own password to sign it. Nothing was saved.</translation>
    </message>
    <message>
        <source>Your signature was not accepted: %1 Nothing was saved.</source>
        <translation>Your signature was not accepted: %1 Nothing was saved.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; does not exist.</source>
        <translation>User &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>The signing key of &quot;%1&quot; could not be opened (%2). Sign out and in again; if that does not help, an administrator can reset the password, which gives a new key. Nothing was saved.</source>
        <translation>The signing key of &quot;%1&quot; could not be opened (%2). Sign out and in again; if that does not help, an administrator can reset the password, which gives a new key. Nothing was saved.</translation>
    </message>
    <message>
        <source>No signing key was opened for this signature.</source>
        <translation>No signing key was opened for this signature.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>takes responsibility</source>
        <translation>takes responsibility</translation>
    </message>
    <message>
        <source>author</source>
        <translation>author</translation>
    </message>
    <message>
        <source>I have reviewed this safety alert, and my note says what was done.</source>
        <translation>I have reviewed this safety alert, and my note says what was done.</translation>
    </message>
    <message>
        <source>I have reviewed this emergency unblinding and its reason.</source>
        <translation>I have reviewed this emergency unblinding and its reason.</translation>
    </message>
    <message>
        <source>I approve these randomization settings for the trial.</source>
        <translation>I approve these randomization settings for the trial.</translation>
    </message>
    <message>
        <source>I approve this allocation list as the one the trial&apos;s allocations use.</source>
        <translation>I approve this allocation list as the one the trial&apos;s allocations use.</translation>
    </message>
    <message>
        <source>I approve this protocol amendment, with its reason and effective date.</source>
        <translation>I approve this protocol amendment, with its reason and effective date.</translation>
    </message>
    <message>
        <source>I sign this record (%1).</source>
        <translation>I sign this record (%1).</translation>
    </message>
    <message>
        <source>Signed electronically (%1), %2</source>
        <translation>Signed electronically (%1), %2</translation>
    </message>
    <message>
        <source>Signed electronically by %1 (%2), %3, %4</source>
        <translation>Signed electronically by %1 (%2), %3, %4</translation>
    </message>
    <message>
        <source>I unlock these data, and take responsibility for the changes made until they are locked again.</source>
        <translation>I unlock these data, and take responsibility for the changes made until they are locked again.</translation>
    </message>
    <message>
        <source>I lock these data for the analysis: no change is accepted until they are unlocked.</source>
        <translation>I lock these data for the analysis: no change is accepted until they are unlocked.</translation>
    </message>
</context>
<context>
    <name>EmergencyUnblinding</name>
    <message>
        <source>An emergency unblinding needs a reason of at least %1 characters; it goes to the audit trail and to the principal investigator.</source>
        <translation>An emergency unblinding needs a reason of at least %1 characters; it goes to the audit trail and to the principal investigator.</translation>
    </message>
    <message>
        <source>%1 is not randomized, so there is no arm to unblind.</source>
        <translation>%1 is not randomized, so there is no arm to unblind.</translation>
    </message>
    <message>
        <source>Emergency unblinding %1 does not exist.</source>
        <translation>Emergency unblinding %1 does not exist.</translation>
    </message>
    <message>
        <source>Emergency unblinding %1 has already been reviewed.</source>
        <translation>Emergency unblinding %1 has already been reviewed.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>The export needs a file name.</source>
        <translation>The export needs a file name.</translation>
    </message>
    <message>
        <source>%1 is a folder; an export is written to a file. Name a file in it.</source>
        <translation>%1 is a folder; an export is written to a file. Name a file in it.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is the trial file the export reads (or its journal); an export never writes over it. Choose another file name.</source>
        <translation>%1 is the trial file the export reads (or its journal); an export never writes over it. Choose another file name.</translation>
    </message>
    <message>
        <source>%1 is a TrialDesk trial or backup; an export never writes over one, even when told to replace files. Choose another file name.</source>
        <translation>%1 is a TrialDesk trial or backup; an export never writes over one, even when told to replace files. Choose another file name.</translation>
    </message>
    <message>
        <source>%1 is a database that cannot be read now, so it may be a trial; an export never writes over it. Choose another file name.</source>
        <translation>%1 is a database that cannot be read now, so it may be a trial; an export never writes over it. Choose another file name.</translation>
    </message>
    <message>
        <source>%1 is a database&apos;s write-ahead log; an export never writes over one. Choose another file name.</source>
        <translation>%1 is a database&apos;s write-ahead log; an export never writes over one. Choose another file name.</translation>
    </message>
    <message>
        <source>%1 cannot be read, so it may be a trial; an export never writes over it. Choose another file name.</source>
        <translation>%1 cannot be read, so it may be a trial; an export never writes over it. Choose another file name.</translation>
    </message>
    <message>
        <source>%1 belongs to the TrialDesk database %2; an export never writes over it. Choose another file name.</source>
        <translation>%1 belongs to the TrialDesk database %2; an export never writes over it. Choose another file name.</translation>
    </message>
    <message>
        <source>%1 already exists, and an export replaces a file only when told to (on the command line: --force). Nothing was written.</source>
        <translation>%1 already exists, and an export replaces a file only when told to (on the command line: --force). Nothing was written.</translation>
    </message>
    <message>
        <source>Cannot write the export file %1: %2</source>
        <translation>Cannot write the export file %1: %2</translation>
    </message>
    <message>
        <source>The export file was not opened.</source>
        <translation>The export file was not opened.</translation>
    </message>
    <message>
        <source>the data could not be written to the disk</source>
        <translation>the data could not be written to the disk</translation>
    </message>
    <message>
        <source>its permissions could not be set</source>
        <translation>its permissions could not be set</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
</context>
<context>
    <name>ExportLayout</name>
    <message>
        <source>total = sum of the %1 scored items (%2 to %3)</source>
        <translation>total = sum of the %1 scored items (%2 to %3)</translation>
    </message>
    <message>
        <source>; with 1 to %1 scored items missing the total is prorated: round_half_up(sum x %2 / answered), marked prorated; more missing: not scorable (total empty)</source>
        <translation>; with 1 to %1 scored items missing the total is prorated: round_half_up(sum x %2 / answered), marked prorated; more missing: not scorable (total empty)</translation>
    </message>
    <message>
        <source>; every scored item is required (no proration): otherwise not scorable</source>
        <translation>; every scored item is required (no proration): otherwise not scorable</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>no total</translation>
    </message>
    <message>
        <source>%1 = %2 of items %3; at most %4 missing</source>
        <translation>%1 = %2 of items %3; at most %4 missing</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>sum</translation>
    </message>
    <message>
        <source>bands: %1</source>
        <translation>bands: %1</translation>
    </message>
    <message>
        <source>flag %1 when item %2 &gt; %3</source>
        <translation>flag %1 when item %2 &gt; %3</translation>
    </message>
    <message>
        <source>Participant study id</source>
        <translation>Participant study id</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Site code</translation>
    </message>
    <message>
        <source>Allocated arm code</source>
        <translation>Allocated arm code</translation>
    </message>
    <message>
        <source>empty: not randomized</source>
        <translation>empty: not randomized</translation>
    </message>
    <message>
        <source>Randomization stratum at allocation</source>
        <translation>Randomization stratum at allocation</translation>
    </message>
    <message>
        <source>Age at baseline (years)</source>
        <translation>Age at baseline (years)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Years of education</source>
        <translation>Years of education</translation>
    </message>
    <message>
        <source>Duration of current episode (months)</source>
        <translation>Duration of current episode (months)</translation>
    </message>
    <message>
        <source>Scheduled visit code</source>
        <translation>Scheduled visit code</translation>
    </message>
    <message>
        <source>empty: a session-by-session measure (see session_number)</source>
        <translation>empty: a session-by-session measure (see session_number)</translation>
    </message>
    <message>
        <source>Therapy session number</source>
        <translation>Therapy session number</translation>
    </message>
    <message>
        <source>Instrument id</source>
        <translation>Instrument id</translation>
    </message>
    <message>
        <source>(assessment date - randomization date) in days / 7, one decimal; negative before randomization</source>
        <translation>(assessment date - randomization date) in days / 7, one decimal; negative before randomization</translation>
    </message>
    <message>
        <source>Assessment date (ISO 8601)</source>
        <translation>Assessment date (ISO 8601)</translation>
    </message>
    <message>
        <source>User name of the rater or data enterer</source>
        <translation>User name of the rater or data enterer</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>Assessment status</translation>
    </message>
    <message>
        <source>Why items or the assessment are missing</source>
        <translation>Why items or the assessment are missing</translation>
    </message>
    <message>
        <source>Raw value of item %1 of the row&apos;s instrument, as entered</source>
        <translation>Raw value of item %1 of the row&apos;s instrument, as entered</translation>
    </message>
    <message>
        <source>empty: item not answered, or the instrument has fewer items</source>
        <translation>empty: item not answered, or the instrument has fewer items</translation>
    </message>
    <message>
        <source>Total score (see the instrument&apos;s scoring)</source>
        <translation>Total score (see the instrument&apos;s scoring)</translation>
    </message>
    <message>
        <source>empty: not scorable (too many items missing) or no total</source>
        <translation>empty: not scorable (too many items missing) or no total</translation>
    </message>
    <message>
        <source>Severity band of the total</source>
        <translation>Severity band of the total</translation>
    </message>
    <message>
        <source>Every scored item answered</source>
        <translation>Every scored item answered</translation>
    </message>
    <message>
        <source>Total prorated for missing items</source>
        <translation>Total prorated for missing items</translation>
    </message>
    <message>
        <source>Safety flags raised, separated by ;</source>
        <translation>Safety flags raised, separated by ;</translation>
    </message>
    <message>
        <source>Subscale %1</source>
        <translation>Subscale %1</translation>
    </message>
    <message>
        <source>empty: not scorable or not part of the row&apos;s instrument</source>
        <translation>empty: not scorable or not part of the row&apos;s instrument</translation>
    </message>
    <message>
        <source>Participant status</source>
        <translation>Participant status</translation>
    </message>
    <message>
        <source>Date of randomization (ISO 8601)</source>
        <translation>Date of randomization (ISO 8601)</translation>
    </message>
    <message>
        <source>%1 severity band at %2</source>
        <translation>%1 severity band at %2</translation>
    </message>
    <message>
        <source>empty: not assessed or not scorable</source>
        <translation>empty: not assessed or not scorable</translation>
    </message>
    <message>
        <source>%1 total at %2</source>
        <translation>%1 total at %2</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 at %3</translation>
    </message>
    <message>
        <source>empty (CSV), system-missing (SAV, DTA): not assessed; %1 (SAV user-missing) or .a (DTA): assessed but not scorable</source>
        <translation>empty (CSV), system-missing (SAV, DTA): not assessed; %1 (SAV user-missing) or .a (DTA): assessed but not scorable</translation>
    </message>
    <message>
        <source>User name of the therapist</source>
        <translation>User name of the therapist</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Session number</translation>
    </message>
    <message>
        <source>Session kind</source>
        <translation>Session kind</translation>
    </message>
    <message>
        <source>Session date (ISO 8601)</source>
        <translation>Session date (ISO 8601)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source>empty: not recorded</source>
        <translation>empty: not recorded</translation>
    </message>
    <message>
        <source>Where the allocation comes from</source>
        <translation>Where the allocation comes from</translation>
    </message>
    <message>
        <source>Allocation list</source>
        <translation>Allocation list</translation>
    </message>
    <message>
        <source>empty: minimization</source>
        <translation>empty: minimization</translation>
    </message>
    <message>
        <source>Randomization stratum</source>
        <translation>Randomization stratum</translation>
    </message>
    <message>
        <source>Position in the stratum&apos;s sequence</source>
        <translation>Position in the stratum&apos;s sequence</translation>
    </message>
    <message>
        <source>Block number within the stratum</source>
        <translation>Block number within the stratum</translation>
    </message>
    <message>
        <source>Length of the block</source>
        <translation>Length of the block</translation>
    </message>
    <message>
        <source>empty: list entry not used yet</source>
        <translation>empty: list entry not used yet</translation>
    </message>
    <message>
        <source>Order of allocation in the trial</source>
        <translation>Order of allocation in the trial</translation>
    </message>
    <message>
        <source>Time of allocation (UTC, ISO 8601)</source>
        <translation>Time of allocation (UTC, ISO 8601)</translation>
    </message>
    <message>
        <source>User name of who randomized</source>
        <translation>User name of who randomized</translation>
    </message>
    <message>
        <source>Protocol version in force at screening</source>
        <translation>Protocol version in force at screening</translation>
    </message>
    <message>
        <source>Protocol version in force at randomization</source>
        <translation>Protocol version in force at randomization</translation>
    </message>
    <message>
        <source>Entered outside its visit&apos;s window: the reason confirmed at entry</source>
        <translation>Entered outside its visit&apos;s window: the reason confirmed at entry</translation>
    </message>
    <message>
        <source>empty: within the window, or not a visit</source>
        <translation>empty: within the window, or not a visit</translation>
    </message>
    <message>
        <source>empty: entered by unblinded staff, who are not named in a blinded data set</source>
        <translation>empty: entered by unblinded staff, who are not named in a blinded data set</translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation>Electronic signature</translation>
    </message>
    <message>
        <source>Kind of record signed</source>
        <translation>Kind of record signed</translation>
    </message>
    <message>
        <source>The record&apos;s id (protocol_version: the version)</source>
        <translation>The record&apos;s id (protocol_version: the version)</translation>
    </message>
    <message>
        <source>Participant the record belongs to (alerts, unblindings)</source>
        <translation>Participant the record belongs to (alerts, unblindings)</translation>
    </message>
    <message>
        <source>What the signature means</source>
        <translation>What the signature means</translation>
    </message>
    <message>
        <source>User name of the signer (empty when this data set may not name them)</source>
        <translation>User name of the signer (empty when this data set may not name them)</translation>
    </message>
    <message>
        <source>Printed name of the signer when signing</source>
        <translation>Printed name of the signer when signing</translation>
    </message>
    <message>
        <source>Role of the signer when signing (empty like signer)</source>
        <translation>Role of the signer when signing (empty like signer)</translation>
    </message>
    <message>
        <source>When it was signed (UTC, ISO 8601)</source>
        <translation>When it was signed (UTC, ISO 8601)</translation>
    </message>
    <message>
        <source>SHA-256 of the record as signed</source>
        <translation>SHA-256 of the record as signed</translation>
    </message>
    <message>
        <source>The signer&apos;s Ed25519 public key (hex)</source>
        <translation>The signer&apos;s Ed25519 public key (hex)</translation>
    </message>
    <message>
        <source>The Ed25519 signature (hex)</source>
        <translation>The Ed25519 signature (hex)</translation>
    </message>
    <message>
        <source>items %1: the digit is the score and the letter (%2) records the direction of the change; a digit without a letter (legacy data, other systems&apos; exports) is accepted as the score with the direction not recorded</source>
        <translation>items %1: the digit is the score and the letter (%2) records the direction of the change; a digit without a letter (legacy data, other systems&apos; exports) is accepted as the score with the direction not recorded</translation>
    </message>
    <message>
        <source>Therapist, as a code (T and the user&apos;s number)</source>
        <translation>Therapist, as a code (T and the user&apos;s number)</translation>
    </message>
    <message>
        <source>empty: no therapist assigned</source>
        <translation>empty: no therapist assigned</translation>
    </message>
    <message>
        <source>%1 date at %2</source>
        <translation>%1 date at %2</translation>
    </message>
    <message>
        <source>%1 at %2: weeks since randomization</source>
        <translation>%1 at %2: weeks since randomization</translation>
    </message>
    <message>
        <source>empty: not assessed</source>
        <translation>empty: not assessed</translation>
    </message>
    <message>
        <source>empty: not assessed or not randomized</source>
        <translation>empty: not assessed or not randomized</translation>
    </message>
    <message>
        <source>Therapy sessions attended</source>
        <translation>Therapy sessions attended</translation>
    </message>
    <message>
        <source>Therapy sessions attended: booster sessions</source>
        <translation>Therapy sessions attended: booster sessions</translation>
    </message>
    <message>
        <source>Therapy sessions attended: regular sessions</source>
        <translation>Therapy sessions attended: regular sessions</translation>
    </message>
    <message>
        <source>0: none attended; not in a blinded data set</source>
        <translation>0: none attended; not in a blinded data set</translation>
    </message>
    <message>
        <source>%1 at therapy sessions: number of scored ratings</source>
        <translation>%1 at therapy sessions: number of scored ratings</translation>
    </message>
    <message>
        <source>%1 at therapy sessions: first total</source>
        <translation>%1 at therapy sessions: first total</translation>
    </message>
    <message>
        <source>%1 at therapy sessions: last total</source>
        <translation>%1 at therapy sessions: last total</translation>
    </message>
    <message>
        <source>%1 at therapy sessions: mean of the totals</source>
        <translation>%1 at therapy sessions: mean of the totals</translation>
    </message>
    <message>
        <source>0: no scored rating; not in a blinded data set</source>
        <translation>0: no scored rating; not in a blinded data set</translation>
    </message>
    <message>
        <source>empty: no scored rating; not in a blinded data set</source>
        <translation>empty: no scored rating; not in a blinded data set</translation>
    </message>
    <message>
        <source>items with decimals (places): %1; written with a decimal point</source>
        <translation>items with decimals (places): %1; written with a decimal point</translation>
    </message>
    <message numerus="yes">
        <source>, at most %n decimal place(s), written with a decimal point</source>
        <translation>
            <numerusform>, at most %n decimal place, written with a decimal point</numerusform>
            <numerusform>, at most %n decimal places, written with a decimal point</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The allocation list is the arms: it has no blinded form. Export it without &quot;blinded&quot;.</source>
        <translation>The allocation list is the arms: it has no blinded form. Export it without &quot;blinded&quot;.</translation>
    </message>
    <message>
        <source>Therapy sessions follow the treatment arm, so a blinded data set has no sessions file. Export the sessions without &quot;blinded&quot;.</source>
        <translation>Therapy sessions follow the treatment arm, so a blinded data set has no sessions file. Export the sessions without &quot;blinded&quot;.</translation>
    </message>
    <message>
        <source>Every export is recorded in the trial&apos;s audit trail, which cannot be written now, so nothing was exported. %1</source>
        <translation>Every export is recorded in the trial&apos;s audit trail, which cannot be written now, so nothing was exported. %1</translation>
    </message>
</context>
<context>
    <name>ExportWriters</name>
    <message>
        <source>All files are language-neutral: UTF-8, RFC 4180 CSV, ISO 8601 dates (YYYY-MM-DD), a decimal point and no thousands separator, codes rather than translated labels. Removed records are not exported.</source>
        <translation>All files are language-neutral: UTF-8, RFC 4180 CSV, ISO 8601 dates (YYYY-MM-DD), a decimal point and no thousands separator, codes rather than translated labels. Removed records are not exported.</translation>
    </message>
    <message>
        <source>clinician-rated</source>
        <translation>clinician-rated</translation>
    </message>
    <message>
        <source>self-report</source>
        <translation>self-report</translation>
    </message>
    <message>
        <source>Writing the export file failed: %1</source>
        <translation>Writing the export file failed: %1</translation>
    </message>
    <message>
        <source>not scorable</source>
        <translation>not scorable</translation>
    </message>
    <message>
        <source>Writing the %1 file failed: %2</source>
        <translation>Writing the %1 file failed: %2</translation>
    </message>
    <message>
        <source>This data set is blinded, so that nothing in it reveals a participant&apos;s arm. Removed: the arm; the therapy sessions file and every session-by-session measure (their number and dates follow the arm&apos;s treatment); therapist names and the names of other unblinded staff as raters (rater is empty for them), with the notes they wrote (missing and out-of-window reasons, correction reasons); the statuses that follow the treatment schedule (in treatment, completed and discontinued all read as randomized).</source>
        <translation>This data set is blinded, so that nothing in it reveals a participant&apos;s arm. Removed: the arm; the therapy sessions file and every session-by-session measure (their number and dates follow the arm&apos;s treatment); therapist names and the names of other unblinded staff as raters (rater is empty for them), with the notes they wrote (missing and out-of-window reasons, correction reasons); the statuses that follow the treatment schedule (in treatment, completed and discontinued all read as randomized).</translation>
    </message>
    <message>
        <source>Made from the trial&apos;s audit trail up to row %1, SHA-256 %2, signed at %3 (UTC). `trialdesk-cli audit verify` on the trial shows whether that history is still there.</source>
        <translation>Made from the trial&apos;s audit trail up to row %1, SHA-256 %2, signed at %3 (UTC). `trialdesk-cli audit verify` on the trial shows whether that history is still there.</translation>
    </message>
    <message>
        <source>The trial&apos;s data were locked for the analysis (lock %1, %2 UTC) at audit row %3, SHA-256 %4: no change was possible while these files were made.</source>
        <translation>The trial&apos;s data were locked for the analysis (lock %1, %2 UTC) at audit row %3, SHA-256 %4: no change was possible while these files were made.</translation>
    </message>
    <message>
        <source>The trial&apos;s data were not locked when these files were made: they may still change.</source>
        <translation>The trial&apos;s data were not locked when these files were made: they may still change.</translation>
    </message>
</context>
<context>
    <name>FileCompaction</name>
    <message>
        <source>This database cannot tell how its file lies on disk.</source>
        <translation>This database cannot tell how its file lies on disk.</translation>
    </message>
    <message>
        <source>The trial file cannot be compacted inside a change; finish it first.</source>
        <translation>The trial file cannot be compacted inside a change; finish it first.</translation>
    </message>
    <message>
        <source>Compacting %1 needs %2 MB free in %3; there are %4 MB. Nothing was changed.</source>
        <translation>Compacting %1 needs %2 MB free in %3; there are %4 MB. Nothing was changed.</translation>
    </message>
    <message>
        <source>Compacting %1 failed; the file is as it was. %2</source>
        <translation>Compacting %1 failed; the file is as it was. %2</translation>
    </message>
    <message>
        <source>The trial %1 is on a database server, which reclaims the space of changed rows itself (autovacuum): there is nothing to compact. Nothing was changed.</source>
        <translation>The trial %1 is on a database server, which reclaims the space of changed rows itself (autovacuum): there is nothing to compact. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>Cannot create the file %1: %2</source>
        <translation>Cannot create the file %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; it was not replaced.</source>
        <translation>%1 already exists; it was not replaced.</translation>
    </message>
    <message>
        <source>Cannot put the file in place as %1: %2</source>
        <translation>Cannot put the file in place as %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>assessments</source>
        <translation>assessments</translation>
    </message>
    <message>
        <source>dictionary fields</source>
        <translation>dictionary fields</translation>
    </message>
    <message>
        <source>ODM forms</source>
        <translation>ODM forms</translation>
    </message>
    <message>
        <source>Unknown import.</source>
        <translation>Unknown import.</translation>
    </message>
    <message>
        <source>REDCap forms</source>
        <translation>REDCap forms</translation>
    </message>
    <message>
        <source>The missing code &quot;%1&quot; is not a whole number; give whole numbers from -9999 to 9999 separated by commas, such as -1,99.</source>
        <translation>The missing code &quot;%1&quot; is not a whole number; give whole numbers from -9999 to 9999 separated by commas, such as -1,99.</translation>
    </message>
</context>
<context>
    <name>InstrumentCatalog</name>
    <message>
        <source>Unknown instrument &quot;%1&quot;. Known instruments: %2.</source>
        <translation>Unknown instrument &quot;%1&quot;. Known instruments: %2.</translation>
    </message>
    <message>
        <source>An instrument with the id &quot;%1&quot; already exists; choose another id.</source>
        <translation>An instrument with the id &quot;%1&quot; already exists; choose another id.</translation>
    </message>
</context>
<context>
    <name>InstrumentDefinition</name>
    <message>
        <source>Instrument definition &quot;%1&quot; is not valid: %2</source>
        <translation>Instrument definition &quot;%1&quot; is not valid: %2</translation>
    </message>
    <message>
        <source>The instrument definition is not a JSON object: %1 at offset %2.</source>
        <translation>The instrument definition is not a JSON object: %1 at offset %2.</translation>
    </message>
    <message>
        <source>the id must be 1-32 lower-case letters, digits or &apos;_&apos;.</source>
        <translation>the id must be 1-32 lower-case letters, digits or &apos;_&apos;.</translation>
    </message>
    <message>
        <source>it needs 1 to 200 items.</source>
        <translation>it needs 1 to 200 items.</translation>
    </message>
    <message>
        <source>every item needs an id of its own.</source>
        <translation>every item needs an id of its own.</translation>
    </message>
    <message>
        <source>item %1 needs min &lt;= max within -999..999.</source>
        <translation>item %1 needs min &lt;= max within -999..999.</translation>
    </message>
    <message>
        <source>optional items must come last.</source>
        <translation>optional items must come last.</translation>
    </message>
    <message>
        <source>max_missing must leave at least one answered item.</source>
        <translation>max_missing must leave at least one answered item.</translation>
    </message>
    <message>
        <source>subscale %1 names an unknown item.</source>
        <translation>subscale %1 names an unknown item.</translation>
    </message>
    <message>
        <source>subscale %1 names an unknown recode table %2.</source>
        <translation>subscale %1 names an unknown recode table %2.</translation>
    </message>
    <message>
        <source>every subscale needs an id and items.</source>
        <translation>every subscale needs an id and items.</translation>
    </message>
    <message>
        <source>every band needs a key and min &lt;= max.</source>
        <translation>every band needs a key and min &lt;= max.</translation>
    </message>
    <message>
        <source>bands must ascend without overlapping.</source>
        <translation>bands must ascend without overlapping.</translation>
    </message>
    <message>
        <source>every flag needs a key and a known item.</source>
        <translation>every flag needs a key and a known item.</translation>
    </message>
    <message>
        <source>reliability must lie between 0 and 1.</source>
        <translation>reliability must lie between 0 and 1.</translation>
    </message>
    <message>
        <source>item %1: the missing code %2 lies within the item&apos;s range %3..%4.</source>
        <translation>item %1: the missing code %2 lies within the item&apos;s range %3..%4.</translation>
    </message>
    <message>
        <source>item %1: its show_if &quot;%2&quot; cannot be evaluated: %3.</source>
        <translation>item %1: its show_if &quot;%2&quot; cannot be evaluated: %3.</translation>
    </message>
    <message>
        <source>item %1: decimals must be 0 to %2.</source>
        <translation>item %1: decimals must be 0 to %2.</translation>
    </message>
    <message numerus="yes">
        <source>item %1: min and max need at most %n decimal place(s).</source>
        <translation>
            <numerusform>item %1: min and max need at most %n decimal place.</numerusform>
            <numerusform>item %1: min and max need at most %n decimal places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>item %1: a missing code needs at most %n decimal place(s).</source>
        <translation>
            <numerusform>item %1: a missing code needs at most %n decimal place.</numerusform>
            <numerusform>item %1: a missing code needs at most %n decimal places.</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1: an item with decimals takes no letters and no answer choices.</source>
        <translation>item %1: an item with decimals takes no letters and no answer choices.</translation>
    </message>
    <message>
        <source>subscale %1 recodes an item with decimals; recode tables are for whole-number items.</source>
        <translation>subscale %1 recodes an item with decimals; recode tables are for whole-number items.</translation>
    </message>
    <message>
        <source>flag %1: above has more decimals than its item.</source>
        <translation>flag %1: above has more decimals than its item.</translation>
    </message>
</context>
<context>
    <name>ItemInput</name>
    <message>
        <source>Item %1 of %2: write &quot;%3&quot; as one of the allowed answers: %4.</source>
        <translation>Item %1 of %2: write &quot;%3&quot; as one of the allowed answers: %4.</translation>
    </message>
    <message>
        <source>%1, or a digit alone: direction not recorded</source>
        <translation>%1, or a digit alone: direction not recorded</translation>
    </message>
    <message>
        <source>Score %1, direction (%2) not recorded</source>
        <translation>Score %1, direction (%2) not recorded</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2, at most %n decimal place(s)</source>
        <translation>
            <numerusform>%1–%2, at most %n decimal place</numerusform>
            <numerusform>%1–%2, at most %n decimal places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>The user name or password does not open this encrypted trial.</source>
        <translation>The user name or password does not open this encrypted trial.</translation>
    </message>
    <message>
        <source>An encrypted trial holds at most %1 key slots.</source>
        <translation>An encrypted trial holds at most %1 key slots.</translation>
    </message>
    <message>
        <source>Could not derive a key from the password (out of memory).</source>
        <translation>Could not derive a key from the password (out of memory).</translation>
    </message>
    <message>
        <source>This trial has a recovery key already; it is made only once.</source>
        <translation>This trial has a recovery key already; it is made only once.</translation>
    </message>
    <message>
        <source>Could not make a recovery key (out of memory).</source>
        <translation>Could not make a recovery key (out of memory).</translation>
    </message>
    <message>
        <source>This is not the trial&apos;s recovery key. Check the groups as printed (32 letters and digits).</source>
        <translation>This is not the trial&apos;s recovery key. Check the groups as printed (32 letters and digits).</translation>
    </message>
    <message>
        <source>The password does not open an allocation key slot of &quot;%1&quot;.</source>
        <translation>The password does not open an allocation key slot of &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>LockHolder</name>
    <message>
        <source>process %1</source>
        <translation>process %1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (process %2)</translation>
    </message>
</context>
<context>
    <name>LockSettings</name>
    <message>
        <source>The lock time %1 is not allowed: choose from %2 to %3 minutes.</source>
        <translation>The lock time %1 is not allowed: choose from %2 to %3 minutes.</translation>
    </message>
    <message>
        <source>The trial has no protocol yet; set it up before the lock time.</source>
        <translation>The trial has no protocol yet; set it up before the lock time.</translation>
    </message>
</context>
<context>
    <name>LongCsvExport</name>
    <message>
        <source>Long CSV: one row per visit and instrument</source>
        <translation>Long CSV: one row per visit and instrument</translation>
    </message>
</context>
<context>
    <name>LongStatFileExport</name>
    <message>
        <source>Stata long file with items (.dta)</source>
        <translation>Stata long file with items (.dta)</translation>
    </message>
    <message>
        <source>SPSS long file with items (.sav)</source>
        <translation>SPSS long file with items (.sav)</translation>
    </message>
    <message>
        <source>Participant study id</source>
        <translation>Participant study id</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Allocated arm</source>
        <translation>Allocated arm</translation>
    </message>
    <message>
        <source>system-missing: not randomized</source>
        <translation>system-missing: not randomized</translation>
    </message>
    <message>
        <source>Randomization stratum at allocation</source>
        <translation>Randomization stratum at allocation</translation>
    </message>
    <message>
        <source>Age at baseline (years)</source>
        <translation>Age at baseline (years)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Scheduled visit</source>
        <translation>Scheduled visit</translation>
    </message>
    <message>
        <source>system-missing: a session-by-session measure (see session_number)</source>
        <translation>system-missing: a session-by-session measure (see session_number)</translation>
    </message>
    <message>
        <source>Therapy session number</source>
        <translation>Therapy session number</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <source>(assessment date - randomization date) in days / 7; negative before randomization</source>
        <translation>(assessment date - randomization date) in days / 7; negative before randomization</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>Assessment status</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>Total score of the row&apos;s instrument</source>
        <translation>Total score of the row&apos;s instrument</translation>
    </message>
    <message>
        <source>system-missing: the instrument has no total; %1 (SAV user-missing) or .a (DTA): assessed but not scorable</source>
        <translation>system-missing: the instrument has no total; %1 (SAV user-missing) or .a (DTA): assessed but not scorable</translation>
    </message>
    <message>
        <source>Severity band of the total</source>
        <translation>Severity band of the total</translation>
    </message>
    <message>
        <source>system-missing: no band, or not scorable</source>
        <translation>system-missing: no band, or not scorable</translation>
    </message>
    <message>
        <source>%1 item %2: %3</source>
        <translation>%1 item %2: %3</translation>
    </message>
    <message>
        <source>system-missing: not answered, or a row of another instrument</source>
        <translation>system-missing: not answered, or a row of another instrument</translation>
    </message>
    <message>
        <source>Writing the %1 file failed: %2</source>
        <translation>Writing the %1 file failed: %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n decimal place(s)</source>
        <translation>
            <numerusform>, %n decimal place</numerusform>
            <numerusform>, %n decimal places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This trial database has schema version %1, but this TrialDesk understands versions up to %2. Please update TrialDesk.</source>
        <translation>This trial database has schema version %1, but this TrialDesk understands versions up to %2. Please update TrialDesk.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; nothing was changed. %2</source>
        <translation>Upgrading the database to schema version %1 failed; nothing was changed. %2</translation>
    </message>
</context>
<context>
    <name>Minimization</name>
    <message>
        <source>The base probability q = %1 is not allowed: use a value from 0.5 to 1 (0.8 is usual; 1 makes minimization deterministic).</source>
        <translation>The base probability q = %1 is not allowed: use a value from 0.5 to 1 (0.8 is usual; 1 makes minimization deterministic).</translation>
    </message>
</context>
<context>
    <name>MissingAnswers</name>
    <message>
        <source>Item %1 of %2 is marked NA (missing).</source>
        <translation>Item %1 of %2 is marked NA (missing).</translation>
    </message>
    <message>
        <source>Items %1 of %2 are marked NA (missing).</source>
        <translation>Items %1 of %2 are marked NA (missing).</translation>
    </message>
    <message>
        <source>The total will be prorated from the %1 answered items of %2: %3, marked as prorated (%4 allows at most %5 missing).</source>
        <translation>The total will be prorated from the %1 answered items of %2: %3, marked as prorated (%4 allows at most %5 missing).</translation>
    </message>
    <message>
        <source>%1 allows at most %2 missing items, so the assessment will be completed as not scorable: no total and no severity band, and it will not count in the change statistics.</source>
        <translation>%1 allows at most %2 missing items, so the assessment will be completed as not scorable: no total and no severity band, and it will not count in the change statistics.</translation>
    </message>
    <message>
        <source>%1 needs every item for its total, so the assessment will be completed as not scorable: no total and no severity band, and it will not count in the change statistics.</source>
        <translation>%1 needs every item for its total, so the assessment will be completed as not scorable: no total and no severity band, and it will not count in the change statistics.</translation>
    </message>
    <message>
        <source>The subscales are computed from the answered items.</source>
        <translation>The subscales are computed from the answered items.</translation>
    </message>
    <message>
        <source>Subscales missing too many items stay empty: %1.</source>
        <translation>Subscales missing too many items stay empty: %1.</translation>
    </message>
    <message>
        <source>The total is taken over the %1 answered items of %2: %3 (%4 skips blank items, as REDCap&apos;s sum() and mean() do).</source>
        <translation>The total is taken over the %1 answered items of %2: %3 (%4 skips blank items, as REDCap&apos;s sum() and mean() do).</translation>
    </message>
</context>
<context>
    <name>NewTrial</name>
    <message>
        <source>%1 already exists; a new trial is created in a new file, so choose another name.</source>
        <translation>%1 already exists; a new trial is created in a new file, so choose another name.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2.</source>
        <translation>Cannot create a file in %1: %2.</translation>
    </message>
    <message>
        <source>The new trial file was not closed cleanly; nothing was created.</source>
        <translation>The new trial file was not closed cleanly; nothing was created.</translation>
    </message>
    <message>
        <source>The trial could not be saved as %1 (does a file of that name exist now?); nothing was created.</source>
        <translation>The trial could not be saved as %1 (does a file of that name exist now?); nothing was created.</translation>
    </message>
    <message>
        <source>The database %1 already holds a trial; a new trial is created in a new or empty database, so name another.</source>
        <translation>The database %1 already holds a trial; a new trial is created in a new or empty database, so name another.</translation>
    </message>
</context>
<context>
    <name>NormRepository</name>
    <message>
        <source>The SD must be above 0 and the reliability between 0 and 1.</source>
        <translation>The SD must be above 0 and the reliability between 0 and 1.</translation>
    </message>
    <message>
        <source>The clinical and functional standard deviations must be above 0.</source>
        <translation>The clinical and functional standard deviations must be above 0.</translation>
    </message>
</context>
<context>
    <name>OdmExport</name>
    <message>
        <source>Reading the trial for the ODM export failed: %1</source>
        <translation>Reading the trial for the ODM export failed: %1</translation>
    </message>
    <message>
        <source>Writing the export file failed: %1</source>
        <translation>Writing the export file failed: %1</translation>
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
        <translation>SubjectData has no SubjectKey (the participant&apos;s study id).</translation>
    </message>
    <message>
        <source>No participant has study id &quot;%1&quot;.</source>
        <translation>No participant has study id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown visit &quot;%1&quot;; the trial&apos;s events are %2.</source>
        <translation>Unknown visit &quot;%1&quot;; the trial&apos;s events are %2.</translation>
    </message>
    <message>
        <source>Session-by-session measures follow the arm&apos;s schedule: they cannot be imported by a user who may not see arms.</source>
        <translation>Session-by-session measures follow the arm&apos;s schedule: they cannot be imported by a user who may not see arms.</translation>
    </message>
    <message>
        <source>A session&apos;s StudyEventRepeatKey must be its session number; &quot;%1&quot; is not.</source>
        <translation>A session&apos;s StudyEventRepeatKey must be its session number; &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>Participant %1 has no session number %2.</source>
        <translation>Participant %1 has no session number %2.</translation>
    </message>
    <message>
        <source>Participant %1 has several sessions numbered %2: the measure cannot be placed.</source>
        <translation>Participant %1 has several sessions numbered %2: the measure cannot be placed.</translation>
    </message>
    <message>
        <source>Item %1 is given twice in the same form.</source>
        <translation>Item %1 is given twice in the same form.</translation>
    </message>
    <message>
        <source>%1 is not an item of %2: its items are %3 to %4, besides %5, %6 and %7.</source>
        <translation>%1 is not an item of %2: its items are %3 to %4, besides %5, %6 and %7.</translation>
    </message>
    <message>
        <source>The form has no assessment date (%1).</source>
        <translation>The form has no assessment date (%1).</translation>
    </message>
    <message>
        <source>The assessment date &quot;%1&quot; must be a valid date (YYYY-MM-DD) no later than today.</source>
        <translation>The assessment date &quot;%1&quot; must be a valid date (YYYY-MM-DD) no later than today.</translation>
    </message>
    <message>
        <source>The assessment status &quot;%1&quot; is not allowed: complete or draft.</source>
        <translation>The assessment status &quot;%1&quot; is not allowed: complete or draft.</translation>
    </message>
    <message>
        <source>Every item is missing: the form needs the reason (%1).</source>
        <translation>Every item is missing: the form needs the reason (%1).</translation>
    </message>
    <message>
        <source>Unknown instrument &quot;%1&quot;; the trial&apos;s instruments are %2.</source>
        <translation>Unknown instrument &quot;%1&quot;; the trial&apos;s instruments are %2.</translation>
    </message>
    <message>
        <source>%1 at %2 for participant %3 is in the file twice (first on line %4).</source>
        <translation>%1 at %2 for participant %3 is in the file twice (first on line %4).</translation>
    </message>
    <message>
        <source>Participant %1 already has %2 at %3 in the trial; a correction is made in TrialDesk, with a reason.</source>
        <translation>Participant %1 already has %2 at %3 in the trial; a correction is made in TrialDesk, with a reason.</translation>
    </message>
    <message>
        <source>Cannot read the import file %1: %2</source>
        <translation>Cannot read the import file %1: %2</translation>
    </message>
    <message>
        <source>ODM file %1, line %2</source>
        <translation>ODM file %1, line %2</translation>
    </message>
    <message>
        <source>TransactionType &quot;%1&quot; is not imported: only new forms are (Insert, or no TransactionType).</source>
        <translation>TransactionType &quot;%1&quot; is not imported: only new forms are (Insert, or no TransactionType).</translation>
    </message>
    <message>
        <source>This is not a CDISC ODM 1.3 file: the root element must be ODM in the namespace %1.</source>
        <translation>This is not a CDISC ODM 1.3 file: the root element must be ODM in the namespace %1.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (column %1): %2</source>
        <translation>The file is not well-formed XML (column %1): %2</translation>
    </message>
    <message>
        <source>An item with IsNull=&quot;Yes&quot; cannot have a Value.</source>
        <translation>An item with IsNull=&quot;Yes&quot; cannot have a Value.</translation>
    </message>
    <message>
        <source>The file is not UTF-8: the first byte sequence that is not valid UTF-8 is on this line. Save the file as UTF-8 and import it again.</source>
        <translation>The file is not UTF-8: the first byte sequence that is not valid UTF-8 is on this line. Save the file as UTF-8 and import it again.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Unknown user &quot;%1&quot;: the rater must be a user of this trial.</source>
        <translation>Unknown user &quot;%1&quot;: the rater must be a user of this trial.</translation>
    </message>
    <message>
        <source>The user %1 may not enter assessments.</source>
        <translation>The user %1 may not enter assessments.</translation>
    </message>
    <message>
        <source>%1 at this visit is rated by a blinded assessor, as the protocol says; %2 is not one.</source>
        <translation>%1 at this visit is rated by a blinded assessor, as the protocol says; %2 is not one.</translation>
    </message>
    <message>
        <source>REDCap&apos;s form status &quot;%1&quot; is not one of 0 (incomplete), 1 (unverified), 2 (complete).</source>
        <translation>REDCap&apos;s form status &quot;%1&quot; is not one of 0 (incomplete), 1 (unverified), 2 (complete).</translation>
    </message>
    <message>
        <source>The clinical data is of study &quot;%1&quot;, metadata version &quot;%2&quot;; this trial is study &quot;%3&quot;, metadata version &quot;%4&quot;. Data of another study is not imported.</source>
        <translation>The clinical data is of study &quot;%1&quot;, metadata version &quot;%2&quot;; this trial is study &quot;%3&quot;, metadata version &quot;%4&quot;. Data of another study is not imported.</translation>
    </message>
    <message>
        <source>The file holds no ClinicalData (metadata only?): there is nothing to import. Expected ClinicalData with StudyOID &quot;%1&quot; and MetaDataVersionOID &quot;%2&quot;, holding SubjectData (a participant&apos;s study id) with the forms of assessments.</source>
        <translation>The file holds no ClinicalData (metadata only?): there is nothing to import. Expected ClinicalData with StudyOID &quot;%1&quot; and MetaDataVersionOID &quot;%2&quot;, holding SubjectData (a participant&apos;s study id) with the forms of assessments.</translation>
    </message>
    <message>
        <source>The file&apos;s ClinicalData holds no forms of assessments: there is nothing to import. Expected FormData of the trial&apos;s instruments (%1) in StudyEventData of its events (%2), or directly in SubjectData as REDCap writes them.</source>
        <translation>The file&apos;s ClinicalData holds no forms of assessments: there is nothing to import. Expected FormData of the trial&apos;s instruments (%1) in StudyEventData of its events (%2), or directly in SubjectData as REDCap writes them.</translation>
    </message>
    <message>
        <source>A form is given once per visit: FormRepeatKey &quot;%1&quot; (a repeated form) is not imported.</source>
        <translation>A form is given once per visit: FormRepeatKey &quot;%1&quot; (a repeated form) is not imported.</translation>
    </message>
    <message>
        <source>The file declares the encoding &quot;%1&quot;, which cannot be read here; save it as UTF-8 (or ISO-8859-1) and import it again.</source>
        <translation>The file declares the encoding &quot;%1&quot;, which cannot be read here; save it as UTF-8 (or ISO-8859-1) and import it again.</translation>
    </message>
    <message>
        <source>The file is read in the encoding it declares, %1.</source>
        <translation>The file is read in the encoding it declares, %1.</translation>
    </message>
</context>
<context>
    <name>ParticipantFormat</name>
    <message>
        <source>week %1</source>
        <extracomment>A point in time on the participant&apos;s chart, e.g. &quot;week 8.3&quot; (since randomization).</extracomment>
        <translation>week %1</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Cancelled by the participant</source>
        <translation>Cancelled by the participant</translation>
    </message>
    <message>
        <source>Cancelled by the clinic</source>
        <translation>Cancelled by the clinic</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Did not attend</translation>
    </message>
    <message>
        <source>Booster</source>
        <translation>Booster</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Suicidality flag</source>
        <translation>Suicidality flag</translation>
    </message>
    <message>
        <source>Reliable deterioration</source>
        <translation>Reliable deterioration</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Complete, items missing: %1</source>
        <translation>Complete, items missing: %1</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inclusion</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Exclusion</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
</context>
<context>
    <name>ParticipantRepository</name>
    <message>
        <source>The screening date must be a valid date no later than today.</source>
        <translation>The screening date must be a valid date no later than today.</translation>
    </message>
    <message>
        <source>Site %1 does not exist.</source>
        <translation>Site %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 cannot go from &quot;%2&quot; to &quot;%3&quot;. Allowed next: %4.</source>
        <translation>%1 cannot go from &quot;%2&quot; to &quot;%3&quot;. Allowed next: %4.</translation>
    </message>
    <message>
        <source>A person who declines is recorded with &quot;declined&quot;, after the eligibility check; use inclusion criteria not met or other reasons here.</source>
        <translation>A person who declines is recorded with &quot;declined&quot;, after the eligibility check; use inclusion criteria not met or other reasons here.</translation>
    </message>
    <message>
        <source>An ineligible person needs a reason in the screening log.</source>
        <translation>An ineligible person needs a reason in the screening log.</translation>
    </message>
    <message>
        <source>Consent date %1 is not allowed: it must lie between the screening date (%2) and today.</source>
        <translation>Consent date %1 is not allowed: it must lie between the screening date (%2) and today.</translation>
    </message>
    <message>
        <source>Age %1 is not allowed: enter 16 to 110 years.</source>
        <translation>Age %1 is not allowed: enter 16 to 110 years.</translation>
    </message>
    <message>
        <source>Sex &quot;%1&quot; is not allowed: use female, male or other.</source>
        <translation>Sex &quot;%1&quot; is not allowed: use female, male or other.</translation>
    </message>
    <message>
        <source>Years of education %1 is not allowed: enter 0 to 30.</source>
        <translation>Years of education %1 is not allowed: enter 0 to 30.</translation>
    </message>
    <message>
        <source>Episode duration %1 months is not allowed: enter 0 to 720.</source>
        <translation>Episode duration %1 months is not allowed: enter 0 to 720.</translation>
    </message>
    <message>
        <source>User %1 is not an active therapist; only therapists can be assigned.</source>
        <translation>User %1 is not an active therapist; only therapists can be assigned.</translation>
    </message>
    <message>
        <source>%1 is already randomized; a participant is randomized only once.</source>
        <translation>%1 is already randomized; a participant is randomized only once.</translation>
    </message>
    <message>
        <source>Arm %1 does not exist.</source>
        <translation>Arm %1 does not exist.</translation>
    </message>
    <message>
        <source>A withdrawal needs a reason.</source>
        <translation>A withdrawal needs a reason.</translation>
    </message>
    <message>
        <source>Loss to follow-up needs a reason (for the CONSORT diagram).</source>
        <translation>Loss to follow-up needs a reason (for the CONSORT diagram).</translation>
    </message>
    <message>
        <source>This trial randomizes in TrialDesk, so an arm cannot be chosen by hand; use Randomize, which takes the next allocation.</source>
        <translation>This trial randomizes in TrialDesk, so an arm cannot be chosen by hand; use Randomize, which takes the next allocation.</translation>
    </message>
    <message>
        <source>The therapist works at %1, not at %2, the site of %3.</source>
        <translation>The therapist works at %1, not at %2, the site of %3.</translation>
    </message>
    <message>
        <source>%1 already has a therapist; reassigning needs a reason.</source>
        <translation>%1 already has a therapist; reassigning needs a reason.</translation>
    </message>
    <message>
        <source>Discontinuing treatment needs a reason (for the CONSORT diagram).</source>
        <translation>Discontinuing treatment needs a reason (for the CONSORT diagram).</translation>
    </message>
    <message>
        <source>Going from &quot;%1&quot; to &quot;%2&quot; needs a reason.</source>
        <translation>Going from &quot;%1&quot; to &quot;%2&quot; needs a reason.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reached by its own step (screening, consent or randomization), not by a status change.</source>
        <translation>&quot;%1&quot; is reached by its own step (screening, consent or randomization), not by a status change.</translation>
    </message>
</context>
<context>
    <name>ParticipantSummaryPrint</name>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>Printed on %1.</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Chart: %1</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Assessments and scores</source>
        <translation>Assessments and scores</translation>
    </message>
    <message>
        <source>Therapy sessions</source>
        <translation>Therapy sessions</translation>
    </message>
    <message>
        <source>Safety alerts</source>
        <translation>Safety alerts</translation>
    </message>
    <message>
        <source>No safety alerts.</source>
        <translation>No safety alerts.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password is too short: it has %1 characters and at least %2 are required.</source>
        <translation>The password is too short: it has %1 characters and at least %2 are required.</translation>
    </message>
    <message>
        <source>The password contains the user name &quot;%1&quot;; choose one that does not.</source>
        <translation>The password contains the user name &quot;%1&quot;; choose one that does not.</translation>
    </message>
    <message>
        <source>The password is one of the 10,000 most common passwords; choose one that is harder to guess.</source>
        <translation>The password is one of the 10,000 most common passwords; choose one that is harder to guess.</translation>
    </message>
    <message>
        <source>At least %1 characters, without the user name, and not a common password.</source>
        <translation>At least %1 characters, without the user name, and not a common password.</translation>
    </message>
</context>
<context>
    <name>PermutedBlocks</name>
    <message>
        <source>Randomization needs at least two arms with ratio weights; the trial has %1.</source>
        <translation>Randomization needs at least two arms with ratio weights; the trial has %1.</translation>
    </message>
    <message>
        <source>Ratio weight %1 is not allowed: use whole numbers from 1 to 100.</source>
        <translation>Ratio weight %1 is not allowed: use whole numbers from 1 to 100.</translation>
    </message>
    <message>
        <source>Permuted blocks need at least one block length: multiples of %1 (the sum of the ratio %2), e.g. %3.</source>
        <translation>Permuted blocks need at least one block length: multiples of %1 (the sum of the ratio %2), e.g. %3.</translation>
    </message>
    <message>
        <source>Block length %1 is not allowed for the ratio %2: every block length must be a multiple of %3 (e.g. %4), at most %5.</source>
        <translation>Block length %1 is not allowed for the ratio %2: every block length must be a multiple of %3 (e.g. %4), at most %5.</translation>
    </message>
    <message>
        <source>Block length %1 is listed twice; list each allowed length once.</source>
        <translation>Block length %1 is listed twice; list each allowed length once.</translation>
    </message>
</context>
<context>
    <name>ProtocolDiff</name>
    <message>
        <source>%1 added</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <source>order %1 -&gt; %2</source>
        <translation>order %1 -&gt; %2</translation>
    </message>
    <message>
        <source>definition changed</source>
        <translation>definition changed</translation>
    </message>
    <message>
        <source>an amendment may add or extend, but not remove anything once participants are randomized</source>
        <translation>an amendment may add or extend, but not remove anything once participants are randomized</translation>
    </message>
    <message>
        <source>arms, their ratios and session plans cannot change once participants are randomized</source>
        <translation>arms, their ratios and session plans cannot change once participants are randomized</translation>
    </message>
    <message>
        <source>stratification cannot change once participants are randomized</source>
        <translation>stratification cannot change once participants are randomized</translation>
    </message>
    <message>
        <source>a covariate added by an amendment cannot be required for randomization: people already screened have no value</source>
        <translation>a covariate added by an amendment cannot be required for randomization: people already screened have no value</translation>
    </message>
    <message>
        <source>the primary outcome cannot change once participants are randomized</source>
        <translation>the primary outcome cannot change once participants are randomized</translation>
    </message>
    <message>
        <source>who sees comparative outcomes is fixed once participants are randomized</source>
        <translation>who sees comparative outcomes is fixed once participants are randomized</translation>
    </message>
    <message>
        <source>an amendment may extend this, not shorten it</source>
        <translation>an amendment may extend this, not shorten it</translation>
    </message>
    <message>
        <source>stored values depend on this, so an amendment may not change it</source>
        <translation>stored values depend on this, so an amendment may not change it</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>trial</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>acronym</translation>
    </message>
    <message>
        <source>target sample size</source>
        <translation>target sample size</translation>
    </message>
    <message>
        <source>start of recruitment</source>
        <translation>start of recruitment</translation>
    </message>
    <message>
        <source>end of recruitment</source>
        <translation>end of recruitment</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>site %1</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>arm %1</source>
        <translation>arm %1</translation>
    </message>
    <message>
        <source>arms</source>
        <translation>arms</translation>
    </message>
    <message>
        <source>covariate %1</source>
        <translation>covariate %1</translation>
    </message>
    <message>
        <source>covariates</source>
        <translation>covariates</translation>
    </message>
    <message>
        <source>eligibility criterion %1</source>
        <translation>eligibility criterion %1</translation>
    </message>
    <message>
        <source>eligibility criteria</source>
        <translation>eligibility criteria</translation>
    </message>
    <message>
        <source>stratification factor %1</source>
        <translation>stratification factor %1</translation>
    </message>
    <message>
        <source>stratification factors</source>
        <translation>stratification factors</translation>
    </message>
    <message>
        <source>visit %1</source>
        <translation>visit %1</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visits</translation>
    </message>
    <message>
        <source>instrument %1</source>
        <translation>instrument %1</translation>
    </message>
    <message>
        <source>instruments</source>
        <translation>instruments</translation>
    </message>
    <message>
        <source>session measure %1</source>
        <translation>session measure %1</translation>
    </message>
    <message>
        <source>session measures</source>
        <translation>session measures</translation>
    </message>
    <message>
        <source>choice %1</source>
        <translation>choice %1</translation>
    </message>
    <message>
        <source>choices</source>
        <translation>choices</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>colour</translation>
    </message>
    <message>
        <source>weeks of treatment</source>
        <translation>weeks of treatment</translation>
    </message>
    <message>
        <source>session plan</source>
        <translation>session plan</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>lowest value</source>
        <translation>lowest value</translation>
    </message>
    <message>
        <source>highest value</source>
        <translation>highest value</translation>
    </message>
    <message>
        <source>required for randomization</source>
        <translation>required for randomization</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visit</translation>
    </message>
    <message>
        <source>cut points</source>
        <translation>cut points</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>window (days)</source>
        <translation>window (days)</translation>
    </message>
    <message>
        <source>before randomization</source>
        <translation>before randomization</translation>
    </message>
    <message>
        <source>rater</source>
        <translation>rater</translation>
    </message>
    <message>
        <source>primary outcome</source>
        <translation>primary outcome</translation>
    </message>
    <message>
        <source>who sees comparative outcomes</source>
        <translation>who sees comparative outcomes</translation>
    </message>
    <message>
        <source>instrument definition %1</source>
        <translation>instrument definition %1</translation>
    </message>
    <message>
        <source>instrument definitions</source>
        <translation>instrument definitions</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>whether monitors see arms is fixed once participants are randomized</source>
        <translation>whether monitors see arms is fixed once participants are randomized</translation>
    </message>
    <message>
        <source>double data entry</source>
        <translation>double data entry</translation>
    </message>
    <message>
        <source>monitors see arms</source>
        <translation>monitors see arms</translation>
    </message>
    <message>
        <source>edit checks</source>
        <translation>edit checks</translation>
    </message>
</context>
<context>
    <name>ProtocolFile</name>
    <message>
        <source>%1 found; an object {...} is expected</source>
        <translation>%1 found; an object {...} is expected</translation>
    </message>
    <message>
        <source>unknown key; allowed here: %1</source>
        <translation>unknown key; allowed here: %1</translation>
    </message>
    <message>
        <source>missing; this key is required</source>
        <translation>missing; this key is required</translation>
    </message>
    <message>
        <source>%1 found; a list [...] is expected</source>
        <translation>%1 found; a list [...] is expected</translation>
    </message>
    <message>
        <source>%1 found; a text in quotes is expected</source>
        <translation>%1 found; a text in quotes is expected</translation>
    </message>
    <message>
        <source>%1 found; a number is expected</source>
        <translation>%1 found; a number is expected</translation>
    </message>
    <message>
        <source>%1 is not allowed; a whole number is expected</source>
        <translation>%1 is not allowed; a whole number is expected</translation>
    </message>
    <message>
        <source>%1 found; true or false is expected</source>
        <translation>%1 found; true or false is expected</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write dates as YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is not a date; write dates as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 found; a text, or {&quot;en&quot;: ..., &quot;nb&quot;: ...}, is expected</source>
        <translation>%1 found; a text, or {&quot;en&quot;: ..., &quot;nb&quot;: ...}, is expected</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; a session kind is regular or booster</source>
        <translation>&quot;%1&quot; is not allowed; a session kind is regular or booster</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; a covariate type is integer, number, choice, date or text</source>
        <translation>&quot;%1&quot; is not allowed; a covariate type is integer, number, choice, date or text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; a criterion is inclusion or exclusion</source>
        <translation>&quot;%1&quot; is not allowed; a criterion is inclusion or exclusion</translation>
    </message>
    <message>
        <source>not allowed with source &quot;%1&quot;</source>
        <translation>not allowed with source &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing; source &quot;%1&quot; needs it</source>
        <translation>missing; source &quot;%1&quot; needs it</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; a source is site, covariate or severity</source>
        <translation>&quot;%1&quot; is not allowed; a source is site, covariate or severity</translation>
    </message>
    <message>
        <source>an empty list is not allowed; leave arms out for a visit of every arm</source>
        <translation>an empty list is not allowed; leave arms out for a visit of every arm</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; a rater is self_report, clinician or blinded_clinician</source>
        <translation>&quot;%1&quot; is not allowed; a rater is self_report, clinician or blinded_clinician</translation>
    </message>
    <message>
        <source>this is not a TrialDesk protocol; format is &quot;trialdesk-protocol&quot;</source>
        <translation>this is not a TrialDesk protocol; format is &quot;trialdesk-protocol&quot;</translation>
    </message>
    <message>
        <source>format version %1 is not known; this TrialDesk reads version %2</source>
        <translation>format version %1 is not known; this TrialDesk reads version %2</translation>
    </message>
    <message>
        <source>%1 found; an instrument definition {...} is expected</source>
        <translation>%1 found; an instrument definition {...} is expected</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3.</source>
        <translation>The file is not valid JSON: %1 at line %2, column %3.</translation>
    </message>
    <message>
        <source>The file holds no JSON object; a protocol is one object {...}.</source>
        <translation>The file holds no JSON object; a protocol is one object {...}.</translation>
    </message>
    <message>
        <source>The protocol file %1 cannot be read: %2.</source>
        <translation>The protocol file %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The protocol file %1 is larger than 16 MB; a protocol is far smaller. Is this the right file?</source>
        <translation>The protocol file %1 is larger than 16 MB; a protocol is far smaller. Is this the right file?</translation>
    </message>
</context>
<context>
    <name>ProtocolRepository</name>
    <message>
        <source>This database holds no trial yet.</source>
        <translation>This database holds no trial yet.</translation>
    </message>
    <message>
        <source>Site code %1 is already in use.</source>
        <translation>Site code %1 is already in use.</translation>
    </message>
    <message>
        <source>Arm code %1 is already in use.</source>
        <translation>Arm code %1 is already in use.</translation>
    </message>
    <message>
        <source>%1 cannot change after the first allocation; %2 participants are already randomized.</source>
        <translation>%1 cannot change after the first allocation; %2 participants are already randomized.</translation>
    </message>
    <message>
        <source>The arms</source>
        <translation>The arms</translation>
    </message>
    <message>
        <source>The stratification factors</source>
        <translation>The stratification factors</translation>
    </message>
    <message>
        <source>Protocol created</source>
        <translation>Protocol created</translation>
    </message>
    <message>
        <source>a covariate factor names a covariate and its cut points</source>
        <translation>a covariate factor names a covariate and its cut points</translation>
    </message>
    <message>
        <source>This trial file already holds a protocol; change it with an update or an amendment instead.</source>
        <translation>This trial file already holds a protocol; change it with an update or an amendment instead.</translation>
    </message>
    <message>
        <source>Nothing to change: this is the protocol in force (version %1).</source>
        <translation>Nothing to change: this is the protocol in force (version %1).</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) are randomized, so this change is an amendment, and an amendment may not make it:</source>
        <translation>
            <numerusform>%n participant is randomized, so this change is an amendment, and an amendment may not make it:</numerusform>
            <numerusform>%n participants are randomized, so this change is an amendment, and an amendment may not make it:</numerusform>
        </translation>
    </message>
    <message>
        <source>An amendment needs a reason for the audit trail and the protocol history.</source>
        <translation>An amendment needs a reason for the audit trail and the protocol history.</translation>
    </message>
    <message>
        <source>An amendment needs an effective date on or after %1, the date version %2 took effect.</source>
        <translation>An amendment needs an effective date on or after %1, the date version %2 took effect.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in this part of the protocol.</source>
        <translation>&quot;%1&quot; is not in this part of the protocol.</translation>
    </message>
    <message>
        <source>The new order must name every element of the list once: %1.</source>
        <translation>The new order must name every element of the list once: %1.</translation>
    </message>
    <message>
        <source>Protocol as set up before protocol versions</source>
        <translation>Protocol as set up before protocol versions</translation>
    </message>
    <message>
        <source>Participants were randomized while the change was prepared, so it is now an amendment, which is signed: try again.</source>
        <translation>Participants were randomized while the change was prepared, so it is now an amendment, which is signed: try again.</translation>
    </message>
</context>
<context>
    <name>ProtocolRules</name>
    <message>
        <source>a text is needed in English and in Norwegian (&quot;en&quot; and &quot;nb&quot;), or one text for both</source>
        <translation>a text is needed in English and in Norwegian (&quot;en&quot; and &quot;nb&quot;), or one text for both</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; each code in %2 is unique</source>
        <translation>&quot;%1&quot; is used twice; each code in %2 is unique</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; a code is 1 to 32 letters A-Z or a-z, digits or _</source>
        <translation>&quot;%1&quot; is not allowed; a code is 1 to 32 letters A-Z or a-z, digits or _</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; a code is 1 to 32 lower-case letters a-z, digits or _</source>
        <translation>&quot;%1&quot; is not allowed; a code is 1 to 32 lower-case letters a-z, digits or _</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s).</source>
        <translation>
            <numerusform>... and %n more problem.</numerusform>
            <numerusform>... and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>an acronym of 1 to 20 characters is needed</source>
        <translation>an acronym of 1 to 20 characters is needed</translation>
    </message>
    <message>
        <source>%1 is not allowed; the target sample size is a whole number from 1 to 1,000,000</source>
        <translation>%1 is not allowed; the target sample size is a whole number from 1 to 1,000,000</translation>
    </message>
    <message>
        <source>%1 is before recruitment_start %2; recruitment ends on or after the day it starts</source>
        <translation>%1 is before recruitment_start %2; recruitment ends on or after the day it starts</translation>
    </message>
    <message>
        <source>%1 is not allowed; a ratio is a whole number from 1 to 20</source>
        <translation>%1 is not allowed; a ratio is a whole number from 1 to 20</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; a colour is written #rrggbb, e.g. #1f77b4</source>
        <translation>&quot;%1&quot; is not allowed; a colour is written #rrggbb, e.g. #1f77b4</translation>
    </message>
    <message>
        <source>%1 is not allowed; the treatment lasts 1 to 520 weeks</source>
        <translation>%1 is not allowed; the treatment lasts 1 to 520 weeks</translation>
    </message>
    <message>
        <source>%1 is not allowed; a run of sessions has 1 to 500 sessions</source>
        <translation>%1 is not allowed; a run of sessions has 1 to 500 sessions</translation>
    </message>
    <message>
        <source>%1 is not allowed; sessions are 1 to 52 weeks apart</source>
        <translation>%1 is not allowed; sessions are 1 to 52 weeks apart</translation>
    </message>
    <message>
        <source>%1 weeks do not cover the planned sessions, which take %2 weeks; treatment_weeks covers every planned session</source>
        <translation>%1 weeks do not cover the planned sessions, which take %2 weeks; treatment_weeks covers every planned session</translation>
    </message>
    <message>
        <source>min and max are allowed only on integer and number covariates</source>
        <translation>min and max are allowed only on integer and number covariates</translation>
    </message>
    <message>
        <source>an integer covariate has a whole-number minimum</source>
        <translation>an integer covariate has a whole-number minimum</translation>
    </message>
    <message>
        <source>an integer covariate has a whole-number maximum</source>
        <translation>an integer covariate has a whole-number maximum</translation>
    </message>
    <message>
        <source>%1 is below min %2; max is at least min</source>
        <translation>%1 is below min %2; max is at least min</translation>
    </message>
    <message>
        <source>a choice covariate has at least two choices</source>
        <translation>a choice covariate has at least two choices</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; each choice code is unique</source>
        <translation>&quot;%1&quot; is used twice; each choice code is unique</translation>
    </message>
    <message>
        <source>choices are allowed only on a choice covariate</source>
        <translation>choices are allowed only on a choice covariate</translation>
    </message>
    <message>
        <source>%1 is not allowed; a visit is -52 to 520 weeks from randomization</source>
        <translation>%1 is not allowed; a visit is -52 to 520 weeks from randomization</translation>
    </message>
    <message>
        <source>%1 is not allowed; a visit window is 0 to 365 days</source>
        <translation>%1 is not allowed; a visit window is 0 to 365 days</translation>
    </message>
    <message>
        <source>only a baseline visit (week 0 or earlier) comes before randomization</source>
        <translation>only a baseline visit (week 0 or earlier) comes before randomization</translation>
    </message>
    <message>
        <source>a visit gives at least one instrument</source>
        <translation>a visit gives at least one instrument</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice at this visit; give each instrument once</source>
        <translation>&quot;%1&quot; is given twice at this visit; give each instrument once</translation>
    </message>
    <message>
        <source>%1 does not ascend; cut points ascend, each above the one before</source>
        <translation>%1 does not ascend; cut points ascend, each above the one before</translation>
    </message>
    <message>
        <source>a site factor takes no covariate, instrument or cut points</source>
        <translation>a site factor takes no covariate, instrument or cut points</translation>
    </message>
    <message>
        <source>a severity factor needs at least one cut point</source>
        <translation>a severity factor needs at least one cut point</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already an instrument; give the trial&apos;s own instrument another id</source>
        <translation>&quot;%1&quot; is already an instrument; give the trial&apos;s own instrument another id</translation>
    </message>
    <message>
        <source>unknown instrument &quot;%1&quot;; use a built-in instrument (%2) or define it in instruments</source>
        <translation>unknown instrument &quot;%1&quot;; use a built-in instrument (%2) or define it in instruments</translation>
    </message>
    <message>
        <source>a trial has at least one site</source>
        <translation>a trial has at least one site</translation>
    </message>
    <message numerus="yes">
        <source>%n arm(s) given; a randomized trial has two or more arms</source>
        <translation>
            <numerusform>%n arm given; a randomized trial has two or more arms</numerusform>
            <numerusform>%n arms given; a randomized trial has two or more arms</numerusform>
        </translation>
    </message>
    <message>
        <source>name at least one arm</source>
        <translation>name at least one arm</translation>
    </message>
    <message>
        <source>unknown arm &quot;%1&quot;; the arms are those in arms</source>
        <translation>unknown arm &quot;%1&quot;; the arms are those in arms</translation>
    </message>
    <message>
        <source>arm &quot;%1&quot; is named twice</source>
        <translation>arm &quot;%1&quot; is named twice</translation>
    </message>
    <message>
        <source>only one visit (the baseline) comes before randomization</source>
        <translation>only one visit (the baseline) comes before randomization</translation>
    </message>
    <message>
        <source>the baseline comes before the arm is known, so it cannot be limited to arms</source>
        <translation>the baseline comes before the arm is known, so it cannot be limited to arms</translation>
    </message>
    <message>
        <source>unknown covariate &quot;%1&quot;; name a covariate from covariates</source>
        <translation>unknown covariate &quot;%1&quot;; name a covariate from covariates</translation>
    </message>
    <message>
        <source>a choice covariate is stratified by its choices, without cut points</source>
        <translation>a choice covariate is stratified by its choices, without cut points</translation>
    </message>
    <message>
        <source>a numeric covariate needs at least one cut point</source>
        <translation>a numeric covariate needs at least one cut point</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2 covariate; stratify by a numeric or choice covariate</source>
        <translation>&quot;%1&quot; is a %2 covariate; stratify by a numeric or choice covariate</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not required_for_randomization; a stratification covariate must be known before randomization</source>
        <translation>&quot;%1&quot; is not required_for_randomization; a stratification covariate must be known before randomization</translation>
    </message>
    <message>
        <source>unknown time point &quot;%1&quot;; name a visit from schedule</source>
        <translation>unknown time point &quot;%1&quot;; name a visit from schedule</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not before randomization; severity is cut at the baseline</source>
        <translation>&quot;%1&quot; is not before randomization; severity is cut at the baseline</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not given at &quot;%2&quot;; schedule it there to stratify by it</source>
        <translation>&quot;%1&quot; is not given at &quot;%2&quot;; schedule it there to stratify by it</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice; list each session measure once with all its arms</source>
        <translation>&quot;%1&quot; is listed twice; list each session measure once with all its arms</translation>
    </message>
    <message>
        <source>name the primary instrument</source>
        <translation>name the primary instrument</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not given at &quot;%2&quot;; the primary outcome is scheduled there</source>
        <translation>&quot;%1&quot; is not given at &quot;%2&quot;; the primary outcome is scheduled there</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a visit of arm %2; the primary outcome is measured in every arm</source>
        <translation>&quot;%1&quot; is not a visit of arm %2; the primary outcome is measured in every arm</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; choose from %2</source>
        <translation>&quot;%1&quot; is not allowed; choose from %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is named twice</source>
        <translation>&quot;%1&quot; is named twice</translation>
    </message>
    <message>
        <source>%1 has items 1 to %2; item %3 does not exist</source>
        <translation>%1 has items 1 to %2; item %3 does not exist</translation>
    </message>
    <message>
        <source>an edit check gives min, max or both</source>
        <translation>an edit check gives min, max or both</translation>
    </message>
    <message>
        <source>min is above max</source>
        <translation>min is above max</translation>
    </message>
</context>
<context>
    <name>ProtocolSummary</name>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Target sample size: %1</source>
        <translation>Target sample size: %1</translation>
    </message>
    <message>
        <source>Recruitment: %1 to %2</source>
        <translation>Recruitment: %1 to %2</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – %2: ratio %3, %4 weeks of treatment; %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2: ratio %3, %4 weeks of treatment; %5</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Arms</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>required for randomization</source>
        <translation>required for randomization</translation>
    </message>
    <message>
        <source>Covariates</source>
        <translation>Covariates</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>Eligibility criteria</translation>
    </message>
    <message>
        <source>before randomization</source>
        <translation>before randomization</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <source>Visit schedule</source>
        <translation>Visit schedule</translation>
    </message>
    <message>
        <source>%1 at every session of %2</source>
        <translation>%1 at every session of %2</translation>
    </message>
    <message>
        <source>Session measures</source>
        <translation>Session measures</translation>
    </message>
    <message>
        <source>Stratification</source>
        <translation>Stratification</translation>
    </message>
    <message>
        <source>Primary outcome</source>
        <translation>Primary outcome</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Outcomes compared between arms</source>
        <translation>Outcomes compared between arms</translation>
    </message>
    <message>
        <source>no one before the database is locked</source>
        <translation>no one before the database is locked</translation>
    </message>
    <message>
        <source>seen by %1</source>
        <translation>seen by %1</translation>
    </message>
    <message>
        <source>by site</source>
        <translation>by site</translation>
    </message>
    <message>
        <source>covariate %1, by its choices</source>
        <translation>covariate %1, by its choices</translation>
    </message>
    <message>
        <source>covariate %1, cut at %2</source>
        <translation>covariate %1, cut at %2</translation>
    </message>
    <message>
        <source>%1 total at %2, cut at %3</source>
        <translation>%1 total at %2, cut at %3</translation>
    </message>
    <message>
        <source>none (one stratum)</source>
        <translation>none (one stratum)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; – %2: week %3, window ± %Ln day(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; – %2: week %3, window ± %Ln day</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; – %2: week %3, window ± %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtocolTemplates</name>
    <message>
        <source>MOP: CBT and psychodynamic therapy 1:1, two sites</source>
        <translation>MOP: CBT and psychodynamic therapy 1:1, two sites</translation>
    </message>
    <message>
        <source>DIT pilot: DIT, LIT and CBT 3:2:1, four sites</source>
        <translation>DIT pilot: DIT, LIT and CBT 3:2:1, four sites</translation>
    </message>
    <message>
        <source>There is no protocol template &quot;%1&quot;; the templates are %2.</source>
        <translation>There is no protocol template &quot;%1&quot;; the templates are %2.</translation>
    </message>
    <message>
        <source>The protocol template %1 is missing from this build.</source>
        <translation>The protocol template %1 is missing from this build.</translation>
    </message>
</context>
<context>
    <name>ProtocolTexts</name>
    <message>
        <source>Self-report</source>
        <translation>Self-report</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <source>Blinded clinician</source>
        <translation>Blinded clinician</translation>
    </message>
    <message>
        <source>Booster sessions</source>
        <translation>Booster sessions</translation>
    </message>
    <message>
        <source>Regular sessions</source>
        <translation>Regular sessions</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Decimal number</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Exclusion</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inclusion</translation>
    </message>
    <message>
        <source>Statistician</source>
        <translation>Statistician</translation>
    </message>
    <message>
        <source>Principal investigator</source>
        <translation>Principal investigator</translation>
    </message>
    <message>
        <source>Data monitoring committee (DMC)</source>
        <translation>Data monitoring committee (DMC)</translation>
    </message>
    <message>
        <source>every arm</source>
        <translation>every arm</translation>
    </message>
    <message>
        <source>no planned sessions</source>
        <translation>no planned sessions</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Covariate</source>
        <translation>Covariate</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message numerus="yes">
        <source>%Ln booster session(s)</source>
        <translation>
            <numerusform>%Ln booster session</numerusform>
            <numerusform>%Ln booster sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln regular session(s)</source>
        <translation>
            <numerusform>%Ln regular session</numerusform>
            <numerusform>%Ln regular sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %Ln week(s)</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %Ln weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProtocolWriter</name>
    <message>
        <source>Row %1 of %2 has gone.</source>
        <translation>Row %1 of %2 has gone.</translation>
    </message>
    <message>
        <source>site %1 has %2 participants and cannot be removed</source>
        <translation>site %1 has %2 participants and cannot be removed</translation>
    </message>
    <message>
        <source>arm %1 is in the generated allocation list (%2 entries); the statistician&apos;s list must be replaced first</source>
        <translation>arm %1 is in the generated allocation list (%2 entries); the statistician&apos;s list must be replaced first</translation>
    </message>
    <message>
        <source>arm %1 has %2 participants and cannot be removed</source>
        <translation>arm %1 has %2 participants and cannot be removed</translation>
    </message>
    <message>
        <source>visit %1 has %2 assessments and cannot be removed</source>
        <translation>visit %1 has %2 assessments and cannot be removed</translation>
    </message>
    <message>
        <source>schedule[%1].instruments: %2 has assessments at visit %3 and cannot be taken off it</source>
        <translation>schedule[%1].instruments: %2 has assessments at visit %3 and cannot be taken off it</translation>
    </message>
    <message>
        <source>the statistician&apos;s randomization setup uses factor %1 (%2); it must be taken out there first</source>
        <translation>the statistician&apos;s randomization setup uses factor %1 (%2); it must be taken out there first</translation>
    </message>
    <message>
        <source>instruments: %1 has %2 assessments, so its definition cannot change; add a new instrument with another id</source>
        <translation>instruments: %1 has %2 assessments, so its definition cannot change; add a new instrument with another id</translation>
    </message>
    <message>
        <source>instruments: %1 has %2 assessments and cannot be removed</source>
        <translation>instruments: %1 has %2 assessments and cannot be removed</translation>
    </message>
    <message>
        <source>arm %1 may be in the generated allocation list (sealed, %2 entries); the statistician&apos;s list must be replaced first</source>
        <translation>arm %1 may be in the generated allocation list (sealed, %2 entries); the statistician&apos;s list must be replaced first</translation>
    </message>
</context>
<context>
    <name>RandomizationReplay</name>
    <message>
        <source>allocation list %1: %2</source>
        <translation>allocation list %1: %2</translation>
    </message>
    <message>
        <source>unknown algorithm &quot;%1&quot;</source>
        <translation>unknown algorithm &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the SHA-256 of the list as generated does not match the recorded one</source>
        <translation>the SHA-256 of the list as generated does not match the recorded one</translation>
    </message>
    <message>
        <source>its recorded settings cannot be read</source>
        <translation>its recorded settings cannot be read</translation>
    </message>
    <message>
        <source>stratum %1, position %2 differs from the list its seed generates</source>
        <translation>stratum %1, position %2 differs from the list its seed generates</translation>
    </message>
    <message>
        <source>the participant&apos;s recorded arm differs from the allocation</source>
        <translation>the participant&apos;s recorded arm differs from the allocation</translation>
    </message>
    <message>
        <source>no allocation list entry is recorded</source>
        <translation>no allocation list entry is recorded</translation>
    </message>
    <message>
        <source>it did not take the next entry (%1) of stratum %2; it took %3 of %4</source>
        <translation>it did not take the next entry (%1) of stratum %2; it took %3 of %4</translation>
    </message>
    <message>
        <source>its arm differs from the list entry it took</source>
        <translation>its arm differs from the list entry it took</translation>
    </message>
    <message>
        <source>its minimization record is missing or unreadable</source>
        <translation>its minimization record is missing or unreadable</translation>
    </message>
    <message>
        <source>the factor levels in its record differ from its stored levels</source>
        <translation>the factor levels in its record differ from its stored levels</translation>
    </message>
    <message>
        <source>its stored counts do not follow from the allocations before it</source>
        <translation>its stored counts do not follow from the allocations before it</translation>
    </message>
    <message>
        <source>its imbalance scores do not match the recomputed ones</source>
        <translation>its imbalance scores do not match the recomputed ones</translation>
    </message>
    <message>
        <source>its preferred arm does not match the recomputed one</source>
        <translation>its preferred arm does not match the recomputed one</translation>
    </message>
    <message>
        <source>its probabilities do not match the recomputed ones</source>
        <translation>its probabilities do not match the recomputed ones</translation>
    </message>
    <message>
        <source>its arm does not match the arm recomputed from its draw</source>
        <translation>its arm does not match the arm recomputed from its draw</translation>
    </message>
    <message>
        <source>Replaying the randomization</source>
        <translation>Replaying the randomization</translation>
    </message>
    <message>
        <source>the SHA-256 of the sealed list as generated does not match the recorded one</source>
        <translation>the SHA-256 of the sealed list as generated does not match the recorded one</translation>
    </message>
</context>
<context>
    <name>RandomizationRules</name>
    <message>
        <source>Minimization needs at least one factor (e.g. site or baseline severity) from the protocol&apos;s stratification factors.</source>
        <translation>Minimization needs at least one factor (e.g. site or baseline severity) from the protocol&apos;s stratification factors.</translation>
    </message>
    <message>
        <source>Stratification factor %1 does not exist; choose one of the protocol&apos;s factors.</source>
        <translation>Stratification factor %1 does not exist; choose one of the protocol&apos;s factors.</translation>
    </message>
    <message>
        <source>Factor %1 is chosen twice; choose each factor once.</source>
        <translation>Factor %1 is chosen twice; choose each factor once.</translation>
    </message>
    <message>
        <source>Weight %1 of factor %2 is not allowed: use a number above 0 and at most %3.</source>
        <translation>Weight %1 of factor %2 is not allowed: use a number above 0 and at most %3.</translation>
    </message>
    <message>
        <source>Factor %1 uses the covariate &quot;%2&quot;, which is not a numeric baseline covariate; allowed: %3.</source>
        <translation>Factor %1 uses the covariate &quot;%2&quot;, which is not a numeric baseline covariate; allowed: %3.</translation>
    </message>
    <message>
        <source>These factors make more than %1 strata; choose fewer factors or fewer levels.</source>
        <translation>These factors make more than %1 strata; choose fewer factors or fewer levels.</translation>
    </message>
</context>
<context>
    <name>RandomizationSettingsRepository</name>
    <message>
        <source>The stored randomization method &quot;%1&quot; is unknown.</source>
        <translation>The stored randomization method &quot;%1&quot; is unknown.</translation>
    </message>
    <message>
        <source>The randomization settings cannot change after the first allocation; %1 participants are already allocated.</source>
        <translation>The randomization settings cannot change after the first allocation; %1 participants are already allocated.</translation>
    </message>
    <message>
        <source>Changing the randomization settings needs a reason for the audit trail.</source>
        <translation>Changing the randomization settings needs a reason for the audit trail.</translation>
    </message>
</context>
<context>
    <name>Randomizer</name>
    <message>
        <source>This trial has no randomization settings yet; the statistician sets the method before the first allocation.</source>
        <translation>This trial has no randomization settings yet; the statistician sets the method before the first allocation.</translation>
    </message>
    <message>
        <source>No allocation list has been generated yet; the statistician generates it before the first allocation.</source>
        <translation>No allocation list has been generated yet; the statistician generates it before the first allocation.</translation>
    </message>
    <message>
        <source>The allocation list was generated for other randomization settings or arms; the statistician must generate a new one.</source>
        <translation>The allocation list was generated for other randomization settings or arms; the statistician must generate a new one.</translation>
    </message>
    <message>
        <source>%1 is already randomized; a participant is randomized only once.</source>
        <translation>%1 is already randomized; a participant is randomized only once.</translation>
    </message>
    <message>
        <source>%1 cannot be randomized: only consented participants who are not yet randomized can be, and %1 is &quot;%2&quot;.</source>
        <translation>%1 cannot be randomized: only consented participants who are not yet randomized can be, and %1 is &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 has not been randomized in TrialDesk.</source>
        <translation>%1 has not been randomized in TrialDesk.</translation>
    </message>
    <message>
        <source>%1 cannot be randomized: the protocol requires these covariates first, and they are not recorded: %2.</source>
        <translation>%1 cannot be randomized: the protocol requires these covariates first, and they are not recorded: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be randomized: the protocol puts these assessments before randomization, and they are not complete (or recorded as missing): %2.</source>
        <translation>%1 cannot be randomized: the protocol puts these assessments before randomization, and they are not complete (or recorded as missing): %2.</translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <source>%1 works at %2 and may not work with participants of site %3.</source>
        <translation>%1 works at %2 and may not work with participants of site %3.</translation>
    </message>
    <message>
        <source>%1 belongs to site %2; %3 works at %4 only.</source>
        <translation>%1 belongs to site %2; %3 works at %4 only.</translation>
    </message>
    <message>
        <source>The participant was not found among those you may see.</source>
        <translation>The participant was not found among those you may see.</translation>
    </message>
    <message>
        <source>No participant with study id %1 is among those you may see.</source>
        <translation>No participant with study id %1 is among those you may see.</translation>
    </message>
</context>
<context>
    <name>RedcapDataImport</name>
    <message>
        <source>the column appears twice in the header</source>
        <translation>the column appears twice in the header</translation>
    </message>
    <message>
        <source>the header is one column, &quot;%1&quot;: a REDCap records export has the record id, then the fields by name, separated by commas</source>
        <translation>the header is one column, &quot;%1&quot;: a REDCap records export has the record id, then the fields by name, separated by commas</translation>
    </message>
    <message>
        <source>the file holds some items of %1 but not %2: export every field of the form</source>
        <translation>the file holds some items of %1 but not %2: export every field of the form</translation>
    </message>
    <message>
        <source>the date field %1 is not a column of the file</source>
        <translation>the date field %1 is not a column of the file</translation>
    </message>
    <message>
        <source>no column of the file is an item of the trial&apos;s instruments (%1): an instrument imported from a REDCap dictionary is read by its field names, a built-in one as phq9_1, phq9_2 ...; export the raw data with variable names</source>
        <translation>no column of the file is an item of the trial&apos;s instruments (%1): an instrument imported from a REDCap dictionary is read by its field names, a built-in one as phq9_1, phq9_2 ...; export the raw data with variable names</translation>
    </message>
    <message>
        <source>no column gives the assessments&apos; dates: name it with --date-field (columns that look like dates: %1)</source>
        <translation>no column gives the assessments&apos; dates: name it with --date-field (columns that look like dates: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>the file has no redcap_event_name (a classic project): name the visit of its records with --visit (the protocol&apos;s visits are %1)</source>
        <translation>the file has no redcap_event_name (a classic project): name the visit of its records with --visit (the protocol&apos;s visits are %1)</translation>
    </message>
    <message>
        <source>unknown visit &quot;%1&quot;; the protocol&apos;s visits are %2</source>
        <translation>unknown visit &quot;%1&quot;; the protocol&apos;s visits are %2</translation>
    </message>
    <message>
        <source>Record ids are read from %1, the first column.</source>
        <translation>Record ids are read from %1, the first column.</translation>
    </message>
    <message>
        <source>Instruments read: %1.</source>
        <translation>Instruments read: %1.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Columns not read (no item of the trial&apos;s instruments): %1.</source>
        <translation>Columns not read (no item of the trial&apos;s instruments): %1.</translation>
    </message>
    <message>
        <source>the record id is empty</source>
        <translation>the record id is empty</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; is no visit of the protocol: map it to one (%2) or to skip, with --events or a mapping file (this applies to every row of the event)</source>
        <translation>the event &quot;%1&quot; is no visit of the protocol: map it to one (%2) or to skip, with --events or a mapping file (this applies to every row of the event)</translation>
    </message>
    <message>
        <source>the event &quot;%1&quot; is mapped to &quot;%2&quot;, which is no visit of the protocol (%3)</source>
        <translation>the event &quot;%1&quot; is mapped to &quot;%2&quot;, which is no visit of the protocol (%3)</translation>
    </message>
    <message>
        <source>a repeating instrument or event (%1, instance %2) is not imported: each visit holds one assessment of an instrument</source>
        <translation>a repeating instrument or event (%1, instance %2) is not imported: each visit holds one assessment of an instrument</translation>
    </message>
    <message>
        <source>the record %1 is no participant you reach: map it to a study id (or to skip) with --records or a mapping file (this applies to every row of the record)</source>
        <translation>the record %1 is no participant you reach: map it to a study id (or to skip) with --records or a mapping file (this applies to every row of the record)</translation>
    </message>
    <message>
        <source>the record %1 is mapped to %2, who is no participant you reach</source>
        <translation>the record %1 is mapped to %2, who is no participant you reach</translation>
    </message>
    <message>
        <source>%1 is filled in, but the row has no date in %2</source>
        <translation>%1 is filled in, but the row has no date in %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a REDCap form status (0 incomplete, 1 unverified, 2 complete)</source>
        <translation>&quot;%1&quot; is not a REDCap form status (0 incomplete, 1 unverified, 2 complete)</translation>
    </message>
    <message>
        <source>the file is empty; it needs the header of a REDCap records export and its rows</source>
        <translation>the file is empty; it needs the header of a REDCap records export and its rows</translation>
    </message>
    <message>
        <source>the file has a header but no rows: there is nothing to import</source>
        <translation>the file has a header but no rows: there is nothing to import</translation>
    </message>
    <message>
        <source>Events as visits: %1.</source>
        <translation>Events as visits: %1.</translation>
    </message>
    <message>
        <source>A classic project: every record&apos;s forms are of the visit %1.</source>
        <translation>A classic project: every record&apos;s forms are of the visit %1.</translation>
    </message>
    <message>
        <source>Rows left out as the mapping asks: %1.</source>
        <translation>Rows left out as the mapping asks: %1.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Cannot read the mapping %1: %2</translation>
    </message>
    <message>
        <source>The mapping %1 %2; it is a JSON object of records, events, visit, date_fields and rater (what --check proposes).</source>
        <translation>The mapping %1 %2; it is a JSON object of records, events, visit, date_fields and rater (what --check proposes).</translation>
    </message>
    <message>
        <source>is not JSON (%1 at byte %2)</source>
        <translation>is not JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>is not a JSON object</translation>
    </message>
    <message>
        <source>has the unknown key &quot;%1&quot;</source>
        <translation>has the unknown key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>has a &quot;%1&quot; that is not an object</source>
        <translation>has a &quot;%1&quot; that is not an object</translation>
    </message>
    <message>
        <source>maps &quot;%1&quot; to something other than text</source>
        <translation>maps &quot;%1&quot; to something other than text</translation>
    </message>
    <message>
        <source>has date_fields that are not a list</source>
        <translation>has date_fields that are not a list</translation>
    </message>
</context>
<context>
    <name>RedcapDictionary</name>
    <message>
        <source>the file is empty; it needs the header of a REDCap data dictionary and one row per field</source>
        <translation>the file is empty; it needs the header of a REDCap data dictionary and one row per field</translation>
    </message>
    <message>
        <source>the dictionary has no fields</source>
        <translation>the dictionary has no fields</translation>
    </message>
    <message>
        <source>the column is missing: this is not a REDCap data dictionary (it needs the 18 columns of Project Setup &gt; Data Dictionary)</source>
        <translation>the column is missing: this is not a REDCap data dictionary (it needs the 18 columns of Project Setup &gt; Data Dictionary)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a REDCap field name (lower-case letters, digits and _, starting with a letter)</source>
        <translation>&quot;%1&quot; is not a REDCap field name (lower-case letters, digits and _, starting with a letter)</translation>
    </message>
    <message>
        <source>the field name is used before, on line %1</source>
        <translation>the field name is used before, on line %1</translation>
    </message>
    <message>
        <source>the field has no form name</source>
        <translation>the field has no form name</translation>
    </message>
    <message>
        <source>the item %1 appears twice in the form</source>
        <translation>the item %1 appears twice in the form</translation>
    </message>
    <message>
        <source>%1 needs a Text Validation Min and Max that are whole numbers from -999 to 999 (min &lt;= max) to become an item; found &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>%1 needs a Text Validation Min and Max that are whole numbers from -999 to 999 (min &lt;= max) to become an item; found &quot;%2&quot; and &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <source>the checkbox field has no choices</source>
        <translation>the checkbox field has no choices</translation>
    </message>
    <message>
        <source>Unchecked</source>
        <translation>Unchecked</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>a text field with %1 validation</source>
        <translation>a text field with %1 validation</translation>
    </message>
    <message>
        <source>a slider</source>
        <translation>a slider</translation>
    </message>
    <message>
        <source>a file upload field cannot be part of an instrument</source>
        <translation>a file upload field cannot be part of an instrument</translation>
    </message>
    <message>
        <source>a dynamic SQL field cannot be part of an instrument</source>
        <translation>a dynamic SQL field cannot be part of an instrument</translation>
    </message>
    <message>
        <source>the field type &quot;%1&quot; is not one TrialDesk can represent (radio, dropdown, yesno, truefalse, checkbox, text, notes, slider, calc, descriptive)</source>
        <translation>the field type &quot;%1&quot; is not one TrialDesk can represent (radio, dropdown, yesno, truefalse, checkbox, text, notes, slider, calc, descriptive)</translation>
    </message>
    <message>
        <source>form %1: %2; the line holds &quot;%3&quot;</source>
        <translation>form %1: %2; the line holds &quot;%3&quot;</translation>
    </message>
    <message>
        <source>form %1 is skipped: %2</source>
        <translation>form %1 is skipped: %2</translation>
    </message>
    <message>
        <source>its name cannot be an instrument id (1-32 lower-case letters, digits or _, starting with a letter); rename the form</source>
        <translation>its name cannot be an instrument id (1-32 lower-case letters, digits or _, starting with a letter); rename the form</translation>
    </message>
    <message>
        <source>the choices of a %1 field need whole-number codes (&quot;0, Never | 1, Sometimes&quot;)</source>
        <translation>the choices of a %1 field need whole-number codes (&quot;0, Never | 1, Sometimes&quot;)</translation>
    </message>
    <message>
        <source>a signature field cannot be part of an instrument</source>
        <translation>a signature field cannot be part of an instrument</translation>
    </message>
    <message>
        <source>the calculation scores %1, a text field without integer or number validation and a min and max: it is kept as metadata, not as the total</source>
        <translation>the calculation scores %1, a text field without integer or number validation and a min and max: it is kept as metadata, not as the total</translation>
    </message>
    <message>
        <source>it has no field that can be an item (radio, dropdown, yesno, truefalse, checkbox, slider or text with integer or number validation and a range)</source>
        <translation>it has no field that can be an item (radio, dropdown, yesno, truefalse, checkbox, slider or text with integer or number validation and a range)</translation>
    </message>
    <message>
        <source>it has %1 items; an instrument has at most 200</source>
        <translation>it has %1 items; an instrument has at most 200</translation>
    </message>
    <message>
        <source>as asked</source>
        <translation>as asked</translation>
    </message>
    <message>
        <source>from the @DIRECTION action tag on line %1</source>
        <translation>from the @DIRECTION action tag on line %1</translation>
    </message>
    <message>
        <source>direction assumed: higher is worse (no --direction for the form, no @DIRECTION action tag)</source>
        <translation>direction assumed: higher is worse (no --direction for the form, no @DIRECTION action tag)</translation>
    </message>
    <message>
        <source>direction: higher is better (%1)</source>
        <translation>direction: higher is better (%1)</translation>
    </message>
    <message>
        <source>direction: higher is worse (%1)</source>
        <translation>direction: higher is worse (%1)</translation>
    </message>
    <message>
        <source>no total</source>
        <translation>no total</translation>
    </message>
    <message>
        <source>total: the sum of %1 items (field %2)</source>
        <translation>total: the sum of %1 items (field %2)</translation>
    </message>
    <message>
        <source>the dictionary has no form &quot;%1&quot;; its forms are %2</source>
        <translation>the dictionary has no form &quot;%1&quot;; its forms are %2</translation>
    </message>
    <message>
        <source>the missing code &quot;%1&quot; is not a whole number (items hold whole numbers)</source>
        <translation>the missing code &quot;%1&quot; is not a whole number (items hold whole numbers)</translation>
    </message>
    <message>
        <source>its @MISSING action tag: %1</source>
        <translation>its @MISSING action tag: %1</translation>
    </message>
    <message>
        <source>a choice code is repeated; found %1</source>
        <translation>a choice code is repeated; found %1</translation>
    </message>
    <message>
        <source>every choice code is a missing code; found %1</source>
        <translation>every choice code is a missing code; found %1</translation>
    </message>
    <message>
        <source>%1 (line %2): branching logic not enforced, %3</source>
        <translation>%1 (line %2): branching logic not enforced, %3</translation>
    </message>
    <message>
        <source>%1 (line %2): branching logic not enforced, the field is not an item</source>
        <translation>%1 (line %2): branching logic not enforced, the field is not an item</translation>
    </message>
    <message>
        <source>%1 (line %2): required flag not enforced, the field is not an item</source>
        <translation>%1 (line %2): required flag not enforced, the field is not an item</translation>
    </message>
    <message>
        <source>total: the mean of the answered of %1 items (field %2)</source>
        <translation>total: the mean of the answered of %1 items (field %2)</translation>
    </message>
    <message>
        <source>total: the sum of the answered of %1 items, blanks skipped as REDCap&apos;s sum() does (field %2)</source>
        <translation>total: the sum of the answered of %1 items, blanks skipped as REDCap&apos;s sum() does (field %2)</translation>
    </message>
    <message>
        <source>%1: %2 items, %3; kept as metadata only: %4 other fields (text, notes, descriptive) and %5 calculations; enforced in entry: branching logic on %6 items, required flags on %7 items; %8.</source>
        <translation>%1: %2 items, %3; kept as metadata only: %4 other fields (text, notes, descriptive) and %5 calculations; enforced in entry: branching logic on %6 items, required flags on %7 items; %8.</translation>
    </message>
    <message>
        <source>Coded answers with gaps (only these codes are answers; declare missing codes with --missing or @MISSING): %1.</source>
        <translation>Coded answers with gaps (only these codes are answers; declare missing codes with --missing or @MISSING): %1.</translation>
    </message>
    <message>
        <source>Not enforced: %1.</source>
        <translation>Not enforced: %1.</translation>
    </message>
    <message numerus="yes">
        <source>a text field with %1 validation needs a Text Validation Min and Max from -999 to 999 (min &lt;= max) with at most %n decimal place(s) to become an item; found &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>
            <numerusform>a text field with %1 validation needs a Text Validation Min and Max from -999 to 999 (min &lt;= max) with at most %n decimal place to become an item; found &quot;%2&quot; and &quot;%3&quot;</numerusform>
            <numerusform>a text field with %1 validation needs a Text Validation Min and Max from -999 to 999 (min &lt;= max) with at most %n decimal places to become an item; found &quot;%2&quot; and &quot;%3&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedcapDictionaryImport</name>
    <message>
        <source>form %1 is skipped: the trial already has an instrument with that id; rename the form</source>
        <translation>form %1 is skipped: the trial already has an instrument with that id; rename the form</translation>
    </message>
    <message>
        <source>no form of the dictionary can be taken, so nothing was imported; the skipped fields and forms say why</source>
        <translation>no form of the dictionary can be taken, so nothing was imported; the skipped fields and forms say why</translation>
    </message>
</context>
<context>
    <name>ReportAccess</name>
    <message>
        <source>trial-wide participant counts</source>
        <translation>trial-wide participant counts</translation>
    </message>
    <message>
        <source>participant counts by treatment arm</source>
        <translation>participant counts by treatment arm</translation>
    </message>
    <message>
        <source>The role %1 may not see %2.</source>
        <translation>The role %1 may not see %2.</translation>
    </message>
    <message>
        <source>The role %1 may not see outcomes compared between treatment arms before the database is locked.</source>
        <translation>The role %1 may not see outcomes compared between treatment arms before the database is locked.</translation>
    </message>
    <message>
        <source>Outcomes are pooled over all arms: nobody sees them by arm before the database is locked.</source>
        <translation>Outcomes are pooled over all arms: nobody sees them by arm before the database is locked.</translation>
    </message>
    <message>
        <source>Outcomes are pooled over all arms. Until the database is locked, they are shown by arm only to these roles: %1.</source>
        <translation>Outcomes are pooled over all arms. Until the database is locked, they are shown by arm only to these roles: %1.</translation>
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
        <translation>Principal investigator</translation>
    </message>
    <message>
        <source>Research coordinator</source>
        <translation>Research coordinator</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapist</translation>
    </message>
    <message>
        <source>Blinded outcome assessor</source>
        <translation>Blinded outcome assessor</translation>
    </message>
    <message>
        <source>Statistician (unblinded)</source>
        <translation>Statistician (unblinded)</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>edit the protocol</source>
        <translation>edit the protocol</translation>
    </message>
    <message>
        <source>view the protocol</source>
        <translation>view the protocol</translation>
    </message>
    <message>
        <source>view participants</source>
        <translation>view participants</translation>
    </message>
    <message>
        <source>screen and enrol participants</source>
        <translation>screen and enrol participants</translation>
    </message>
    <message>
        <source>assign therapists</source>
        <translation>assign therapists</translation>
    </message>
    <message>
        <source>randomize participants</source>
        <translation>randomize participants</translation>
    </message>
    <message>
        <source>see treatment allocations</source>
        <translation>see treatment allocations</translation>
    </message>
    <message>
        <source>record therapy sessions</source>
        <translation>record therapy sessions</translation>
    </message>
    <message>
        <source>enter assessments</source>
        <translation>enter assessments</translation>
    </message>
    <message>
        <source>remove clinical records</source>
        <translation>remove clinical records</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>view the audit trail</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>export data</translation>
    </message>
    <message>
        <source>see safety alerts</source>
        <translation>see safety alerts</translation>
    </message>
    <message>
        <source>acknowledge safety alerts</source>
        <translation>acknowledge safety alerts</translation>
    </message>
    <message>
        <source>set up randomization and see the allocation list</source>
        <translation>set up randomization and see the allocation list</translation>
    </message>
    <message>
        <source>unblind a participant in an emergency</source>
        <translation>unblind a participant in an emergency</translation>
    </message>
    <message>
        <source>review emergency unblindings</source>
        <translation>review emergency unblindings</translation>
    </message>
    <message>
        <source>back up and restore the trial database</source>
        <translation>back up and restore the trial database</translation>
    </message>
    <message>
        <source>record a guess of the arm after a blinded rating</source>
        <translation>record a guess of the arm after a blinded rating</translation>
    </message>
    <message>
        <source>Data monitoring committee</source>
        <translation>Data monitoring committee</translation>
    </message>
    <message>
        <source>lock the data for analysis and unlock them</source>
        <translation>lock the data for analysis and unlock them</translation>
    </message>
    <message>
        <source>raise and close data queries</source>
        <translation>raise and close data queries</translation>
    </message>
    <message>
        <source>respond to data queries</source>
        <translation>respond to data queries</translation>
    </message>
    <message>
        <source>Monitor (source data verification)</source>
        <translation>Monitor (source data verification)</translation>
    </message>
    <message>
        <source>verify forms against their source</source>
        <translation>verify forms against their source</translation>
    </message>
    <message>
        <source>adjudicate the differences of double data entry</source>
        <translation>adjudicate the differences of double data entry</translation>
    </message>
    <message>
        <source>add instruments from a REDCap data dictionary</source>
        <translation>add instruments from a REDCap data dictionary</translation>
    </message>
</context>
<context>
    <name>SchemaShape</name>
    <message>
        <source>tables a trial does not have: %1</source>
        <translation>tables a trial does not have: %1</translation>
    </message>
    <message>
        <source>no tables %1</source>
        <translation>no tables %1</translation>
    </message>
    <message>
        <source>other columns in %1</source>
        <translation>other columns in %1</translation>
    </message>
    <message>
        <source>%1 is not a TrialDesk trial of schema version %2: it has %3.</source>
        <translation>%1 is not a TrialDesk trial of schema version %2: it has %3.</translation>
    </message>
</context>
<context>
    <name>ScoreRepository</name>
    <message>
        <source>unknown instrument</source>
        <translation>unknown instrument</translation>
    </message>
</context>
<context>
    <name>ScoringEngine</name>
    <message>
        <source>%1 has %2 items; %3 were given.</source>
        <translation>%1 has %2 items; %3 were given.</translation>
    </message>
    <message>
        <source>%1 has %2 items (%3 with the optional ones); %4 were given.</source>
        <translation>%1 has %2 items (%3 with the optional ones); %4 were given.</translation>
    </message>
    <message>
        <source>Item %1 of %2 has the value &quot;%3&quot;: %4. Allowed: %5.</source>
        <translation>Item %1 of %2 has the value &quot;%3&quot;: %4. Allowed: %5.</translation>
    </message>
    <message>
        <source>a letter is allowed only on items that ask for one</source>
        <translation>a letter is allowed only on items that ask for one</translation>
    </message>
    <message>
        <source>the letter is not one of %1</source>
        <translation>the letter is not one of %1</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>out of range</translation>
    </message>
    <message>
        <source>0 takes no letter</source>
        <translation>0 takes no letter</translation>
    </message>
    <message>
        <source>%1; a digit alone (%2 to %3) when the direction was not recorded; or NA for missing</source>
        <translation>%1; a digit alone (%2 to %3) when the direction was not recorded; or NA for missing</translation>
    </message>
    <message>
        <source>NA for missing</source>
        <translation>NA for missing</translation>
    </message>
    <message>
        <source>NA or the missing codes %1</source>
        <translation>NA or the missing codes %1</translation>
    </message>
    <message>
        <source>%1, or %2</source>
        <translation>%1, or %2</translation>
    </message>
    <message>
        <source>%1 to %2, or %3</source>
        <translation>%1 to %2, or %3</translation>
    </message>
    <message>
        <source>not one of the answer codes</source>
        <translation>not one of the answer codes</translation>
    </message>
    <message numerus="yes">
        <source>%1 requires an answer to item %2: it is asked (its branching logic shows it) and left empty. Answer it, or save the assessment as a draft.</source>
        <translation>
            <numerusform>%1 requires an answer to item %2: it is asked (its branching logic shows it) and left empty. Answer it, or save the assessment as a draft.</numerusform>
            <numerusform>%1 requires answers to items %2: they are asked (their branching logic shows them) and left empty. Answer them, or save the assessment as a draft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 with at most %n decimal place(s), or %3</source>
        <translation>
            <numerusform>%1 to %2 with at most %n decimal place, or %3</numerusform>
            <numerusform>%1 to %2 with at most %n decimal places, or %3</numerusform>
        </translation>
    </message>
    <message>
        <source>not a number (write the decimals after a point, as in %1)</source>
        <translation>not a number (write the decimals after a point, as in %1)</translation>
    </message>
    <message numerus="yes">
        <source>more than %n decimal place(s)</source>
        <translation>
            <numerusform>more than %n decimal place</numerusform>
            <numerusform>more than %n decimal places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>&quot;%1&quot; is not an eligibility criterion of this protocol for %2. Its criteria: %3.</source>
        <translation>&quot;%1&quot; is not an eligibility criterion of this protocol for %2. Its criteria: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; for %2 is already recorded; an answer is not changed once given.</source>
        <translation>The answer to &quot;%1&quot; for %2 is already recorded; an answer is not changed once given.</translation>
    </message>
    <message>
        <source>Eligibility of %1 is already decided (&quot;%2&quot;).</source>
        <translation>Eligibility of %1 is already decided (&quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Name the database server: its host name or address, such as db.example.org or 10.0.0.5.</source>
        <translation>Name the database server: its host name or address, such as db.example.org or 10.0.0.5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address: use letters, digits, dots, hyphens and colons only.</source>
        <translation>&quot;%1&quot; is not a host name or address: use letters, digits, dots, hyphens and colons only.</translation>
    </message>
    <message>
        <source>The port %1 is not a port number: use 1 to 65535 (PostgreSQL&apos;s own is 5432).</source>
        <translation>The port %1 is not a port number: use 1 to 65535 (PostgreSQL&apos;s own is 5432).</translation>
    </message>
    <message>
        <source>Name the trial&apos;s database on the server (a name without /, ? or #).</source>
        <translation>Name the trial&apos;s database on the server (a name without /, ? or #).</translation>
    </message>
    <message>
        <source>The TLS mode &quot;%1&quot; is not one of %2.</source>
        <translation>The TLS mode &quot;%1&quot; is not one of %2.</translation>
    </message>
    <message>
        <source>The TLS mode %1 checks the server&apos;s certificate: choose the file of the certificate authority that signed it (ask the server&apos;s administrator).</source>
        <translation>The TLS mode %1 checks the server&apos;s certificate: choose the file of the certificate authority that signed it (ask the server&apos;s administrator).</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s file %1 does not exist.</source>
        <translation>The certificate authority&apos;s file %1 does not exist.</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s file may not have a space or a semicolon in its path: %1</source>
        <translation>The certificate authority&apos;s file may not have a space or a semicolon in its path: %1</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>%1 is a trial file; it is backed up by TrialDesk (Back up now), not by the server&apos;s tools.</source>
        <translation>%1 is a trial file; it is backed up by TrialDesk (Back up now), not by the server&apos;s tools.</translation>
    </message>
</context>
<context>
    <name>ServerDatabases</name>
    <message>
        <source>Could not connect to the server of %1: %2</source>
        <translation>Could not connect to the server of %1: %2</translation>
    </message>
    <message>
        <source>The server of %1 refused: %2</source>
        <translation>The server of %1 refused: %2</translation>
    </message>
    <message>
        <source>The trial %1 has schema version %2 and must be upgraded to version %3 before it can be used. On a server only the owner of the trial&apos;s tables upgrades it: open it once with the server&apos;s credentials (an address with the user who ran new or migrate, such as postgresql://postgres@..., and PGPASSWORD or ~/.pgpass), then sign in as before. Nothing was changed.</source>
        <translation>The trial %1 has schema version %2 and must be upgraded to version %3 before it can be used. On a server only the owner of the trial&apos;s tables upgrades it: open it once with the server&apos;s credentials (an address with the user who ran new or migrate, such as postgresql://postgres@..., and PGPASSWORD or ~/.pgpass), then sign in as before. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ServerLogins</name>
    <message>
        <source>The server of %1 already has roles named %2 (another trial&apos;s users, or the server&apos;s own). Every user of a trial on a server signs in as a role of the same name, so these names must be free there: rename those users in the trial, or use a server of its own. Nothing was changed.</source>
        <translation>The server of %1 already has roles named %2 (another trial&apos;s users, or the server&apos;s own). Every user of a trial on a server signs in as a role of the same name, so these names must be free there: rename those users in the trial, or use a server of its own. Nothing was changed.</translation>
    </message>
    <message>
        <source>The user name or password of &quot;%1&quot; is wrong; the trial is moved by one of its administrators, with their own password. Nothing was changed.</source>
        <translation>The user name or password of &quot;%1&quot; is wrong; the trial is moved by one of its administrators, with their own password. Nothing was changed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active administrator of the trial; only an administrator moves it onto a server. Nothing was changed.</source>
        <translation>&quot;%1&quot; is not an active administrator of the trial; only an administrator moves it onto a server. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>The database name &quot;%1&quot; is too long for its roles: a trial on a server needs a database name of at most 40 characters.</source>
        <translation>The database name &quot;%1&quot; is too long for its roles: a trial on a server needs a database name of at most 40 characters.</translation>
    </message>
    <message>
        <source>The database server already has a role named &quot;%1&quot; (another trial&apos;s user, or the server&apos;s own); a user of this trial needs a name of their own there. Choose another user name.</source>
        <translation>The database server already has a role named &quot;%1&quot; (another trial&apos;s user, or the server&apos;s own); a user of this trial needs a name of their own there. Choose another user name.</translation>
    </message>
    <message>
        <source>This connection signed in to the server as another user; &quot;%1&quot; signs in with --user %1 and their own password.</source>
        <translation>This connection signed in to the server as another user; &quot;%1&quot; signs in with --user %1 and their own password.</translation>
    </message>
</context>
<context>
    <name>SessionNames</name>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Cancelled by patient</source>
        <translation>Cancelled by patient</translation>
    </message>
    <message>
        <source>Cancelled by clinic</source>
        <translation>Cancelled by clinic</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Did not attend</translation>
    </message>
    <message>
        <source>Booster</source>
        <translation>Booster</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>Therapy session records reveal the treatment arm, so %1 (%2) may not see them.</source>
        <translation>Therapy session records reveal the treatment arm, so %1 (%2) may not see them.</translation>
    </message>
    <message>
        <source>%1 is not randomized; sessions are recorded only after randomization.</source>
        <translation>%1 is not randomized; sessions are recorded only after randomization.</translation>
    </message>
    <message>
        <source>The session date must be a valid date no later than today.</source>
        <translation>The session date must be a valid date no later than today.</translation>
    </message>
    <message>
        <source>Session date %1 is before randomization (%2).</source>
        <translation>Session date %1 is before randomization (%2).</translation>
    </message>
    <message>
        <source>Session number %1 is not allowed: enter 1 to 500.</source>
        <translation>Session number %1 is not allowed: enter 1 to 500.</translation>
    </message>
    <message>
        <source>An attended session needs its duration: enter 5 to 240 minutes.</source>
        <translation>An attended session needs its duration: enter 5 to 240 minutes.</translation>
    </message>
    <message>
        <source>A session that did not take place has no duration; leave it empty.</source>
        <translation>A session that did not take place has no duration; leave it empty.</translation>
    </message>
    <message>
        <source>The session needs a therapist; assign one to the participant first.</source>
        <translation>The session needs a therapist; assign one to the participant first.</translation>
    </message>
    <message>
        <source>Session %1 was not found.</source>
        <translation>Session %1 was not found.</translation>
    </message>
    <message>
        <source>Session %1 was removed and cannot be changed.</source>
        <translation>Session %1 was removed and cannot be changed.</translation>
    </message>
    <message>
        <source>Removing a session needs a reason.</source>
        <translation>Removing a session needs a reason.</translation>
    </message>
    <message>
        <source>Session %1 is already removed.</source>
        <translation>Session %1 is already removed.</translation>
    </message>
    <message>
        <source>User %1 is not an active therapist; a session is given by the participant&apos;s therapist or another therapist standing in.</source>
        <translation>User %1 is not an active therapist; a session is given by the participant&apos;s therapist or another therapist standing in.</translation>
    </message>
    <message>
        <source>session %1, %2</source>
        <translation>session %1, %2</translation>
    </message>
    <message>
        <source>%1 already has a session on %2 (%3). Two sessions on one date are rare: check the date, or confirm that this is another session on the same day.</source>
        <translation>%1 already has a session on %2 (%3). Two sessions on one date are rare: check the date, or confirm that this is another session on the same day.</translation>
    </message>
    <message>
        <source>%1 already has %2 sessions on %3 (%4). Check the date, or confirm that this is another session on the same day.</source>
        <translation>%1 already has %2 sessions on %3 (%4). Check the date, or confirm that this is another session on the same day.</translation>
    </message>
</context>
<context>
    <name>SessionsCsvExport</name>
    <message>
        <source>Sessions CSV: one row per session</source>
        <translation>Sessions CSV: one row per session</translation>
    </message>
</context>
<context>
    <name>SignatureExport</name>
    <message>
        <source>Electronic signatures CSV: who signed which record, meaning what, when</source>
        <translation>Electronic signatures CSV: who signed which record, meaning what, when</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>Electronic signature %1 (on %2) is not in the audit trail.</source>
        <translation>Electronic signature %1 (on %2) is not in the audit trail.</translation>
    </message>
    <message>
        <source>Electronic signature %1 (on %2) names a key that the audit trail does not give its signer.</source>
        <translation>Electronic signature %1 (on %2) names a key that the audit trail does not give its signer.</translation>
    </message>
    <message>
        <source>Electronic signature %1 (on %2) does not verify: the signature or what it signs was changed.</source>
        <translation>Electronic signature %1 (on %2) does not verify: the signature or what it signs was changed.</translation>
    </message>
    <message>
        <source>%1, signed electronically (signature %2), is missing from the file.</source>
        <translation>%1, signed electronically (signature %2), is missing from the file.</translation>
    </message>
    <message>
        <source>%1 was changed after it was signed electronically (signature %2).</source>
        <translation>%1 was changed after it was signed electronically (signature %2).</translation>
    </message>
</context>
<context>
    <name>SignedRecords</name>
    <message>
        <source>Records of kind &quot;%1&quot; are not signed electronically.</source>
        <translation>Records of kind &quot;%1&quot; are not signed electronically.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>Safety alert %1</source>
        <translation>Safety alert %1</translation>
    </message>
    <message>
        <source>Emergency unblinding %1</source>
        <translation>Emergency unblinding %1</translation>
    </message>
    <message>
        <source>The randomization settings</source>
        <translation>The randomization settings</translation>
    </message>
    <message>
        <source>Allocation list %1</source>
        <translation>Allocation list %1</translation>
    </message>
    <message>
        <source>Protocol version %1</source>
        <translation>Protocol version %1</translation>
    </message>
    <message>
        <source>Database lock record %1</source>
        <translation>Database lock record %1</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>No secure memory is left for a signing key.</source>
        <translation>No secure memory is left for a signing key.</translation>
    </message>
    <message>
        <source>The signing key could not be sealed.</source>
        <translation>The signing key could not be sealed.</translation>
    </message>
    <message>
        <source>The signing key could not be sealed: out of memory.</source>
        <translation>The signing key could not be sealed: out of memory.</translation>
    </message>
    <message>
        <source>The stored signing key is malformed.</source>
        <translation>The stored signing key is malformed.</translation>
    </message>
    <message>
        <source>The signing key could not be opened: out of memory.</source>
        <translation>The signing key could not be opened: out of memory.</translation>
    </message>
    <message>
        <source>The password does not open the signing key.</source>
        <translation>The password does not open the signing key.</translation>
    </message>
    <message>
        <source>The stored signing key does not belong to the recorded public key.</source>
        <translation>The stored signing key does not belong to the recorded public key.</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>At least one stratification factor is needed (e.g. 4x2).</source>
        <translation>At least one stratification factor is needed (e.g. 4x2).</translation>
    </message>
    <message>
        <source>A factor with %1 levels is not allowed: use 1 to %2 levels.</source>
        <translation>A factor with %1 levels is not allowed: use 1 to %2 levels.</translation>
    </message>
    <message>
        <source>Too many strata: at most %1 are allowed.</source>
        <translation>Too many strata: at most %1 are allowed.</translation>
    </message>
    <message>
        <source>%1 participants is not allowed: simulate 1 to %2.</source>
        <translation>%1 participants is not allowed: simulate 1 to %2.</translation>
    </message>
</context>
<context>
    <name>SourceVerifications</name>
    <message>
        <source>%1 has not been recorded at this visit; there is nothing to verify.</source>
        <translation>%1 has not been recorded at this visit; there is nothing to verify.</translation>
    </message>
    <message>
        <source>Assessment %1 was removed; there is nothing to verify.</source>
        <translation>Assessment %1 was removed; there is nothing to verify.</translation>
    </message>
    <message>
        <source>Source data verification is for the forms of a visit.</source>
        <translation>Source data verification is for the forms of a visit.</translation>
    </message>
    <message>
        <source>This form is a draft; verify it once it is complete.</source>
        <translation>This form is a draft; verify it once it is complete.</translation>
    </message>
    <message>
        <source>This form is keyed twice and its double entry is not complete (the second entry, or the adjudication of its differences); verify it after that.</source>
        <translation>This form is keyed twice and its double entry is not complete (the second entry, or the adjudication of its differences); verify it after that.</translation>
    </message>
    <message>
        <source>This form was already verified against its source on %1. Nothing was changed.</source>
        <translation>This form was already verified against its source on %1. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SqliteStatements</name>
    <message>
        <source>The database refused a statement (%1): %2</source>
        <translation>The database refused a statement (%1): %2</translation>
    </message>
    <message>
        <source>The statement (%1) takes %2 values, not %3.</source>
        <translation>The statement (%1) takes %2 values, not %3.</translation>
    </message>
</context>
<context>
    <name>StatFileExport</name>
    <message>
        <source>Stata data file (.dta)</source>
        <translation>Stata data file (.dta)</translation>
    </message>
    <message>
        <source>SPSS data file (.sav)</source>
        <translation>SPSS data file (.sav)</translation>
    </message>
</context>
<context>
    <name>StatusRules</name>
    <message>
        <source>Screened</source>
        <translation>Screened</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>Ineligible</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Consented</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>Randomized</translation>
    </message>
    <message>
        <source>In treatment</source>
        <translation>In treatment</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation>Lost to follow-up</translation>
    </message>
    <message>
        <source>none (final status)</source>
        <translation>none (final status)</translation>
    </message>
    <message>
        <source>Inclusion criteria not met</source>
        <translation>Inclusion criteria not met</translation>
    </message>
    <message>
        <source>Declined to participate</source>
        <translation>Declined to participate</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Other reasons</translation>
    </message>
    <message>
        <source>Discontinued treatment</source>
        <translation>Discontinued treatment</translation>
    </message>
</context>
<context>
    <name>Strata</name>
    <message>
        <source>%1 has no known site, which the factor %2 (%3) needs.</source>
        <translation>%1 has no known site, which the factor %2 (%3) needs.</translation>
    </message>
    <message>
        <source>%1 cannot be randomized: the stratification factor %2 (%3) needs the baseline covariate &quot;%4&quot;, which is not recorded. Record it first.</source>
        <translation>%1 cannot be randomized: the stratification factor %2 (%3) needs the baseline covariate &quot;%4&quot;, which is not recorded. Record it first.</translation>
    </message>
    <message>
        <source>%1 cannot be randomized: the stratification factor %2 (%3) needs a completed baseline %4 assessment, and there is none. Enter it first.</source>
        <translation>%1 cannot be randomized: the stratification factor %2 (%3) needs a completed baseline %4 assessment, and there is none. Enter it first.</translation>
    </message>
</context>
<context>
    <name>StratumReserve</name>
    <message>
        <source>Only who may read the allocation list (the statistician) is told how many entries its strata have left.</source>
        <translation>Only who may read the allocation list (the statistician) is told how many entries its strata have left.</translation>
    </message>
</context>
<context>
    <name>TrailAnchors</name>
    <message>
        <source>the head this computer last saw</source>
        <translation>the head this computer last saw</translation>
    </message>
    <message>
        <source>The trail&apos;s head could not be remembered in %1.</source>
        <translation>The trail&apos;s head could not be remembered in %1.</translation>
    </message>
    <message>
        <source>%1 saw row %2 (%3), but the trail ends at row %4: rows were cut off</source>
        <translation>%1 saw row %2 (%3), but the trail ends at row %4: rows were cut off</translation>
    </message>
    <message>
        <source>%1 saw another row %2 (%3) than the trail holds now: the history up to that row was replaced</source>
        <translation>%1 saw another row %2 (%3) than the trail holds now: the history up to that row was replaced</translation>
    </message>
</context>
<context>
    <name>TrailVerifier</name>
    <message>
        <source>The audit trail is BROKEN at row %L1: %2.</source>
        <translation>The audit trail is BROKEN at row %L1: %2.</translation>
    </message>
    <message>
        <source>The signatures are BROKEN: %1.</source>
        <translation>The signatures are BROKEN: %1.</translation>
    </message>
    <message>
        <source>An anchor does not match: %1.</source>
        <translation>An anchor does not match: %1.</translation>
    </message>
    <message>
        <source>Keys certified by their owners&apos; first signature (the first administrator, and users from before signing keys): %1.</source>
        <translation>Keys certified by their owners&apos; first signature (the first administrator, and users from before signing keys): %1.</translation>
    </message>
    <message>
        <source>This file is of a schema from before signed checkpoints: it holds no signatures to check.</source>
        <translation>This file is of a schema from before signed checkpoints: it holds no signatures to check.</translation>
    </message>
    <message>
        <source>Unsigned rows after the last signed checkpoint: %L1 (written without a signed-in user, or added by someone without a password).</source>
        <translation>Unsigned rows after the last signed checkpoint: %L1 (written without a signed-in user, or added by someone without a password).</translation>
    </message>
    <message>
        <source>The audit trail is intact (rows verified: %L1).</source>
        <translation>The audit trail is intact (rows verified: %L1).</translation>
    </message>
    <message>
        <source>Signatures valid: rows 1 to %L1 signed (checkpoints: %L2).</source>
        <translation>Signatures valid: rows 1 to %L1 signed (checkpoints: %L2).</translation>
    </message>
    <message>
        <source>Every anchor outside the file is held by the trail (anchors checked: %L1).</source>
        <translation>Every anchor outside the file is held by the trail (anchors checked: %L1).</translation>
    </message>
    <message>
        <source>Values of the clinical tables that the trail does not explain: %L1.</source>
        <translation>Values of the clinical tables that the trail does not explain: %L1.</translation>
    </message>
    <message>
        <source>… and %L1 more (trialdesk-cli audit verify lists them all).</source>
        <translation>… and %L1 more (trialdesk-cli audit verify lists them all).</translation>
    </message>
    <message>
        <source>This file is of an older schema: the trail is replayed against the clinical tables once the file is upgraded.</source>
        <translation>This file is of an older schema: the trail is replayed against the clinical tables once the file is upgraded.</translation>
    </message>
    <message>
        <source>The trail explains every value of the clinical tables (records: %L1, values: %L2).</source>
        <translation>The trail explains every value of the clinical tables (records: %L1, values: %L2).</translation>
    </message>
    <message>
        <source>Electronic signatures valid, each still matching the record it signs (signatures: %L1).</source>
        <translation>Electronic signatures valid, each still matching the record it signs (signatures: %L1).</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation>The transaction was already finished.</translation>
    </message>
</context>
<context>
    <name>TrialCopy</name>
    <message>
        <source>%1 already holds data (%2 rows in the table %3). A trial is moved only into a new or empty database; nothing was changed.</source>
        <translation>%1 already holds data (%2 rows in the table %3). A trial is moved only into a new or empty database; nothing was changed.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3 (%4, and %5): the trial was not moved.</source>
        <translation>The table %1 has other columns in %2 than in %3 (%4, and %5): the trial was not moved.</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and %3 has %4: a trial moves only between databases of the same version. Nothing was changed.</source>
        <translation>%1 has schema version %2 and %3 has %4: a trial moves only between databases of the same version. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 holds an allocation list sealed under its statisticians&apos; key (docs/encryption.md). A server could not open it, so randomization there would stop: a trial with a sealed list cannot be moved onto a server yet. Nothing was copied.</source>
        <translation>%1 holds an allocation list sealed under its statisticians&apos; key (docs/encryption.md). A server could not open it, so randomization there would stop: a trial with a sealed list cannot be moved onto a server yet. Nothing was copied.</translation>
    </message>
</context>
<context>
    <name>TrialEncryption</name>
    <message>
        <source>Cannot create a file in %1: %2</source>
        <translation>Cannot create a file in %1: %2</translation>
    </message>
    <message>
        <source>%1 is encrypted already; nothing was changed.</source>
        <translation>%1 is encrypted already; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 cannot be encrypted now; nothing was changed. %2</source>
        <translation>%1 cannot be encrypted now; nothing was changed. %2</translation>
    </message>
    <message>
        <source>%1 was not encrypted, and it was not changed: %2</source>
        <translation>%1 was not encrypted, and it was not changed: %2</translation>
    </message>
    <message>
        <source>libsodium could not lock memory for the key.</source>
        <translation>libsodium could not lock memory for the key.</translation>
    </message>
    <message>
        <source>the encrypted copy does not hold the same rows.</source>
        <translation>the encrypted copy does not hold the same rows.</translation>
    </message>
    <message>
        <source>the trial changed while it was being encrypted (it is open elsewhere). Close it everywhere and try again.</source>
        <translation>the trial changed while it was being encrypted (it is open elsewhere). Close it everywhere and try again.</translation>
    </message>
    <message>
        <source>the trial is still open elsewhere (%1 remains).</source>
        <translation>the trial is still open elsewhere (%1 remains).</translation>
    </message>
    <message>
        <source>%1 is not encrypted; copy it, or make a backup, instead.</source>
        <translation>%1 is not encrypted; copy it, or make a backup, instead.</translation>
    </message>
    <message>
        <source>A plain copy is recorded in the trial&apos;s audit trail, which cannot be written now, so none was made. %1</source>
        <translation>A plain copy is recorded in the trial&apos;s audit trail, which cannot be written now, so none was made. %1</translation>
    </message>
    <message>
        <source>%1 already exists; a plain copy never overwrites a file. Name a new file.</source>
        <translation>%1 already exists; a plain copy never overwrites a file. Name a new file.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The plain copy to %1 failed: %2</source>
        <translation>The plain copy to %1 failed: %2</translation>
    </message>
    <message>
        <source>The plain copy to %1 failed its check, so it was not kept: %2</source>
        <translation>The plain copy to %1 failed its check, so it was not kept: %2</translation>
    </message>
</context>
<context>
    <name>TrialKeys</name>
    <message>
        <source>The trial is not encrypted, so it has no recovery key.</source>
        <translation>The trial is not encrypted, so it has no recovery key.</translation>
    </message>
    <message>
        <source>This trial has a recovery key already; it is made only once.</source>
        <translation>This trial has a recovery key already; it is made only once.</translation>
    </message>
    <message>
        <source>Only a trial opened with its recovery key can be recovered.</source>
        <translation>Only a trial opened with its recovery key can be recovered.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>There is no user named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The recovery key gives a new password to an active administrator only; &quot;%1&quot; is not one.</source>
        <translation>The recovery key gives a new password to an active administrator only; &quot;%1&quot; is not one.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>User name &quot;%1&quot; is not allowed: use 2-32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>User name &quot;%1&quot; is not allowed: use 2-32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>This trial database already has users; sign in as an administrator to add more.</source>
        <translation>This trial database already has users; sign in as an administrator to add more.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>A user named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>The password could not be hashed.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts for &quot;%1&quot;. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-in attempts for &quot;%1&quot;. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-in attempts for &quot;%1&quot;. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is deactivated.</source>
        <translation>The account &quot;%1&quot; is deactivated.</translation>
    </message>
    <message>
        <source>Only coordinators and therapists work at particular sites; a %1 sees every site.</source>
        <translation>Only coordinators and therapists work at particular sites; a %1 sees every site.</translation>
    </message>
    <message>
        <source>Site %1 does not exist; choose one of the trial&apos;s sites.</source>
        <translation>Site %1 does not exist; choose one of the trial&apos;s sites.</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>User %1 does not exist.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>There is no user named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give a reason for reactivating the account.</source>
        <translation>Give a reason for reactivating the account.</translation>
    </message>
    <message>
        <source>Give a reason for deactivating the account.</source>
        <translation>Give a reason for deactivating the account.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already active.</source>
        <translation>The account &quot;%1&quot; is already active.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already deactivated.</source>
        <translation>The account &quot;%1&quot; is already deactivated.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; ask another administrator.</source>
        <translation>You cannot deactivate your own account; ask another administrator.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and cannot be deactivated.</source>
        <translation>&quot;%1&quot; is the last active administrator and cannot be deactivated.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts for &quot;%1&quot;. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts for &quot;%1&quot;. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts for &quot;%1&quot;. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>The password is wrong.</translation>
    </message>
    <message>
        <source>The signing key of &quot;%1&quot; could not be opened (%2). An administrator can reset the password, which gives a new key.</source>
        <translation>The signing key of &quot;%1&quot; could not be opened (%2). An administrator can reset the password, which gives a new key.</translation>
    </message>
    <message>
        <source>Give a reason for changing the role.</source>
        <translation>Give a reason for changing the role.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a %2; choose another role.</source>
        <translation>&quot;%1&quot; is already a %2; choose another role.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and keeps that role; make another user an administrator first.</source>
        <translation>&quot;%1&quot; is the last active administrator and keeps that role; make another user an administrator first.</translation>
    </message>
    <message>
        <source>You cannot change your own role; ask another administrator.</source>
        <translation>You cannot change your own role; ask another administrator.</translation>
    </message>
    <message>
        <source>A %1 works at chosen sites or at every site: say where &quot;%2&quot; will work (every site, or one or more of the trial&apos;s sites).</source>
        <translation>A %1 works at chosen sites or at every site: say where &quot;%2&quot; will work (every site, or one or more of the trial&apos;s sites).</translation>
    </message>
</context>
<context>
    <name>VisitTimeline</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Partly done</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Not scheduled</translation>
    </message>
</context>
<context>
    <name>WideCsvExport</name>
    <message>
        <source>Wide CSV: one row per participant</source>
        <translation>Wide CSV: one row per participant</translation>
    </message>
</context>
<context>
    <name>WideReader</name>
    <message>
        <source>Reading the participants failed: %1</source>
        <translation>Reading the participants failed: %1</translation>
    </message>
</context>
<context>
    <name>Worklist</name>
    <message>
        <source>Decide eligibility</source>
        <translation>Decide eligibility</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Randomize</source>
        <translation>Randomize</translation>
    </message>
    <message>
        <source>Visit due</source>
        <translation>Visit due</translation>
    </message>
    <message>
        <source>Visit overdue</source>
        <translation>Visit overdue</translation>
    </message>
    <message>
        <source>Review safety alert</source>
        <translation>Review safety alert</translation>
    </message>
    <message>
        <source>Review emergency unblinding</source>
        <translation>Review emergency unblinding</translation>
    </message>
    <message>
        <source>Answer data query</source>
        <translation>Answer data query</translation>
    </message>
    <message>
        <source>Close answered query</source>
        <translation>Close answered query</translation>
    </message>
    <message>
        <source>Key second entry</source>
        <translation>Key second entry</translation>
    </message>
    <message>
        <source>Adjudicate double entry</source>
        <translation>Adjudicate double entry</translation>
    </message>
    <message>
        <source>Extend allocation list</source>
        <translation>Extend allocation list</translation>
    </message>
    <message numerus="yes">
        <source>Stratum %1 has %n allocation list entry(s) left. Extend it before it runs out: trialdesk-cli randomization extend --stratum %1 (on a server a randomization is refused once it has run out).</source>
        <translation>
            <numerusform>Stratum %1 has %n allocation list entry left. Extend it before it runs out: trialdesk-cli randomization extend --stratum %1 (on a server a randomization is refused once it has run out).</numerusform>
            <numerusform>Stratum %1 has %n allocation list entries left. Extend it before it runs out: trialdesk-cli randomization extend --stratum %1 (on a server a randomization is refused once it has run out).</numerusform>
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
        <translation>Deactivate user</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. The account is kept, with their name on everything they did, and can be reactivated later. Say why; the reason is kept in the audit trail.</source>
        <translation>%1 will no longer be able to sign in. The account is kept, with their name on everything they did, and can be reactivated later. Say why; the reason is kept in the audit trail.</translation>
    </message>
    <message>
        <source>e.g. Left the project on 1 March</source>
        <translation>e.g. Left the project on 1 March</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>Reactivate user</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again, with the password they had. Say why; the reason is kept in the audit trail.</source>
        <translation>%1 will be able to sign in again, with the password they had. Say why; the reason is kept in the audit trail.</translation>
    </message>
    <message>
        <source>e.g. Back from leave</source>
        <translation>e.g. Back from leave</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>td::AcknowledgeAlertDialog</name>
    <message>
        <source>Acknowledge safety alert</source>
        <translation>Acknowledge safety alert</translation>
    </message>
    <message>
        <source>%1 for %2, raised %3: %4</source>
        <translation>%1 for %2, raised %3: %4</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;What was done:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Who sees the note: the staff who may see treatment arms (PI, coordinators, therapists, statistician). Blinded outcome assessors see only that the alert was acknowledged, and when, unless you share the note with them; then write nothing that tells the treatment.</source>
        <translation>Who sees the note: the staff who may see treatment arms (PI, coordinators, therapists, statistician). Blinded outcome assessors see only that the alert was acknowledged, and when, unless you share the note with them; then write nothing that tells the treatment.</translation>
    </message>
    <message>
        <source>&amp;Share the note with blinded assessors</source>
        <translation>&amp;Share the note with blinded assessors</translation>
    </message>
    <message>
        <source>Acknowledge and sign</source>
        <translation>Acknowledge and sign</translation>
    </message>
</context>
<context>
    <name>td::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>The person signs in with this user name and password, and sees and does what the role allows. Tell them the password in person.</source>
        <translation>The person signs in with this user name and password, and sees and does what the role allows. Tell them the password in person.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Lower-case, used to sign in; for example anna.berg.</source>
        <translation>Lower-case, used to sign in; for example anna.berg.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>Shown in lists; the user name when left empty</source>
        <translation>Shown in lists; the user name when left empty</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Rep&amp;eat password:</source>
        <translation>Rep&amp;eat password:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>The two passwords differ; type the same password twice.</translation>
    </message>
    <message>
        <source>%1: may %2.</source>
        <translation>%1: may %2.</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>&amp;Sites:</translation>
    </message>
    <message>
        <source>Tick at least one site, or choose All sites.</source>
        <translation>Tick at least one site, or choose All sites.</translation>
    </message>
</context>
<context>
    <name>td::AdministratorPage</name>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>The two passwords differ; type the same password twice.</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>The administrator signs in to the new trial first, adds the other users and can change the protocol.</source>
        <translation>The administrator signs in to the new trial first, adds the other users and can change the protocol.</translation>
    </message>
    <message>
        <source>User names are 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter. The password needs at least %1 characters.</source>
        <translation>User names are 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter. The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Full na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
</context>
<context>
    <name>td::AlertTableModel</name>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Acknowledged by %1 on %2</source>
        <translation>Acknowledged by %1 on %2</translation>
    </message>
    <message>
        <source>Acknowledged on %1</source>
        <translation>Acknowledged on %1</translation>
    </message>
    <message>
        <source>Acknowledged and signed on %1</source>
        <translation>Acknowledged and signed on %1</translation>
    </message>
    <message>
        <source>Acknowledged and signed by %1 on %2</source>
        <translation>Acknowledged and signed by %1 on %2</translation>
    </message>
</context>
<context>
    <name>td::AlertsCard</name>
    <message>
        <source>Open safety alerts</source>
        <translation>Open safety alerts</translation>
    </message>
    <message>
        <source>None waiting for acknowledgement.</source>
        <translation>None waiting for acknowledgement.</translation>
    </message>
    <message numerus="yes">
        <source>The oldest has been open for %Ln day(s) (raised %1).</source>
        <translation>
            <numerusform>The oldest has been open for %Ln day (raised %1).</numerusform>
            <numerusform>The oldest has been open for %Ln days (raised %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ArmGuessDialog</name>
    <message>
        <source>Guess of the treatment arm</source>
        <translation>Guess of the treatment arm</translation>
    </message>
    <message>
        <source>Which treatment do you think this participant receives?</source>
        <translation>Which treatment do you think this participant receives?</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>This checks that the blinding holds. Answer from your impression during the rating; &quot;Don&apos;t know&quot; is a good answer. The guess is recorded once and cannot be changed.</source>
        <translation>This checks that the blinding holds. Answer from your impression during the rating; &quot;Don&apos;t know&quot; is a good answer. The guess is recorded once and cannot be changed.</translation>
    </message>
    <message>
        <source>Record guess</source>
        <translation>Record guess</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>td::ArmSizesCard</name>
    <message>
        <source>Arm sizes</source>
        <translation>Arm sizes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Arm sizes (%1 randomized)</source>
        <translation>Arm sizes (%1 randomized)</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>Randomized</translation>
    </message>
</context>
<context>
    <name>td::ArmsEditor</name>
    <message>
        <source>Arms and session plans</source>
        <translation>Arms and session plans</translation>
    </message>
    <message>
        <source>The treatments participants are randomized to, in what ratio, and the sessions each arm plans.</source>
        <translation>The treatments participants are randomized to, in what ratio, and the sessions each arm plans.</translation>
    </message>
    <message>
        <source>Session p&amp;lan of %1:</source>
        <translation>Session p&amp;lan of %1:</translation>
    </message>
    <message>
        <source>Session p&amp;lan (choose an arm above):</source>
        <translation>Session p&amp;lan (choose an arm above):</translation>
    </message>
    <message>
        <source>One row per arm. The ratio is the arm&apos;s share of the allocation (3, 2 and 1 for 3:2:1); the colour (#rrggbb) marks the arm in charts.</source>
        <translation>One row per arm. The ratio is the arm&apos;s share of the allocation (3, 2 and 1 for 3:2:1); the colour (#rrggbb) marks the arm in charts.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Name (Norwegian)</source>
        <translation>Name (Norwegian)</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Treatment weeks</source>
        <translation>Treatment weeks</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Planned sessions</translation>
    </message>
    <message>
        <source>&amp;Add arm</source>
        <translation>&amp;Add arm</translation>
    </message>
    <message>
        <source>&amp;Remove arm</source>
        <translation>&amp;Remove arm</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Weeks apart</source>
        <translation>Weeks apart</translation>
    </message>
    <message>
        <source>Add &amp;session run</source>
        <translation>Add &amp;session run</translation>
    </message>
    <message>
        <source>Remo&amp;ve run</source>
        <translation>Remo&amp;ve run</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Move u&amp;p</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Arms</translation>
    </message>
</context>
<context>
    <name>td::AssessmentEntryForm</name>
    <message>
        <source>Visit %1 is not in the protocol.</source>
        <translation>Visit %1 is not in the protocol.</translation>
    </message>
    <message>
        <source>Assessment entry</source>
        <translation>Assessment entry</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>Participant %1 · %2</source>
        <translation>Participant %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Date of the assessment:</source>
        <translation>&amp;Date of the assessment:</translation>
    </message>
    <message>
        <source>Type each answer from the paper form: an allowed answer moves on to the next item. NA (or .) marks a missing answer. Backspace on an empty item or Up goes back. Every answer is saved as a draft at once. Ctrl+Enter completes.</source>
        <translation>Type each answer from the paper form: an allowed answer moves on to the next item. NA (or .) marks a missing answer. Backspace on an empty item or Up goes back. Every answer is saved as a draft at once. Ctrl+Enter completes.</translation>
    </message>
    <message>
        <source>Subscales:</source>
        <translation>Subscales:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>Record guess of the arm…</source>
        <translation>Record guess of the arm…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Not entered yet: item %1. Type the answer, or NA where the paper form has none.</source>
        <translation>Not entered yet: item %1. Type the answer, or NA where the paper form has none.</translation>
    </message>
    <message>
        <source>Save changes…</source>
        <translation>Save changes…</translation>
    </message>
    <message>
        <source>Complete (Ctrl+Enter)</source>
        <translation>Complete (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Changed, not saved yet: saving a completed assessment asks for a reason.</source>
        <translation>Changed, not saved yet: saving a completed assessment asks for a reason.</translation>
    </message>
    <message>
        <source>Completed. Your guess of the arm is recorded.</source>
        <translation>Completed. Your guess of the arm is recorded.</translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation>Completed.</translation>
    </message>
    <message>
        <source>Draft: the answers entered so far are saved.</source>
        <translation>Draft: the answers entered so far are saved.</translation>
    </message>
    <message>
        <source>Draft saved at %1: closing the form keeps it.</source>
        <translation>Draft saved at %1: closing the form keeps it.</translation>
    </message>
    <message>
        <source>Nothing saved yet: the first answer starts a draft.</source>
        <translation>Nothing saved yet: the first answer starts a draft.</translation>
    </message>
    <message>
        <source>%1, prorated from %2 of %3 answered items</source>
        <translation>%1, prorated from %2 of %3 answered items</translation>
    </message>
    <message>
        <source>not scorable: %1 of %2 items missing, at most %3 may be</source>
        <translation>not scorable: %1 of %2 items missing, at most %3 may be</translation>
    </message>
    <message>
        <source>%1 so far (%2 of %3 items entered)</source>
        <translation>%1 so far (%2 of %3 items entered)</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 so far</translation>
    </message>
    <message>
        <source>⚠ %1: item %2 is above %3</source>
        <translation>⚠ %1: item %2 is above %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Completed: %1.</source>
        <translation>Completed: %1.</translation>
    </message>
    <message>
        <source>Reliable deterioration</source>
        <translation>Reliable deterioration</translation>
    </message>
    <message>
        <source>Safety alert raised: %1 (%2). It stays open for the PI and the therapist until someone acknowledges it.</source>
        <translation>Safety alert raised: %1 (%2). It stays open for the PI and the therapist until someone acknowledges it.</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <source>Void this assessment with a reason: it is kept in the audit trail and left out of scores and exports.</source>
        <translation>Void this assessment with a reason: it is kept in the audit trail and left out of scores and exports.</translation>
    </message>
    <message>
        <source>%1 of %2 at %3, %4</source>
        <translation>%1 of %2 at %3, %4</translation>
    </message>
    <message>
        <source>Entered outside the visit&apos;s window. Reason: %1</source>
        <translation>Entered outside the visit&apos;s window. Reason: %1</translation>
    </message>
    <message>
        <source>Voided: kept in the audit trail with its reason, left out of scores and exports. Entering this visit again starts a new assessment.</source>
        <translation>Voided: kept in the audit trail with its reason, left out of scores and exports. Entering this visit again starts a new assessment.</translation>
    </message>
    <message>
        <source>Not saved: the date is outside the visit&apos;s window. Change the date, or press Complete to confirm it with a reason.</source>
        <translation>Not saved: the date is outside the visit&apos;s window. Change the date, or press Complete to confirm it with a reason.</translation>
    </message>
    <message>
        <source>Complete with missing answers?</source>
        <translation>Complete with missing answers?</translation>
    </message>
    <message>
        <source>Go back to enter the answers from the paper form, or complete the assessment as it is.</source>
        <translation>Go back to enter the answers from the paper form, or complete the assessment as it is.</translation>
    </message>
    <message>
        <source>Complete, prorated</source>
        <translation>Complete, prorated</translation>
    </message>
    <message>
        <source>Complete as not scorable</source>
        <translation>Complete as not scorable</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Query %1 (%2): %3</source>
        <translation>Query %1 (%2): %3</translation>
    </message>
    <message>
        <source>? Query %1</source>
        <translation>? Query %1</translation>
    </message>
    <message>
        <source>Not asked: shown only if %1</source>
        <translation>Not asked: shown only if %1</translation>
    </message>
</context>
<context>
    <name>td::AssessmentTableModel</name>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Unscheduled</translation>
    </message>
</context>
<context>
    <name>td::AttendanceCard</name>
    <message>
        <source>Session attendance per arm (95% CI)</source>
        <translation>Session attendance per arm (95% CI)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 %3&lt;br&gt;of %Ln planned session(s)</source>
        <extracomment>Under an arm&apos;s attendance bar (two lines): arm code, mean share, interval, plan.</extracomment>
        <translation>
            <numerusform>%1: %2 %3&lt;br&gt;of %Ln planned session</numerusform>
            <numerusform>%1: %2 %3&lt;br&gt;of %Ln planned sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>% of planned sessions</source>
        <translation>% of planned sessions</translation>
    </message>
</context>
<context>
    <name>td::BlindingCard</name>
    <message>
        <source>Blinding index (Bang)</source>
        <translation>Blinding index (Bang)</translation>
    </message>
    <message>
        <source>%1 –</source>
        <translation>%1 –</translation>
    </message>
    <message>
        <source>%1: no guesses recorded.</source>
        <translation>%1: no guesses recorded.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: 95% CI %2 to %3; %4 correct, %5 incorrect, %6 don&apos;t know (n = %7)</source>
        <extracomment>Blinding index of one arm: code, interval, guesses.</extracomment>
        <translation>%1: 95% CI %2 to %3; %4 correct, %5 incorrect, %6 don&apos;t know (n = %7)</translation>
    </message>
    <message>
        <source>0: no sign of unblinding; 1: every guess correct; −1: every guess wrong.</source>
        <translation>0: no sign of unblinding; 1: every guess correct; −1: every guess wrong.</translation>
    </message>
</context>
<context>
    <name>td::ChangeCard</name>
    <message>
        <source>Change in %1, baseline to latest score (Wilson 95% CI)</source>
        <extracomment>Title of the change chart; %1 is the instrument.</extracomment>
        <translation>Change in %1, baseline to latest score (Wilson 95% CI)</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Improved</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Deteriorated</source>
        <translation>Deteriorated</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>% of participants</source>
        <translation>% of participants</translation>
    </message>
</context>
<context>
    <name>td::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>An administrator has reset the password of %1. Choose a new password of your own before you go on; the one you signed in with is the current password.</source>
        <translation>An administrator has reset the password of %1. Choose a new password of your own before you go on; the one you signed in with is the current password.</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>Change the password of %1.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same password twice.</source>
        <translation>The two new passwords differ; type the same password twice.</translation>
    </message>
</context>
<context>
    <name>td::ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>%1 (%2) signs in as before, and from then on sees and does what the new role allows. Say why; the old and new role and the reason are kept in the audit trail.</source>
        <translation>%1 (%2) signs in as before, and from then on sees and does what the new role allows. Say why; the old and new role and the reason are kept in the audit trail.</translation>
    </message>
    <message>
        <source>Current role:</source>
        <translation>Current role:</translation>
    </message>
    <message>
        <source>New &amp;role:</source>
        <translation>New &amp;role:</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>&amp;Sites:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>e.g. Rates the outcomes from 1 March</source>
        <translation>e.g. Rates the outcomes from 1 March</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tick at least one site, or choose All sites.</source>
        <translation>Tick at least one site, or choose All sites.</translation>
    </message>
    <message>
        <source>%1: may %2.</source>
        <translation>%1: may %2.</translation>
    </message>
    <message>
        <source>%1 has been able to see the arms, and remembers what they saw: a blinded role suits someone who never had an unblinded one in this trial.</source>
        <translation>%1 has been able to see the arms, and remembers what they saw: a blinded role suits someone who never had an unblinded one in this trial.</translation>
    </message>
</context>
<context>
    <name>td::ConsentDialog</name>
    <message>
        <source>Consent of %1</source>
        <translation>Consent of %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>&amp;Gave written informed consent</source>
        <translation>&amp;Gave written informed consent</translation>
    </message>
    <message>
        <source>Consent &amp;date:</source>
        <translation>Consent &amp;date:</translation>
    </message>
    <message>
        <source>D&amp;eclined to take part</source>
        <translation>D&amp;eclined to take part</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>as the person gave it, if they did</source>
        <translation>as the person gave it, if they did</translation>
    </message>
    <message>
        <source>Consent dated %1 is recorded for %2, who can then be randomized once the baseline assessment is complete.</source>
        <translation>Consent dated %1 is recorded for %2, who can then be randomized once the baseline assessment is complete.</translation>
    </message>
    <message>
        <source>%1 is recorded as declining and leaves the trial in the CONSORT box &quot;Declined to participate&quot;. This ends the participant&apos;s path in the trial.</source>
        <translation>%1 is recorded as declining and leaves the trial in the CONSORT box &quot;Declined to participate&quot;. This ends the participant&apos;s path in the trial.</translation>
    </message>
    <message>
        <source>Consent &amp;form version:</source>
        <translation>Consent &amp;form version:</translation>
    </message>
    <message>
        <source>e.g. 2.1 of 1 March 2026</source>
        <translation>e.g. 2.1 of 1 March 2026</translation>
    </message>
    <message>
        <source>Write the version of the consent form that was signed.</source>
        <translation>Write the version of the consent form that was signed.</translation>
    </message>
    <message>
        <source>The signed consent form is version %1.</source>
        <translation>The signed consent form is version %1.</translation>
    </message>
</context>
<context>
    <name>td::ConsortPane</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf, .png or .svg.</source>
        <translation>Choose a file name ending in .pdf, .png or .svg.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .pdf or .png.</source>
        <translation>Choose a file name ending in .pdf or .png.</translation>
    </message>
    <message>
        <source>Save the CONSORT diagram</source>
        <translation>Save the CONSORT diagram</translation>
    </message>
    <message>
        <source>consort.pdf</source>
        <translation>consort.pdf</translation>
    </message>
    <message>
        <source>CONSORT flow diagram</source>
        <translation>CONSORT flow diagram</translation>
    </message>
    <message>
        <source>Save diagram…</source>
        <translation>Save diagram…</translation>
    </message>
    <message>
        <source>Save the diagram as a PDF document or a picture, readable by you only</source>
        <translation>Save the diagram as a PDF document or a picture, readable by you only</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Preview the diagram on paper and print it</source>
        <translation>Preview the diagram on paper and print it</translation>
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
        <translation>CONSORT 2010 flow diagram</translation>
    </message>
    <message>
        <source>CONSORT flow diagram</source>
        <translation>CONSORT flow diagram</translation>
    </message>
    <message>
        <source>No counts loaded yet.</source>
        <translation>No counts loaded yet.</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Assessed for eligibility (n=%1)</source>
        <translation>Assessed for eligibility (n=%1)</translation>
    </message>
    <message>
        <source>Excluded (n=%1)</source>
        <translation>Excluded (n=%1)</translation>
    </message>
    <message>
        <source>Not meeting inclusion criteria (n=%1)</source>
        <translation>Not meeting inclusion criteria (n=%1)</translation>
    </message>
    <message>
        <source>Declined to participate (n=%1)</source>
        <translation>Declined to participate (n=%1)</translation>
    </message>
    <message>
        <source>Other reasons (n=%1)</source>
        <translation>Other reasons (n=%1)</translation>
    </message>
    <message>
        <source>Awaiting decision (n=%1)</source>
        <translation>Awaiting decision (n=%1)</translation>
    </message>
    <message>
        <source>Eligibility not yet decided (n=%1)</source>
        <translation>Eligibility not yet decided (n=%1)</translation>
    </message>
    <message>
        <source>Eligible, consent not yet decided (n=%1)</source>
        <translation>Eligible, consent not yet decided (n=%1)</translation>
    </message>
    <message>
        <source>Consented, not yet randomized (n=%1)</source>
        <translation>Consented, not yet randomized (n=%1)</translation>
    </message>
    <message>
        <source>Randomized (n=%1)</source>
        <translation>Randomized (n=%1)</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Allocated to %1 (n=%2)</source>
        <translation>Allocated to %1 (n=%2)</translation>
    </message>
    <message>
        <source>Received allocated intervention (n=%1)</source>
        <translation>Received allocated intervention (n=%1)</translation>
    </message>
    <message>
        <source>Did not receive allocated intervention (n=%1)</source>
        <translation>Did not receive allocated intervention (n=%1)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Lost to follow-up (n=%1)</source>
        <translation>Lost to follow-up (n=%1)</translation>
    </message>
    <message>
        <source>Discontinued intervention (n=%1)</source>
        <translation>Discontinued intervention (n=%1)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Analysed (n=%1)</source>
        <translation>Analysed (n=%1)</translation>
    </message>
    <message>
        <source>Excluded from analysis (n=%1)</source>
        <translation>Excluded from analysis (n=%1)</translation>
    </message>
    <message numerus="yes">
        <source>Analysed: at least %Ln completed post-baseline assessment(s) of %1.</source>
        <translation>
            <numerusform>Analysed: at least %Ln completed post-baseline assessment of %1.</numerusform>
            <numerusform>Analysed: at least %Ln completed post-baseline assessments of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The diagram could not be saved as %1.</source>
        <translation>The diagram could not be saved as %1.</translation>
    </message>
    <message>
        <source>This build cannot save SVG (Qt Svg was not found); save as PDF or PNG.</source>
        <translation>This build cannot save SVG (Qt Svg was not found); save as PDF or PNG.</translation>
    </message>
</context>
<context>
    <name>td::CovariateInputs</name>
    <message>
        <source>The protocol records no covariates.</source>
        <translation>The protocol records no covariates.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>required before randomization</source>
        <translation>required before randomization</translation>
    </message>
</context>
<context>
    <name>td::CovariateValueModel</name>
    <message>
        <source>Covariate</source>
        <translation>Covariate</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Before randomization</source>
        <translation>Before randomization</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>td::CovariatesDialog</name>
    <message>
        <source>Covariates of %1</source>
        <translation>Covariates of %1</translation>
    </message>
    <message>
        <source>Save covariates</source>
        <translation>Save covariates</translation>
    </message>
    <message>
        <source>Covariates</source>
        <translation>Covariates</translation>
    </message>
    <message>
        <source>&amp;Reason for a correction:</source>
        <translation>&amp;Reason for a correction:</translation>
    </message>
    <message>
        <source>Needed when a recorded value changes; it goes into the audit trail. A recorded value is corrected, never erased.</source>
        <translation>Needed when a recorded value changes; it goes into the audit trail. A recorded value is corrected, never erased.</translation>
    </message>
    <message>
        <source>Nothing changes: enter or correct a value first.</source>
        <translation>Nothing changes: enter or correct a value first.</translation>
    </message>
    <message>
        <source>%1: %2 is recorded.</source>
        <translation>%1: %2 is recorded.</translation>
    </message>
    <message>
        <source>%1: %2 is corrected to %3.</source>
        <translation>%1: %2 is corrected to %3.</translation>
    </message>
    <message>
        <source>A recorded value changes: write the reason first, it is required.</source>
        <translation>A recorded value changes: write the reason first, it is required.</translation>
    </message>
    <message>
        <source>Still needed before randomization: %1.</source>
        <translation>Still needed before randomization: %1.</translation>
    </message>
</context>
<context>
    <name>td::CovariatesEditor</name>
    <message>
        <source>Covariates and eligibility</source>
        <translation>Covariates and eligibility</translation>
    </message>
    <message>
        <source>What is recorded about each participant before randomization, and the criteria that make a person eligible.</source>
        <translation>What is recorded about each participant before randomization, and the criteria that make a person eligible.</translation>
    </message>
    <message>
        <source>C&amp;hoices of %1:</source>
        <translation>C&amp;hoices of %1:</translation>
    </message>
    <message>
        <source>C&amp;hoices (for a covariate of the type Choice, chosen above):</source>
        <translation>C&amp;hoices (for a covariate of the type Choice, chosen above):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; leave it empty for no limit</source>
        <translation>&quot;%1&quot; is not a number; leave it empty for no limit</translation>
    </message>
    <message>
        <source>&amp;Covariates: min and max only for numbers; tick &quot;Required&quot; when randomization needs the value.</source>
        <translation>&amp;Covariates: min and max only for numbers; tick &quot;Required&quot; when randomization needs the value.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Name (Norwegian)</source>
        <translation>Name (Norwegian)</translation>
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
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>&amp;Add covariate</source>
        <translation>&amp;Add covariate</translation>
    </message>
    <message>
        <source>&amp;Remove covariate</source>
        <translation>&amp;Remove covariate</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <source>Label (Norwegian)</source>
        <translation>Label (Norwegian)</translation>
    </message>
    <message>
        <source>Add ch&amp;oice</source>
        <translation>Add ch&amp;oice</translation>
    </message>
    <message>
        <source>Remo&amp;ve choice</source>
        <translation>Remo&amp;ve choice</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Move u&amp;p</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Eligibility criteria, asked in this order at screening:</source>
        <translation>&amp;Eligibility criteria, asked in this order at screening:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation>Text (English)</translation>
    </message>
    <message>
        <source>Text (Norwegian)</source>
        <translation>Text (Norwegian)</translation>
    </message>
    <message>
        <source>Add criter&amp;ion</source>
        <translation>Add criter&amp;ion</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Remove criterion</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Covariates</source>
        <translation>Covariates</translation>
    </message>
</context>
<context>
    <name>td::CriteriaAnswerModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Applies</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>This inclusion criterion is not met.</source>
        <translation>This inclusion criterion is not met.</translation>
    </message>
    <message>
        <source>This exclusion criterion applies.</source>
        <translation>This exclusion criterion applies.</translation>
    </message>
</context>
<context>
    <name>td::CriteriaAnswers</name>
    <message>
        <source>The protocol has no eligibility criteria.</source>
        <translation>The protocol has no eligibility criteria.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <source>Yes: the person meets this inclusion criterion.</source>
        <translation>Yes: the person meets this inclusion criterion.</translation>
    </message>
    <message>
        <source>Yes: this exclusion criterion applies to the person.</source>
        <translation>Yes: this exclusion criterion applies to the person.</translation>
    </message>
    <message>
        <source>Answered at an earlier step; an answer is not changed once given.</source>
        <translation>Answered at an earlier step; an answer is not changed once given.</translation>
    </message>
</context>
<context>
    <name>td::DashboardView</name>
    <message>
        <source>The dashboard could not be saved as %1.</source>
        <translation>The dashboard could not be saved as %1.</translation>
    </message>
    <message>
        <source>PI dashboard</source>
        <translation>PI dashboard</translation>
    </message>
    <message>
        <source>PI dashboard, %1</source>
        <translation>PI dashboard, %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Nothing is loaded yet.</source>
        <translation>Nothing is loaded yet.</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Recruitment</translation>
    </message>
    <message>
        <source>Screening funnel</source>
        <translation>Screening funnel</translation>
    </message>
    <message>
        <source>Open safety alerts</source>
        <translation>Open safety alerts</translation>
    </message>
    <message>
        <source>Arm sizes</source>
        <translation>Arm sizes</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Session attendance</source>
        <translation>Session attendance</translation>
    </message>
    <message>
        <source>Mean trajectory</source>
        <translation>Mean trajectory</translation>
    </message>
    <message>
        <source>Change classes</source>
        <translation>Change classes</translation>
    </message>
    <message>
        <source>Effect size</source>
        <translation>Effect size</translation>
    </message>
    <message>
        <source>Blinding index</source>
        <translation>Blinding index</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>The instrument of the retention, trajectory, change and effect size cards</source>
        <translation>The instrument of the retention, trajectory, change and effect size cards</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Could not be computed: %1</source>
        <translation>Could not be computed: %1</translation>
    </message>
    <message>
        <source>Save the dashboard as PNG</source>
        <translation>Save the dashboard as PNG</translation>
    </message>
    <message>
        <source>dashboard.png</source>
        <translation>dashboard.png</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Save the dashboard</source>
        <translation>Save the dashboard</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Save the dashboard as PDF</translation>
    </message>
    <message>
        <source>dashboard.pdf</source>
        <translation>dashboard.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Closed DMC report…</source>
        <translation>Closed DMC report…</translation>
    </message>
    <message>
        <source>Save the closed report for the data monitoring committee as PDF: the outcomes compared between the arms. Making it is recorded in the audit trail.</source>
        <translation>Save the closed report for the data monitoring committee as PDF: the outcomes compared between the arms. Making it is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Save the closed DMC report</source>
        <translation>Save the closed DMC report</translation>
    </message>
    <message>
        <source>dmc-report-%1.pdf</source>
        <extracomment>Suggested file name of the closed DMC report; %1 is today&apos;s date (ISO).</extracomment>
        <translation>dmc-report-%1.pdf</translation>
    </message>
    <message>
        <source>Closed DMC report</source>
        <translation>Closed DMC report</translation>
    </message>
    <message>
        <source>The closed DMC report was saved as %1. The audit trail records that you made it.</source>
        <translation>The closed DMC report was saved as %1. The audit trail records that you made it.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Preview the dashboard on paper and print it</source>
        <translation>Preview the dashboard on paper and print it</translation>
    </message>
    <message>
        <source>Data quality: %1</source>
        <translation>Data quality: %1</translation>
    </message>
</context>
<context>
    <name>td::DataLockView</name>
    <message>
        <source>The whole trial</source>
        <translation>The whole trial</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>Visit %1 of %2</source>
        <translation>Visit %1 of %2</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Lifted by %1 on %2: %3</source>
        <translation>Lifted by %1 on %2: %3</translation>
    </message>
    <message>
        <source>%1, %2 (audit row %3)</source>
        <translation>%1, %2 (audit row %3)</translation>
    </message>
    <message>
        <source>The trial&apos;s data are locked: no change is accepted.</source>
        <translation>The trial&apos;s data are locked: no change is accepted.</translation>
    </message>
    <message>
        <source>The trial&apos;s data are not locked.</source>
        <translation>The trial&apos;s data are not locked.</translation>
    </message>
    <message>
        <source>Lock the data for the analysis: the whole trial, one participant or one visit. While a lock is in force no change to those data is accepted, from the window or the command line. Locking and unlocking need a reason and your electronic signature; both are kept, with the point of the audit trail the lock was made at, and the exports say whether the trial was locked.</source>
        <translation>Lock the data for the analysis: the whole trial, one participant or one visit. While a lock is in force no change to those data is accepted, from the window or the command line. Locking and unlocking need a reason and your electronic signature; both are kept, with the point of the audit trail the lock was made at, and the exports say whether the trial was locked.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Locked by, when</source>
        <translation>Locked by, when</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>One participant</source>
        <translation>One participant</translation>
    </message>
    <message>
        <source>One visit of a participant</source>
        <translation>One visit of a participant</translation>
    </message>
    <message>
        <source>&amp;Lock:</source>
        <translation>&amp;Lock:</translation>
    </message>
    <message>
        <source>&amp;Study ID:</source>
        <translation>&amp;Study ID:</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Visit:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Why the data are locked or unlocked (kept in the audit trail)</source>
        <translation>Why the data are locked or unlocked (kept in the audit trail)</translation>
    </message>
    <message>
        <source>Lock and sign</source>
        <translation>Lock and sign</translation>
    </message>
    <message>
        <source>&amp;Unlock the selected lock and sign</source>
        <translation>&amp;Unlock the selected lock and sign</translation>
    </message>
    <message>
        <source>query %1 (%2, %3 at %4)</source>
        <translation>query %1 (%2, %3 at %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n data queries are still open on these data; the oldest: %1. Close them first, or lock with them.</source>
        <translation>
            <numerusform>%n data query is still open on these data: %1. Close it first, or lock with it.</numerusform>
            <numerusform>%n data queries are still open on these data; the oldest: %1. Close them first, or lock with them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock with the open &amp;queries (they stay open and can still be answered)</source>
        <translation>Lock with the open &amp;queries (they stay open and can still be answered)</translation>
    </message>
</context>
<context>
    <name>td::DataQualityCard</name>
    <message>
        <source>Open data queries</source>
        <translation>Open data queries</translation>
    </message>
    <message>
        <source>%1: %2 open, %3 answered</source>
        <translation>%1: %2 open, %3 answered</translation>
    </message>
    <message>
        <source>%1 of forms received, %2 overdue</source>
        <translation>%1 of forms received, %2 overdue</translation>
    </message>
    <message>
        <source>%1 source-verified</source>
        <translation>%1 source-verified</translation>
    </message>
</context>
<context>
    <name>td::DataQualityView</name>
    <message numerus="yes">
        <source>Queries (%Ln open)</source>
        <translation>
            <numerusform>Queries (%Ln open)</numerusform>
            <numerusform>Queries (%Ln open)</numerusform>
        </translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Queries</translation>
    </message>
    <message numerus="yes">
        <source>Missing forms (%Ln overdue)</source>
        <translation>
            <numerusform>Missing forms (%Ln overdue)</numerusform>
            <numerusform>Missing forms (%Ln overdue)</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing forms</source>
        <translation>Missing forms</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Data quality</translation>
    </message>
    <message numerus="yes">
        <source>Double entry (%Ln to adjudicate)</source>
        <translation>
            <numerusform>Double entry (%Ln to adjudicate)</numerusform>
            <numerusform>Double entry (%Ln to adjudicate)</numerusform>
        </translation>
    </message>
    <message>
        <source>Double entry</source>
        <translation>Double entry</translation>
    </message>
    <message>
        <source>Source verification</source>
        <translation>Source verification</translation>
    </message>
</context>
<context>
    <name>td::DataToolsView</name>
    <message>
        <source>Unknown export format &quot;%1&quot;; the formats are: %2.</source>
        <translation>Unknown export format &quot;%1&quot;; the formats are: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file contains the arms.</source>
        <translation>The file contains the arms.</translation>
    </message>
    <message>
        <source>The file contains no arms.</source>
        <translation>The file contains no arms.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Backup saved and verified: %1</source>
        <translation>Backup saved and verified: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Trial backups (*.sqlite)</source>
        <translation>Trial backups (*.sqlite)</translation>
    </message>
    <message>
        <source>Replace the open trial with the backup %1?

The trial closes, the backup is checked, and the current file is kept beside it under a new name (nothing is deleted). You then sign in again.</source>
        <translation>Replace the open trial with the backup %1?

The trial closes, the backup is checked, and the current file is kept beside it under a new name (nothing is deleted). You then sign in again.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export for analysis</source>
        <translation>Export for analysis</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Keep the last:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>Back up &amp;automatically when TrialDesk closes</source>
        <translation>Back up &amp;automatically when TrialDesk closes</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation>&amp;Verify the audit trail</translation>
    </message>
    <message>
        <source>&amp;Blinded data set (no arm, sessions, treatment phases or unblinded staff names)</source>
        <translation>&amp;Blinded data set (no arm, sessions, treatment phases or unblinded staff names)</translation>
    </message>
    <message>
        <source>Every change is chained to the one before it, and every save is signed by the person who made it. The check recomputes the chain, verifies the signatures against the keys the trail recorded, names the first row that does not fit, and replays the trail against every value of the clinical tables.</source>
        <translation>Every change is chained to the one before it, and every save is signed by the person who made it. The check recomputes the chain, verifies the signatures against the keys the trail recorded, names the first row that does not fit, and replays the trail against every value of the clinical tables.</translation>
    </message>
    <message>
        <source>The trial file is in order (%1% of its data pages out of order); there is nothing to compact.</source>
        <translation>The trial file is in order (%1% of its data pages out of order); there is nothing to compact.</translation>
    </message>
    <message>
        <source>Trial file compacted: %1% of its data pages were out of order, now %2%. Screens read it faster on a cold start.</source>
        <translation>Trial file compacted: %1% of its data pages were out of order, now %2%. Screens read it faster on a cold start.</translation>
    </message>
    <message>
        <source>&amp;Compact the trial file</source>
        <translation>&amp;Compact the trial file</translation>
    </message>
    <message>
        <source>Rewrites the trial file with each table in consecutive pages, so screens read it faster after years of changes. Audited; the file stays as it was if it fails.</source>
        <translation>Rewrites the trial file with each table in consecutive pages, so screens read it faster after years of changes. Audited; the file stays as it was if it fails.</translation>
    </message>
    <message>
        <source>It is not encrypted and only you can read it.</source>
        <translation>It is not encrypted and only you can read it.</translation>
    </message>
    <message>
        <source>The backup is encrypted. Your password when it was made, or the trial&apos;s recovery key:</source>
        <translation>The backup is encrypted. Your password when it was made, or the trial&apos;s recovery key:</translation>
    </message>
    <message>
        <source>Nothing was restored: neither your password nor a recovery key opens the encrypted backup %1.</source>
        <translation>Nothing was restored: neither your password nor a recovery key opens the encrypted backup %1.</translation>
    </message>
    <message>
        <source>An export is not encrypted, although the trial is: analysis programs read it as plain text. It is written readable by you only; keep it where only those who may read the trial&apos;s data can.</source>
        <translation>An export is not encrypted, although the trial is: analysis programs read it as plain text. It is written readable by you only; keep it where only those who may read the trial&apos;s data can.</translation>
    </message>
    <message>
        <source>An export is not encrypted: analysis programs read it as plain text. It is written readable by you only.</source>
        <translation>An export is not encrypted: analysis programs read it as plain text. It is written readable by you only.</translation>
    </message>
    <message>
        <source>Backups are encrypted like the trial: they open with the passwords of the time of the backup or the recovery key.</source>
        <translation>Backups are encrypted like the trial: they open with the passwords of the time of the backup or the recovery key.</translation>
    </message>
    <message>
        <source>This trial is not encrypted, and neither are its backups.</source>
        <translation>This trial is not encrypted, and neither are its backups.</translation>
    </message>
</context>
<context>
    <name>td::DoubleEntryPanel</name>
    <message>
        <source>Choose a difference first.</source>
        <translation>Choose a difference first.</translation>
    </message>
    <message>
        <source>Adjudicated value</source>
        <translation>Adjudicated value</translation>
    </message>
    <message>
        <source>%1, %2, %3 item %4: the value on the source document (first entry &quot;%5&quot;, second entry &quot;%6&quot;):</source>
        <translation>%1, %2, %3 item %4: the value on the source document (first entry &quot;%5&quot;, second entry &quot;%6&quot;):</translation>
    </message>
    <message>
        <source>Differences awaiting adjudication: %1</source>
        <translation>Differences awaiting adjudication: %1</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>First entry</translation>
    </message>
    <message>
        <source>Second entry</source>
        <translation>Second entry</translation>
    </message>
    <message>
        <source>First keyed by</source>
        <translation>First keyed by</translation>
    </message>
    <message>
        <source>Second keyed by</source>
        <translation>Second keyed by</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>optional, e.g. what the paper form shows</source>
        <translation>optional, e.g. what the paper form shows</translation>
    </message>
    <message>
        <source>Take &amp;first entry</source>
        <translation>Take &amp;first entry</translation>
    </message>
    <message>
        <source>Take s&amp;econd entry</source>
        <translation>Take s&amp;econd entry</translation>
    </message>
    <message>
        <source>&amp;Other value...</source>
        <translation>&amp;Other value...</translation>
    </message>
    <message>
        <source>Forms keyed once, awaiting the second entry: %1</source>
        <translation>Forms keyed once, awaiting the second entry: %1</translation>
    </message>
    <message>
        <source>&amp;Key second entry...</source>
        <translation>&amp;Key second entry...</translation>
    </message>
    <message>
        <source>Agreement of the two entries</source>
        <translation>Agreement of the two entries</translation>
    </message>
    <message>
        <source>Instrument or person</source>
        <translation>Instrument or person</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Fields keyed</source>
        <translation>Fields keyed</translation>
    </message>
    <message>
        <source>Discrepant</source>
        <translation>Discrepant</translation>
    </message>
    <message>
        <source>Per 10,000 fields</source>
        <translation>Per 10,000 fields</translation>
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
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Shortcut in the table: %1</source>
        <translation>Shortcut in the table: %1</translation>
    </message>
</context>
<context>
    <name>td::EditUserDialog</name>
    <message>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>Shown in lists; the user name when left empty</source>
        <translation>Shown in lists; the user name when left empty</translation>
    </message>
    <message>
        <source>&amp;Sites:</source>
        <translation>&amp;Sites:</translation>
    </message>
    <message>
        <source>The participants of these sites are the ones they see and work with.</source>
        <translation>The participants of these sites are the ones they see and work with.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tick at least one site, or choose All sites.</source>
        <translation>Tick at least one site, or choose All sites.</translation>
    </message>
    <message>
        <source>Change the name shown for %1 (%2) and where they work. The user name stays; the role changes with Change role…. Every change is recorded in the audit trail.</source>
        <translation>Change the name shown for %1 (%2) and where they work. The user name stays; the role changes with Change role…. Every change is recorded in the audit trail.</translation>
    </message>
</context>
<context>
    <name>td::EffectSizeCard</name>
    <message>
        <source>Effect size at the endpoint</source>
        <translation>Effect size at the endpoint</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Effect size, %1 at %2</source>
        <extracomment>Effect size heading: instrument and the endpoint visit.</extracomment>
        <translation>Effect size, %1 at %2</translation>
    </message>
    <message>
        <source>%1: mean %2 (SD %3, n = %4)</source>
        <extracomment>One arm at the endpoint: code, mean, SD, n.</extracomment>
        <translation>%1: mean %2 (SD %3, n = %4)</translation>
    </message>
    <message>
        <source>d = %1</source>
        <translation>d = %1</translation>
    </message>
    <message>
        <source>95% CI %1 to %2; Hedges&apos; g = %3</source>
        <translation>95% CI %1 to %2; Hedges&apos; g = %3</translation>
    </message>
    <message>
        <source>d = –</source>
        <translation>d = –</translation>
    </message>
    <message>
        <source>Too few scores at this visit to compare the arms.</source>
        <translation>Too few scores at this visit to compare the arms.</translation>
    </message>
    <message>
        <source>d = %1 − %2 over the pooled SD; negative: lower scores in %1.</source>
        <extracomment>How to read d: %1 and %2 are arm codes.</extracomment>
        <translation>d = %1 − %2 over the pooled SD; negative: lower scores in %1.</translation>
    </message>
</context>
<context>
    <name>td::EligibilityDialog</name>
    <message>
        <source>Eligibility of %1</source>
        <translation>Eligibility of %1</translation>
    </message>
    <message>
        <source>Record eligibility</source>
        <translation>Record eligibility</translation>
    </message>
    <message>
        <source>&amp;Eligible: meets every inclusion and no exclusion criterion</source>
        <translation>&amp;Eligible: meets every inclusion and no exclusion criterion</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>%1 is marked eligible. Consent (or declining) is recorded next.</source>
        <translation>%1 is marked eligible. Consent (or declining) is recorded next.</translation>
    </message>
    <message>
        <source>&amp;Answer the eligibility criteria</source>
        <translation>&amp;Answer the eligibility criteria</translation>
    </message>
    <message>
        <source>Does each criterion apply to the person?</source>
        <translation>Does each criterion apply to the person?</translation>
    </message>
    <message>
        <source>&amp;Not eligible for other reasons</source>
        <translation>&amp;Not eligible for other reasons</translation>
    </message>
    <message>
        <source>e.g. cannot attend weekly sessions</source>
        <translation>e.g. cannot attend weekly sessions</translation>
    </message>
    <message>
        <source>%1 is eligible. Consent (or declining) is recorded next.</source>
        <translation>%1 is eligible. Consent (or declining) is recorded next.</translation>
    </message>
    <message>
        <source>%1 is not eligible (%2) and leaves the trial in the CONSORT box &quot;Excluded&quot;.</source>
        <translation>%1 is not eligible (%2) and leaves the trial in the CONSORT box &quot;Excluded&quot;.</translation>
    </message>
    <message>
        <source>The answers are recorded. %1 stays screened until every criterion is answered.</source>
        <translation>The answers are recorded. %1 stays screened until every criterion is answered.</translation>
    </message>
    <message>
        <source>%1 is marked not eligible for other reasons and leaves the trial in the CONSORT box &quot;Excluded&quot;. Write the reason first: it is required.</source>
        <translation>%1 is marked not eligible for other reasons and leaves the trial in the CONSORT box &quot;Excluded&quot;. Write the reason first: it is required.</translation>
    </message>
    <message>
        <source>%1 is marked not eligible (other reasons: %2) and leaves the trial in the CONSORT box &quot;Excluded&quot;. This ends the participant&apos;s path in the trial.</source>
        <translation>%1 is marked not eligible (other reasons: %2) and leaves the trial in the CONSORT box &quot;Excluded&quot;. This ends the participant&apos;s path in the trial.</translation>
    </message>
    <message>
        <source>Answer the criteria not answered at screening.</source>
        <translation>Answer the criteria not answered at screening.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) are recorded; %1 stays screened until the other criteria are answered too.</source>
        <translation>
            <numerusform>%Ln answer is recorded; %1 stays screened until the other criteria are answered too.</numerusform>
            <numerusform>%Ln answers are recorded; %1 stays screened until the other criteria are answered too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) are recorded, and with every criterion answered the eligibility of %1 is decided: eligible when every inclusion criterion is met and no exclusion criterion applies, else not eligible. Answers are not changed once given.</source>
        <translation>
            <numerusform>%Ln answer is recorded, and with every criterion answered the eligibility of %1 is decided: eligible when every inclusion criterion is met and no exclusion criterion applies, else not eligible. Answers are not changed once given.</numerusform>
            <numerusform>%Ln answers are recorded, and with every criterion answered the eligibility of %1 is decided: eligible when every inclusion criterion is met and no exclusion criterion applies, else not eligible. Answers are not changed once given.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::EmergencyUnblindDialog</name>
    <message numerus="yes">
        <source>Required: at least %1 characters (%Ln more to go).</source>
        <translation>
            <numerusform>Required: at least %1 characters (%Ln more to go).</numerusform>
            <numerusform>Required: at least %1 characters (%Ln more to go).</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason goes to the audit trail and to the principal investigator.</source>
        <translation>The reason goes to the audit trail and to the principal investigator.</translation>
    </message>
    <message>
        <source>Write a reason of at least %1 characters and tick the confirmation first.</source>
        <translation>Write a reason of at least %1 characters and tick the confirmation first.</translation>
    </message>
    <message>
        <source>Emergency unblinding</source>
        <translation>Emergency unblinding</translation>
    </message>
    <message>
        <source>Emergency unblinding of %1</source>
        <translation>Emergency unblinding of %1</translation>
    </message>
    <message>
        <source>The treatment arm will be shown to you only, and only for this participant.</source>
        <translation>The treatment arm will be shown to you only, and only for this participant.</translation>
    </message>
    <message>
        <source>Your reason, your name and the time go to the audit trail.</source>
        <translation>Your reason, your name and the time go to the audit trail.</translation>
    </message>
    <message>
        <source>The principal investigator is told and reviews the unblinding.</source>
        <translation>The principal investigator is told and reviews the unblinding.</translation>
    </message>
    <message>
        <source>You should normally stop rating this participant: let another blinded assessor do the ratings.</source>
        <translation>You should normally stop rating this participant: let another blinded assessor do the ratings.</translation>
    </message>
    <message>
        <source>Use this only when the treatment must be known, for example to manage a serious adverse event. What happens:</source>
        <translation>Use this only when the treatment must be known, for example to manage a serious adverse event. What happens:</translation>
    </message>
    <message>
        <source>&amp;Reason for unblinding:</source>
        <translation>&amp;Reason for unblinding:</translation>
    </message>
    <message>
        <source>For example: serious adverse event; the treating physician needs the arm</source>
        <translation>For example: serious adverse event; the treating physician needs the arm</translation>
    </message>
    <message>
        <source>I &amp;understand that I will be unblinded for this participant</source>
        <translation>I &amp;understand that I will be unblinded for this participant</translation>
    </message>
    <message>
        <source>Unblind</source>
        <translation>Unblind</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>The data collected may still be used.</translation>
    </message>
    <message>
        <source>The data collected are not to be used.</source>
        <translation>The data collected are not to be used.</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>Eligibility criteria</translation>
    </message>
    <message>
        <source>Covariates</source>
        <translation>Covariates</translation>
    </message>
</context>
<context>
    <name>td::FactorTable</name>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Code in the protocol: %1</source>
        <translation>Code in the protocol: %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Severity: %1 total at %2, cut at %3</source>
        <translation>Severity: %1 total at %2, cut at %3</translation>
    </message>
    <message>
        <source>Severity: %1 total at baseline, cut at %2</source>
        <translation>Severity: %1 total at baseline, cut at %2</translation>
    </message>
    <message>
        <source>Covariate: %1, cut at %2</source>
        <translation>Covariate: %1, cut at %2</translation>
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
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>The trial file, its log and its backups are encrypted: they open only with a user&apos;s password or the recovery key. Exports for analysis are not encrypted.</source>
        <translation>The trial file, its log and its backups are encrypted: they open only with a user&apos;s password or the recovery key. Exports for analysis are not encrypted.</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Not encrypted</translation>
    </message>
    <message>
        <source>Anyone who copies this trial file can read it with any SQLite program. An administrator can encrypt it (File menu).</source>
        <translation>Anyone who copies this trial file can read it with any SQLite program. An administrator can encrypt it (File menu).</translation>
    </message>
    <message>
        <source>&amp;Encrypt this trial file…</source>
        <translation>&amp;Encrypt this trial file…</translation>
    </message>
    <message>
        <source>Make the &amp;recovery key…</source>
        <translation>Make the &amp;recovery key…</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Encrypt this trial file</source>
        <translation>Encrypt this trial file</translation>
    </message>
    <message>
        <source>The trial file will be encrypted in place: a checked, encrypted copy takes its place and the plain file is not kept. Only you can open it at first; every other user opens it once you give them a new password (Users). Backups and exports made before stay unencrypted. The window closes and you sign in again.</source>
        <translation>The trial file will be encrypted in place: a checked, encrypted copy takes its place and the plain file is not kept. Only you can open it at first; every other user opens it once you give them a new password (Users). Backups and exports made before stay unencrypted. The window closes and you sign in again.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Your password (it will open the encrypted file):</source>
        <translation>Your password (it will open the encrypted file):</translation>
    </message>
</context>
<context>
    <name>td::FirstAdministratorDialog</name>
    <message>
        <source>New trial database</source>
        <translation>New trial database</translation>
    </message>
    <message>
        <source>This trial database is new. Create its administrator, who then adds the other users and sets up the protocol.</source>
        <translation>This trial database is new. Create its administrator, who then adds the other users and sets up the protocol.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>The two passwords differ; type the same password twice.</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>td::FunnelCard</name>
    <message>
        <source>Screening funnel</source>
        <translation>Screening funnel</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>Randomized</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Consented</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
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
        <translation>What happened</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>What will happen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>td::ImportMenu</name>
    <message>
        <source>ODM XML files (*.xml)</source>
        <translation>ODM XML files (*.xml)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Assessments from a long CSV…</source>
        <translation>&amp;Assessments from a long CSV…</translation>
    </message>
    <message>
        <source>&amp;REDCap data dictionary as a new instrument…</source>
        <translation>&amp;REDCap data dictionary as a new instrument…</translation>
    </message>
    <message>
        <source>CDISC &amp;ODM clinical data…</source>
        <translation>CDISC &amp;ODM clinical data…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>REDCap re&amp;cords (a data export)…</source>
        <translation>REDCap re&amp;cords (a data export)…</translation>
    </message>
    <message>
        <source>Missing data codes</source>
        <translation>Missing data codes</translation>
    </message>
    <message>
        <source>Codes that mean &quot;missing&quot; in this dictionary (REDCap&apos;s missing data codes, such as -1 for &quot;Don&apos;t know&quot; and 99 for &quot;Not applicable&quot;), separated by commas. They are kept as answers but not counted as values. Leave empty for none; a field&apos;s @MISSING action tag adds its own.</source>
        <translation>Codes that mean &quot;missing&quot; in this dictionary (REDCap&apos;s missing data codes, such as -1 for &quot;Don&apos;t know&quot; and 99 for &quot;Not applicable&quot;), separated by commas. They are kept as answers but not counted as values. Leave empty for none; a field&apos;s @MISSING action tag adds its own.</translation>
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
        <translation>Nothing was imported from %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 of %2 %3 from %4. Every record is in the audit trail, naming the file.</source>
        <translation>Imported %1 of %2 %3 from %4. Every record is in the audit trail, naming the file.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>whole file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-problems</translation>
    </message>
    <message>
        <source>Save the list of problems</source>
        <translation>Save the list of problems</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The list is saved in %1.</source>
        <translation>The list is saved in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in %1. The whole file is refused when any line is wrong; correct these lines and import the file again.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln problem in %1. The whole file is refused when any line is wrong; correct this line and import the file again.</numerusform>
            <numerusform>Nothing was imported: %Ln problems in %1. The whole file is refused when any line is wrong; correct these lines and import the file again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save the list…</source>
        <translation>&amp;Save the list…</translation>
    </message>
    <message>
        <source>%1 more problems were counted, not listed.</source>
        <translation>%1 more problems were counted, not listed.</translation>
    </message>
    <message>
        <source>Skipped, each with why: %1 (listed below).</source>
        <translation>Skipped, each with why: %1 (listed below).</translation>
    </message>
    <message>
        <source>The first %1 are listed here; the other %2 were counted, not listed.</source>
        <translation>The first %1 are listed here; the other %2 were counted, not listed.</translation>
    </message>
</context>
<context>
    <name>td::LockScreen</name>
    <message>
        <source>TrialDesk is locked</source>
        <translation>TrialDesk is locked</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Signed in as %1 (%2).</translation>
    </message>
    <message>
        <source>Enter the password of %1 to go on; everything open stays as it was. Someone else can sign out and sign in as themselves.</source>
        <translation>Enter the password of %1 to go on; everything open stays as it was. Someone else can sign out and sign in as themselves.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
</context>
<context>
    <name>td::LockTimeBox</name>
    <message numerus="yes">
        <source>Saved: windows lock after %Ln minute(s) without input.</source>
        <translation>
            <numerusform>Saved: windows lock after %Ln minute without input.</numerusform>
            <numerusform>Saved: windows lock after %Ln minutes without input.</numerusform>
        </translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <source>Lock the &amp;window after:</source>
        <translation>Lock the &amp;window after:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appl&amp;y</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse input, TrialDesk hides the trial until the signed-in user gives their password again. For every user of this trial; from %1 to %2 minutes.</source>
        <translation>After this long without keyboard or mouse input, TrialDesk hides the trial until the signed-in user gives their password again. For every user of this trial; from %1 to %2 minutes.</translation>
    </message>
</context>
<context>
    <name>td::LoginDialog</name>
    <message>
        <source>Sign in to TrialDesk</source>
        <translation>Sign in to TrialDesk</translation>
    </message>
    <message>
        <source>TrialDesk</source>
        <translation>TrialDesk</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This is a demo trial. Users: admin, pi, coordinator, therapist1, therapist2, assessor (blinded) and statistician; the password of each is &quot;%1&quot;.</source>
        <translation>This is a demo trial. Users: admin, pi, coordinator, therapist1, therapist2, assessor (blinded) and statistician; the password of each is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The trial file %1 is encrypted: your user name and password open it.</source>
        <translation>The trial file %1 is encrypted: your user name and password open it.</translation>
    </message>
    <message>
        <source>The trial %1 is on a database server: you sign in to the server with your own user name and password.</source>
        <translation>The trial %1 is on a database server: you sign in to the server with your own user name and password.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About TrialDesk</source>
        <translation>&amp;About TrialDesk</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>About TrialDesk</source>
        <translation>About TrialDesk</translation>
    </message>
    <message>
        <source>TrialDesk %1: randomized psychotherapy trials from screening to export.</source>
        <translation>TrialDesk %1: randomized psychotherapy trials from screening to export.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>CONSORT flow</source>
        <translation>CONSORT flow</translation>
    </message>
    <message>
        <source>Ratings due</source>
        <translation>Ratings due</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>My patients</source>
        <translation>My patients</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Data tools</source>
        <translation>Data tools</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Participant</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Close this participant&apos;s page</source>
        <translation>Close this participant&apos;s page</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Randomization</source>
        <translation>Randomization</translation>
    </message>
    <message>
        <source>&amp;New trial…</source>
        <translation>&amp;New trial…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>Read-only: changes are refused</source>
        <translation>Read-only: changes are refused</translation>
    </message>
    <message>
        <source>Database lock</source>
        <translation>Database lock</translation>
    </message>
    <message>
        <source>Updated with changes from another client.</source>
        <translation>Updated with changes from another client.</translation>
    </message>
    <message>
        <source>Open &amp;server trial…</source>
        <translation>Open &amp;server trial…</translation>
    </message>
</context>
<context>
    <name>td::MissedVisitDialog</name>
    <message>
        <source>Visit %1 is not in this participant&apos;s schedule.</source>
        <translation>Visit %1 is not in this participant&apos;s schedule.</translation>
    </message>
    <message>
        <source>Record missed visit</source>
        <translation>Record missed visit</translation>
    </message>
    <message>
        <source>Participant %1 · %2</source>
        <translation>Participant %1 · %2</translation>
    </message>
    <message>
        <source>Window: %1 to %2 (target %3)</source>
        <translation>Window: %1 to %2 (target %3)</translation>
    </message>
    <message>
        <source>Not scheduled yet: the visit counts from randomization.</source>
        <translation>Not scheduled yet: the visit counts from randomization.</translation>
    </message>
    <message>
        <source>Scheduled: %1.</source>
        <translation>Scheduled: %1.</translation>
    </message>
    <message>
        <source>Already recorded with data: %1 (kept).</source>
        <translation>Already recorded with data: %1 (kept).</translation>
    </message>
    <message>
        <source>Every scheduled instrument of this visit that is not recorded yet is recorded as missing, with the reason below. The visit then shows as missed, and the data export says why.</source>
        <translation>Every scheduled instrument of this visit that is not recorded yet is recorded as missing, with the reason below. The visit then shows as missed, and the data export says why.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>e.g. Participant could not be reached</source>
        <translation>e.g. Participant could not be reached</translation>
    </message>
    <message>
        <source>Required. The date is when the visit was settled as missed, no later than today.</source>
        <translation>Required. The date is when the visit was settled as missed, no later than today.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>td::MissingFormsPanel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Share received</source>
        <translation>Share received</translation>
    </message>
    <message>
        <source>Missing, window open</source>
        <translation>Missing, window open</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Window closes</source>
        <translation>Window closes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Only &amp;overdue forms</source>
        <translation>Only &amp;overdue forms</translation>
    </message>
    <message>
        <source>Overdue, double entry not complete</source>
        <translation>Overdue, double entry not complete</translation>
    </message>
    <message>
        <source>Double entry not complete</source>
        <translation>Double entry not complete</translation>
    </message>
</context>
<context>
    <name>td::NewTrialWizard</name>
    <message>
        <source>Choose the file to create the trial in.</source>
        <translation>Choose the file to create the trial in.</translation>
    </message>
    <message>
        <source>First administrator: %1</source>
        <translation>First administrator: %1</translation>
    </message>
    <message>
        <source>New trial</source>
        <translation>New trial</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Commit</translation>
    </message>
    <message>
        <source>&amp;Create trial</source>
        <translation>&amp;Create trial</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>td::OpenServerDialog</name>
    <message>
        <source>Open a trial on a server</source>
        <translation>Open a trial on a server</translation>
    </message>
    <message>
        <source>Where is the trial&apos;s database? You then sign in with your TrialDesk user name and password, which are your own login on the server. Only the address is remembered, never a password.</source>
        <translation>Where is the trial&apos;s database? You then sign in with your TrialDesk user name and password, which are your own login on the server. Only the address is remembered, never a password.</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Recent:</translation>
    </message>
    <message>
        <source>Pick a server trial opened before</source>
        <translation>Pick a server trial opened before</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>host name or address, such as db.example.org</source>
        <translation>host name or address, such as db.example.org</translation>
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
        <translation>the trial&apos;s database, such as dit</translation>
    </message>
    <message>
        <source>&amp;Secure connection:</source>
        <translation>&amp;Secure connection:</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate and name checked (verify-full)</source>
        <translation>Encrypted, the server&apos;s certificate and name checked (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked (verify-ca)</source>
        <translation>Encrypted, the server&apos;s certificate checked (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted, the certificate not checked (require)</source>
        <translation>Encrypted, the certificate not checked (require)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Encrypted when the server offers it (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>Not encrypted (disable)</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>&amp;Certificate authority:</translation>
    </message>
    <message>
        <source>the file of the CA that signed the server&apos;s certificate</source>
        <translation>the file of the CA that signed the server&apos;s certificate</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s file</source>
        <translation>The certificate authority&apos;s file</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
</context>
<context>
    <name>td::OutcomesEditor</name>
    <message>
        <source>Session measures and primary outcome</source>
        <translation>Session measures and primary outcome</translation>
    </message>
    <message>
        <source>Instruments given at therapy sessions, the primary outcome, and who sees outcomes compared between arms before the database is locked.</source>
        <translation>Instruments given at therapy sessions, the primary outcome, and who sees outcomes compared between arms before the database is locked.</translation>
    </message>
    <message>
        <source>%1 – %2 (week %3)</source>
        <translation>%1 – %2 (week %3)</translation>
    </message>
    <message>
        <source>&amp;Session measures: instruments given at every therapy session of the arms ticked below.</source>
        <translation>&amp;Session measures: instruments given at every therapy session of the arms ticked below.</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Arms</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>&amp;Add measure</translation>
    </message>
    <message>
        <source>&amp;Remove measure</source>
        <translation>&amp;Remove measure</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Given in the arms:</source>
        <translation>Given in the arms:</translation>
    </message>
    <message>
        <source>Primary outcome</source>
        <translation>Primary outcome</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>At &amp;visit:</source>
        <translation>At &amp;visit:</translation>
    </message>
    <message>
        <source>Outcomes compared between arms</source>
        <translation>Outcomes compared between arms</translation>
    </message>
    <message>
        <source>Before the database is locked, only these roles see effect sizes, change and trajectories per arm; everyone else sees pooled figures.</source>
        <translation>Before the database is locked, only these roles see effect sizes, change and trajectories per arm; everyone else sees pooled figures.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
</context>
<context>
    <name>td::ParticipantActions</name>
    <message>
        <source>&amp;Screen new…</source>
        <translation>&amp;Screen new…</translation>
    </message>
    <message>
        <source>Add a person assessed for the trial to the screening log</source>
        <translation>Add a person assessed for the trial to the screening log</translation>
    </message>
    <message>
        <source>&amp;Eligibility…</source>
        <translation>&amp;Eligibility…</translation>
    </message>
    <message>
        <source>&amp;Consent…</source>
        <translation>&amp;Consent…</translation>
    </message>
    <message>
        <source>&amp;Randomize…</source>
        <translation>&amp;Randomize…</translation>
    </message>
    <message>
        <source>Allocate the selected consented participant to an arm</source>
        <translation>Allocate the selected consented participant to an arm</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>Record that the selected participant leaves the trial</source>
        <translation>Record that the selected participant leaves the trial</translation>
    </message>
    <message>
        <source>Answer the eligibility criteria not answered at screening, or record that the person is not eligible for other reasons</source>
        <translation>Answer the eligibility criteria not answered at screening, or record that the person is not eligible for other reasons</translation>
    </message>
    <message>
        <source>Record consent and the consent form version, or that the person declined</source>
        <translation>Record consent and the consent form version, or that the person declined</translation>
    </message>
    <message>
        <source>Co&amp;variates…</source>
        <translation>Co&amp;variates…</translation>
    </message>
    <message>
        <source>Enter or correct the covariates the protocol records</source>
        <translation>Enter or correct the covariates the protocol records</translation>
    </message>
    <message>
        <source>&amp;Therapist…</source>
        <translation>&amp;Therapist…</translation>
    </message>
    <message>
        <source>Assign the therapist, or reassign with a reason</source>
        <translation>Assign the therapist, or reassign with a reason</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Change s&amp;tatus…</translation>
    </message>
    <message>
        <source>Treatment started, completed or discontinued, lost to follow-up, declined or withdrawn</source>
        <translation>Treatment started, completed or discontinued, lost to follow-up, declined or withdrawn</translation>
    </message>
</context>
<context>
    <name>td::ParticipantPage</name>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open safety alert(s)</source>
        <translation>
            <numerusform>%Ln open safety alert</numerusform>
            <numerusform>%Ln open safety alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No scores to show yet</source>
        <translation>No scores to show yet</translation>
    </message>
    <message>
        <source>Save chart as PDF</source>
        <translation>Save chart as PDF</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Save chart as PNG</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1.</source>
        <translation>The chart could not be saved as %1.</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Screened:</source>
        <translation>Screened:</translation>
    </message>
    <message>
        <source>Consented:</source>
        <translation>Consented:</translation>
    </message>
    <message>
        <source>Randomized:</source>
        <translation>Randomized:</translation>
    </message>
    <message>
        <source>Arm:</source>
        <translation>Arm:</translation>
    </message>
    <message>
        <source>Therapist:</source>
        <translation>Therapist:</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Assessments (%1)</source>
        <translation>Assessments (%1)</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Sessions (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln session(s) attended</source>
        <translation>
            <numerusform>%1 of %Ln session attended</numerusform>
            <numerusform>%1 of %Ln sessions attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%Ln open)</source>
        <translation>
            <numerusform>Alerts (%Ln open)</numerusform>
            <numerusform>Alerts (%Ln open)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acknowledge…</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation>Save chart as &amp;PNG…</translation>
    </message>
    <message>
        <source>Save chart as P&amp;DF…</source>
        <translation>Save chart as P&amp;DF…</translation>
    </message>
    <message>
        <source>Choose a visit first.</source>
        <translation>Choose a visit first.</translation>
    </message>
    <message>
        <source>This visit is not scheduled yet: it counts from randomization.</source>
        <translation>This visit is not scheduled yet: it counts from randomization.</translation>
    </message>
    <message>
        <source>Every instrument of this visit is complete.</source>
        <translation>Every instrument of this visit is complete.</translation>
    </message>
    <message>
        <source>&amp;Enter assessment</source>
        <translation>&amp;Enter assessment</translation>
    </message>
    <message>
        <source>%1, protocol version %2</source>
        <translation>%1, protocol version %2</translation>
    </message>
    <message>
        <source>%1, consent form %2</source>
        <translation>%1, consent form %2</translation>
    </message>
    <message>
        <source>Choose a visit that is due, overdue or partly recorded.</source>
        <translation>Choose a visit that is due, overdue or partly recorded.</translation>
    </message>
    <message>
        <source>Participant steps</source>
        <translation>Participant steps</translation>
    </message>
    <message>
        <source>Eligibility and covariates</source>
        <translation>Eligibility and covariates</translation>
    </message>
    <message>
        <source>Record &amp;missed visit…</source>
        <translation>Record &amp;missed visit…</translation>
    </message>
    <message>
        <source>Unblinded for you on %1 by emergency unblinding.</source>
        <translation>Unblinded for you on %1 by emergency unblinding.</translation>
    </message>
    <message>
        <source>The arm is shown to you only. Let another blinded assessor do this participant&apos;s ratings.</source>
        <translation>The arm is shown to you only. Let another blinded assessor do this participant&apos;s ratings.</translation>
    </message>
    <message>
        <source>Emergency &amp;unblinding…</source>
        <translation>Emergency &amp;unblinding…</translation>
    </message>
    <message>
        <source>Show this participant&apos;s treatment arm to you, with a reason that is audited and reviewed by the principal investigator</source>
        <translation>Show this participant&apos;s treatment arm to you, with a reason that is audited and reviewed by the principal investigator</translation>
    </message>
    <message>
        <source>P&amp;rint summary…</source>
        <translation>P&amp;rint summary…</translation>
    </message>
    <message>
        <source>Preview this participant&apos;s summary on paper (visits, scores, chart and alerts, as this page shows them) and print it</source>
        <translation>Preview this participant&apos;s summary on paper (visits, scores, chart and alerts, as this page shows them) and print it</translation>
    </message>
    <message numerus="yes">
        <source>Queries (%Ln open)</source>
        <translation>
            <numerusform>Queries (%Ln open)</numerusform>
            <numerusform>Queries (%Ln open)</numerusform>
        </translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Queries</translation>
    </message>
</context>
<context>
    <name>td::ParticipantTableModel</name>
    <message>
        <source>Study ID</source>
        <translation>Study ID</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
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
        <translation>Therapist</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Screened</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Consented</translation>
    </message>
</context>
<context>
    <name>td::PatientDoseModel</name>
    <message>
        <source>Study ID</source>
        <translation>Study ID</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Of dose</source>
        <translation>Of dose</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Last session</translation>
    </message>
</context>
<context>
    <name>td::PrintPreview</name>
    <message>
        <source>Print preview – %1</source>
        <translation>Print preview – %1</translation>
    </message>
</context>
<context>
    <name>td::ProtocolEditor</name>
    <message numerus="yes">
        <source>… and %Ln more problem(s).</source>
        <translation>
            <numerusform>… and %Ln more problem.</numerusform>
            <numerusform>… and %Ln more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ProtocolView</name>
    <message>
        <source>The protocol has problems, shown on the pages marked; nothing was saved.</source>
        <translation>The protocol has problems, shown on the pages marked; nothing was saved.</translation>
    </message>
    <message>
        <source>An amendment needs a reason; nothing was saved.</source>
        <translation>An amendment needs a reason; nothing was saved.</translation>
    </message>
    <message numerus="yes">
        <source>Amendment saved as protocol version %1 (%Ln change(s)).</source>
        <translation>
            <numerusform>Amendment saved as protocol version %1 (%Ln change).</numerusform>
            <numerusform>Amendment saved as protocol version %1 (%Ln changes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Protocol saved (%Ln change(s)).</source>
        <translation>
            <numerusform>Protocol saved (%Ln change).</numerusform>
            <numerusform>Protocol saved (%Ln changes).</numerusform>
        </translation>
    </message>
    <message>
        <source>This page has problems</source>
        <translation>This page has problems</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>Version history</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message numerus="yes">
        <source>Amendment mode: %Ln participant(s) are randomized, so a change is an amendment. It becomes protocol version %1 from its effective date, needs a reason, and may add or extend but not remove or change what stored data depends on.</source>
        <translation>
            <numerusform>Amendment mode: %Ln participant is randomized, so a change is an amendment. It becomes protocol version %1 from its effective date, needs a reason, and may add or extend but not remove or change what stored data depends on.</numerusform>
            <numerusform>Amendment mode: %Ln participants are randomized, so a change is an amendment. It becomes protocol version %1 from its effective date, needs a reason, and may add or extend but not remove or change what stored data depends on.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is randomized yet: saving changes protocol version %1 in place.</source>
        <translation>No one is randomized yet: saving changes protocol version %1 in place.</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Save the protocol</source>
        <translation>Save the protocol</translation>
    </message>
    <message>
        <source>Reaso&amp;n for the amendment:</source>
        <translation>Reaso&amp;n for the amendment:</translation>
    </message>
    <message>
        <source>Reaso&amp;n (optional):</source>
        <translation>Reaso&amp;n (optional):</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;Effective from:</translation>
    </message>
    <message>
        <source>Changes (Preview lists them; those an amendment may not make are red):</source>
        <translation>Changes (Preview lists them; those an amendment may not make are red):</translation>
    </message>
    <message>
        <source>Pre&amp;view changes</source>
        <translation>Pre&amp;view changes</translation>
    </message>
    <message>
        <source>Revert &amp;to saved</source>
        <translation>Revert &amp;to saved</translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation>&amp;Save amendment</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
</context>
<context>
    <name>td::QueryDialog</name>
    <message>
        <source>Query %1: %2</source>
        <translation>Query %1: %2</translation>
    </message>
    <message>
        <source>%1, %2. %3. Status: %4.</source>
        <translation>%1, %2. %3. Status: %4.</translation>
    </message>
    <message>
        <source>(name not shown)</source>
        <translation>(name not shown)</translation>
    </message>
    <message>
        <source>(no text, or a text you may not read)</source>
        <translation>(no text, or a text you may not read)</translation>
    </message>
    <message>
        <source>The value was corrected with this response (assessment %1).</source>
        <translation>The value was corrected with this response (assessment %1).</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Respond</source>
        <translation>&amp;Respond</translation>
    </message>
    <message>
        <source>C&amp;lose the query</source>
        <translation>C&amp;lose the query</translation>
    </message>
    <message>
        <source>Re-&amp;open</source>
        <translation>Re-&amp;open</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Item %1 reads &quot;%2&quot;. &amp;Corrected value (optional):</source>
        <translation>Item %1 reads &quot;%2&quot;. &amp;Corrected value (optional):</translation>
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
        <translation>(name not shown)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 open, %3 answered, %4 closed</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 open, %3 answered, %4 closed</translation>
    </message>
    <message>
        <source>Only &amp;open and answered queries</source>
        <translation>Only &amp;open and answered queries</translation>
    </message>
    <message>
        <source>&amp;Raise a query…</source>
        <translation>&amp;Raise a query…</translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation>O&amp;pen…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Last step</translation>
    </message>
</context>
<context>
    <name>td::RaiseQueryDialog</name>
    <message>
        <source>Raise a data query</source>
        <translation>Raise a data query</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Visit:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>The whole form</source>
        <translation>The whole form</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>The blinded outcome assessor rates this form and will read the question: write nothing that tells the treatment.</source>
        <translation>The blinded outcome assessor rates this form and will read the question: write nothing that tells the treatment.</translation>
    </message>
    <message>
        <source>&amp;Raise</source>
        <translation>&amp;Raise</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>td::RandomizationSetupView</name>
    <message>
        <source>&quot;%1&quot; is not a whole number: write the block lengths as whole numbers separated by commas, e.g. %2.</source>
        <translation>&quot;%1&quot; is not a whole number: write the block lengths as whole numbers separated by commas, e.g. %2.</translation>
    </message>
    <message>
        <source>Replace the current allocation list with a new one? No participant has been allocated, so the current list has not been used. The new list&apos;s SHA-256 and algorithm go into the audit trail.</source>
        <translation>Replace the current allocation list with a new one? No participant has been allocated, so the current list has not been used. The new list&apos;s SHA-256 and algorithm go into the audit trail.</translation>
    </message>
    <message>
        <source>Generate the concealed allocation list for the saved settings? Its SHA-256 and algorithm go into the audit trail.</source>
        <translation>Generate the concealed allocation list for the saved settings? Its SHA-256 and algorithm go into the audit trail.</translation>
    </message>
    <message>
        <source>Generate allocation list</source>
        <translation>Generate allocation list</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>How participants are allocated to the arms. Only the unblinded statistician sees this screen; the settings can change until the first participant is allocated.</source>
        <translation>How participants are allocated to the arms. Only the unblinded statistician sees this screen; the settings can change until the first participant is allocated.</translation>
    </message>
    <message>
        <source>Arms and ratio (from the protocol)</source>
        <translation>Arms and ratio (from the protocol)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>Stratified permuted blocks</source>
        <translation>Stratified permuted blocks</translation>
    </message>
    <message>
        <source>Minimization (Pocock-Simon)</source>
        <translation>Minimization (Pocock-Simon)</translation>
    </message>
    <message>
        <source>&amp;Block lengths:</source>
        <translation>&amp;Block lengths:</translation>
    </message>
    <message>
        <source>Base probability &amp;q:</source>
        <translation>Base probability &amp;q:</translation>
    </message>
    <message>
        <source>The probability of the arm that best balances the factors; %1 is usual, %2 makes every allocation deterministic.</source>
        <translation>The probability of the arm that best balances the factors; %1 is usual, %2 makes every allocation deterministic.</translation>
    </message>
    <message>
        <source>Stratification factors</source>
        <translation>Stratification factors</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Reason for the change:</translation>
    </message>
    <message>
        <source>Recorded in the audit trail</source>
        <translation>Recorded in the audit trail</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Allocation list</source>
        <translation>Allocation list</translation>
    </message>
    <message>
        <source>&amp;Generate allocation list…</source>
        <translation>&amp;Generate allocation list…</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>%1 (%2 in all)</source>
        <translation>%1 (%2 in all)</translation>
    </message>
    <message>
        <source>Ratio:</source>
        <translation>Ratio:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) have been allocated, so these settings and the allocation list are read-only: changing them now would break the concealed sequence in use.</source>
        <translation>
            <numerusform>%Ln participant has been allocated, so these settings and the allocation list are read-only: changing them now would break the concealed sequence in use.</numerusform>
            <numerusform>%Ln participants have been allocated, so these settings and the allocation list are read-only: changing them now would break the concealed sequence in use.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole numbers separated by commas, each a multiple of %1 (the sum of the ratio %2). Each block&apos;s length is drawn from this list.</source>
        <translation>Whole numbers separated by commas, each a multiple of %1 (the sum of the ratio %2). Each block&apos;s length is drawn from this list.</translation>
    </message>
    <message>
        <source>e.g. %1, %2</source>
        <translation>e.g. %1, %2</translation>
    </message>
    <message>
        <source>The protocol has no stratification factors; the administrator adds them to the protocol.</source>
        <translation>The protocol has no stratification factors; the administrator adds them to the protocol.</translation>
    </message>
    <message>
        <source>The checked fac&amp;tors are used, in this order.</source>
        <translation>The checked fac&amp;tors are used, in this order.</translation>
    </message>
    <message>
        <source>Check the fac&amp;tors whose levels form the strata (none: the whole trial is one stratum); each stratum has its own sequence of blocks. Move up and Move down set their order.</source>
        <translation>Check the fac&amp;tors whose levels form the strata (none: the whole trial is one stratum); each stratum has its own sequence of blocks. Move up and Move down set their order.</translation>
    </message>
    <message>
        <source>Check the fac&amp;tors to balance; each counts with its weight (F2 edits it). Move up and Move down set their order.</source>
        <translation>Check the fac&amp;tors to balance; each counts with its weight (F2 edits it). Move up and Move down set their order.</translation>
    </message>
    <message>
        <source>Minimization decides each allocation when the participant is randomized; there is no list to generate.</source>
        <translation>Minimization decides each allocation when the participant is randomized; there is no list to generate.</translation>
    </message>
    <message>
        <source>This list is in use. Its entries stay concealed; the allocation export in Data tools has them.</source>
        <translation>This list is in use. Its entries stay concealed; the allocation export in Data tools has them.</translation>
    </message>
    <message>
        <source>Save the settings first; the list is made from the saved settings.</source>
        <translation>Save the settings first; the list is made from the saved settings.</translation>
    </message>
    <message>
        <source>Save the changed settings first; the list is made from the saved settings.</source>
        <translation>Save the changed settings first; the list is made from the saved settings.</translation>
    </message>
    <message>
        <source>The list stays concealed: only its summary is shown here. Until the first allocation a new list may replace it.</source>
        <translation>The list stays concealed: only its summary is shown here. Until the first allocation a new list may replace it.</translation>
    </message>
    <message>
        <source>the operating system&apos;s random source</source>
        <translation>the operating system&apos;s random source</translation>
    </message>
    <message>
        <source>a supplied seed</source>
        <translation>a supplied seed</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Entries:</translation>
    </message>
    <message>
        <source>Strata:</source>
        <translation>Strata:</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Generated:</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithm:</translation>
    </message>
    <message>
        <source>%1, seed from %2</source>
        <translation>%1, seed from %2</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Settings saved. The current list was made for the earlier settings and will not be used: generate a new one.</source>
        <translation>Settings saved. The current list was made for the earlier settings and will not be used: generate a new one.</translation>
    </message>
    <message>
        <source>Allocation list generated; its SHA-256 is in the audit trail.</source>
        <translation>Allocation list generated; its SHA-256 is in the audit trail.</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Approved:</translation>
    </message>
    <message>
        <source>Not signed (set up before electronic signatures)</source>
        <translation>Not signed (set up before electronic signatures)</translation>
    </message>
</context>
<context>
    <name>td::RandomizeDialog</name>
    <message>
        <source>Randomize %1</source>
        <translation>Randomize %1</translation>
    </message>
    <message>
        <source>Randomize</source>
        <translation>Randomize</translation>
    </message>
    <message>
        <source>Randomize now</source>
        <translation>Randomize now</translation>
    </message>
    <message>
        <source>Randomization is not possible: %1</source>
        <translation>Randomization is not possible: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none (the trial does not stratify)</source>
        <translation>none (the trial does not stratify)</translation>
    </message>
    <message>
        <source>%1 is randomized to %2 (%3), allocation number %4 of the trial, at %5. The allocation is final and in the audit trail.</source>
        <translation>%1 is randomized to %2 (%3), allocation number %4 of the trial, at %5. The allocation is final and in the audit trail.</translation>
    </message>
    <message>
        <source>Check that this is the right person before you go on.

Participant: %1
Site: %2
Consent given: %3
Stratum: %4

Randomize now allocates %1 to a treatment arm by the trial&apos;s randomization method. It is done once and cannot be undone; the arm is shown here when it is made.</source>
        <translation>Check that this is the right person before you go on.

Participant: %1
Site: %2
Consent given: %3
Stratum: %4

Randomize now allocates %1 to a treatment arm by the trial&apos;s randomization method. It is done once and cannot be undone; the arm is shown here when it is made.</translation>
    </message>
    <message>
        <source>Record them on the participant&apos;s page (Covariates…), then randomize.</source>
        <translation>Record them on the participant&apos;s page (Covariates…), then randomize.</translation>
    </message>
    <message>
        <source>Enter them on the participant&apos;s page (Enter assessment), or record why they are missing, then randomize.</source>
        <translation>Enter them on the participant&apos;s page (Enter assessment), or record why they are missing, then randomize.</translation>
    </message>
</context>
<context>
    <name>td::ReasonDialog</name>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>This assessment was completed. Say why its values change; the reason is kept in the audit trail with the old and the new values.</source>
        <translation>This assessment was completed. Say why its values change; the reason is kept in the audit trail with the old and the new values.</translation>
    </message>
    <message>
        <source>e.g. Transcription error: the paper form says 2</source>
        <translation>e.g. Transcription error: the paper form says 2</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A completed assessment changes only with a reason: type why.</source>
        <translation>A completed assessment changes only with a reason: type why.</translation>
    </message>
    <message>
        <source>Outside the visit&apos;s window</source>
        <translation>Outside the visit&apos;s window</translation>
    </message>
    <message>
        <source>Why was it done outside the window? The reason is stored with the assessment. Cancel saves nothing; your answers stay in the form.</source>
        <translation>Why was it done outside the window? The reason is stored with the assessment. Cancel saves nothing; your answers stay in the form.</translation>
    </message>
    <message>
        <source>e.g. The participant was abroad during the window</source>
        <translation>e.g. The participant was abroad during the window</translation>
    </message>
    <message>
        <source>Enter anyway</source>
        <translation>Enter anyway</translation>
    </message>
    <message>
        <source>Void assessment</source>
        <translation>Void assessment</translation>
    </message>
    <message>
        <source>A voided assessment is kept, with its history, in the audit trail, but it no longer counts: scores, visit states and exports leave it out. This cannot be undone. Say why it is voided.</source>
        <translation>A voided assessment is kept, with its history, in the audit trail, but it no longer counts: scores, visit states and exports leave it out. This cannot be undone. Say why it is voided.</translation>
    </message>
    <message>
        <source>e.g. Entered for the wrong participant</source>
        <translation>e.g. Entered for the wrong participant</translation>
    </message>
    <message>
        <source>Void session</source>
        <translation>Void session</translation>
    </message>
    <message>
        <source>A voided session is kept, with its history, in the audit trail, but it no longer counts toward the dose. This cannot be undone. Say why it is voided.</source>
        <translation>A voided session is kept, with its history, in the audit trail, but it no longer counts toward the dose. This cannot be undone. Say why it is voided.</translation>
    </message>
    <message>
        <source>e.g. Recorded twice</source>
        <translation>e.g. Recorded twice</translation>
    </message>
    <message>
        <source>Entering outside the window needs a reason: type why.</source>
        <translation>Entering outside the window needs a reason: type why.</translation>
    </message>
    <message>
        <source>Voiding needs a reason: type why.</source>
        <translation>Voiding needs a reason: type why.</translation>
    </message>
</context>
<context>
    <name>td::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>&lt;b&gt;Print this key now, or write it down: it is shown only this once.&lt;/b&gt;&lt;br&gt;With it, the trial file %1 and its backups can be opened when every administrator has forgotten their password, so anyone who has it and the file can read the trial. Keep the sheet locked away, apart from the computer.</source>
        <translation>&lt;b&gt;Print this key now, or write it down: it is shown only this once.&lt;/b&gt;&lt;br&gt;With it, the trial file %1 and its backups can be opened when every administrator has forgotten their password, so anyone who has it and the file can read the trial. Keep the sheet locked away, apart from the computer.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>I have &amp;printed or written it down</source>
        <translation>I have &amp;printed or written it down</translation>
    </message>
    <message>
        <source>&lt;h2&gt;TrialDesk recovery key&lt;/h2&gt;&lt;p&gt;Trial file: %1&lt;br&gt;Printed: %2&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 20pt&quot;&gt;%3&lt;/p&gt;&lt;p&gt;This key opens the trial file and its backups. Keep this sheet locked away.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;TrialDesk recovery key&lt;/h2&gt;&lt;p&gt;Trial file: %1&lt;br&gt;Printed: %2&lt;/p&gt;&lt;p style=&quot;font-family: monospace; font-size: 20pt&quot;&gt;%3&lt;/p&gt;&lt;p&gt;This key opens the trial file and its backups. Keep this sheet locked away.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>td::RecruitmentCard</name>
    <message>
        <source>Recruitment</source>
        <translation>Recruitment</translation>
    </message>
    <message>
        <source>Recruitment: %1 randomized of a target of %2</source>
        <translation>Recruitment: %1 randomized of a target of %2</translation>
    </message>
    <message>
        <source>Recruitment: %1 randomized</source>
        <translation>Recruitment: %1 randomized</translation>
    </message>
    <message>
        <source>Date of randomization</source>
        <translation>Date of randomization</translation>
    </message>
    <message>
        <source>Randomized (cumulative)</source>
        <translation>Randomized (cumulative)</translation>
    </message>
    <message>
        <source>All sites (n = %1)</source>
        <translation>All sites (n = %1)</translation>
    </message>
    <message>
        <source>Site %1 (n = %2)</source>
        <translation>Site %1 (n = %2)</translation>
    </message>
    <message>
        <source>Target (%1 by %2)</source>
        <translation>Target (%1 by %2)</translation>
    </message>
</context>
<context>
    <name>td::RegistryView</name>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Study ID, site, status, therapist…</source>
        <translation>Study ID, site, status, therapist…</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any therapist</source>
        <translation>Any therapist</translation>
    </message>
    <message>
        <source>All arms</source>
        <translation>All arms</translation>
    </message>
    <message>
        <source>Study ID, site, status…</source>
        <translation>Study ID, site, status…</translation>
    </message>
    <message>
        <source>Participant steps</source>
        <translation>Participant steps</translation>
    </message>
</context>
<context>
    <name>td::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Give %1 (%2) a temporary password and tell it to them in person. They must choose a new password of their own the next time they sign in.</source>
        <translation>Give %1 (%2) a temporary password and tell it to them in person. They must choose a new password of their own the next time they sign in.</translation>
    </message>
    <message>
        <source>Temporary &amp;password:</source>
        <translation>Temporary &amp;password:</translation>
    </message>
    <message>
        <source>Rep&amp;eat password:</source>
        <translation>Rep&amp;eat password:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>The two passwords differ; type the same password twice.</translation>
    </message>
</context>
<context>
    <name>td::RetentionCard</name>
    <message>
        <source>Retention per visit and arm</source>
        <translation>Retention per visit and arm</translation>
    </message>
    <message>
        <source>Retention per visit and arm (%1 completed)</source>
        <translation>Retention per visit and arm (%1 completed)</translation>
    </message>
    <message>
        <source>Participants due for the visit (its window has closed, or they have it) with a completed assessment; Wilson 95% confidence intervals.</source>
        <translation>Participants due for the visit (its window has closed, or they have it) with a completed assessment; Wilson 95% confidence intervals.</translation>
    </message>
    <message>
        <source>Retention per visit, all arms pooled</source>
        <translation>Retention per visit, all arms pooled</translation>
    </message>
    <message>
        <source>Retention per visit, all arms pooled (%1 completed)</source>
        <translation>Retention per visit, all arms pooled (%1 completed)</translation>
    </message>
</context>
<context>
    <name>td::RetentionModel</name>
    <message>
        <source>%1 at %2: %3 of %4 due with a completed assessment</source>
        <extracomment>Retention tooltip: arm, visit, completed, due.</extracomment>
        <translation>%1 at %2: %3 of %4 due with a completed assessment</translation>
    </message>
    <message>
        <source>%1, % (95% CI)</source>
        <extracomment>Retention column header: arm code, then the unit of the cells.</extracomment>
        <translation>%1, % (95% CI)</translation>
    </message>
</context>
<context>
    <name>td::ScheduleEditor</name>
    <message>
        <source>Visit schedule</source>
        <translation>Visit schedule</translation>
    </message>
    <message>
        <source>The assessment visits, counted in weeks from randomization, with the window allowed either side, the instruments given and who rates them.</source>
        <translation>The assessment visits, counted in weeks from randomization, with the window allowed either side, the instruments given and who rates them.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Instruments at %1:</source>
        <translation>&amp;Instruments at %1:</translation>
    </message>
    <message>
        <source>&amp;Instruments (choose a visit above):</source>
        <translation>&amp;Instruments (choose a visit above):</translation>
    </message>
    <message>
        <source>One row per visit. Week 0 is randomization; tick &quot;Before randomization&quot; for the baseline, whose instruments must be complete before a participant is randomized.</source>
        <translation>One row per visit. Week 0 is randomization; tick &quot;Before randomization&quot; for the baseline, whose instruments must be complete before a participant is randomized.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Name (Norwegian)</source>
        <translation>Name (Norwegian)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Window (days)</translation>
    </message>
    <message>
        <source>Before randomization</source>
        <translation>Before randomization</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Arms</translation>
    </message>
    <message>
        <source>&amp;Add visit</source>
        <translation>&amp;Add visit</translation>
    </message>
    <message>
        <source>&amp;Remove visit</source>
        <translation>&amp;Remove visit</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Rater</translation>
    </message>
    <message>
        <source>Add instrumen&amp;t</source>
        <translation>Add instrumen&amp;t</translation>
    </message>
    <message>
        <source>Remo&amp;ve instrument</source>
        <translation>Remo&amp;ve instrument</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Move u&amp;p</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>This visit is only for the arms ticked (none ticked: every arm):</source>
        <translation>This visit is only for the arms ticked (none ticked: every arm):</translation>
    </message>
</context>
<context>
    <name>td::ScreenDialog</name>
    <message>
        <source>Screen a new participant</source>
        <translation>Screen a new participant</translation>
    </message>
    <message>
        <source>Add to screening log</source>
        <translation>Add to screening log</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>Screening &amp;date:</source>
        <translation>Screening &amp;date:</translation>
    </message>
    <message>
        <source>Choose the site where the person was assessed.</source>
        <translation>Choose the site where the person was assessed.</translation>
    </message>
    <message>
        <source>Eligibility criteria: does each apply to the person?</source>
        <translation>Eligibility criteria: does each apply to the person?</translation>
    </message>
    <message>
        <source>Covariates known at screening</source>
        <translation>Covariates known at screening</translation>
    </message>
    <message>
        <source>A screening log entry dated %1 is added at %2, and the person gets the next study ID of that site (%3-…).</source>
        <translation>A screening log entry dated %1 is added at %2, and the person gets the next study ID of that site (%3-…).</translation>
    </message>
    <message>
        <source>Eligibility and consent are recorded as the next steps.</source>
        <translation>Eligibility and consent are recorded as the next steps.</translation>
    </message>
    <message>
        <source>Every criterion is answered, so eligibility is decided at once.</source>
        <translation>Every criterion is answered, so eligibility is decided at once.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln criterion(s) not answered yet: the person stays screened until every criterion is answered (the Eligibility step).</source>
        <translation>
            <numerusform>%Ln criterion not answered yet: the person stays screened until every criterion is answered (the Eligibility step).</numerusform>
            <numerusform>%Ln criteria not answered yet: the person stays screened until every criterion is answered (the Eligibility step).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is added to the screening log at %2, dated %3.</source>
        <translation>%1 is added to the screening log at %2, dated %3.</translation>
    </message>
    <message>
        <source>Eligible: every inclusion criterion is met and no exclusion criterion applies. Consent is recorded next.</source>
        <translation>Eligible: every inclusion criterion is met and no exclusion criterion applies. Consent is recorded next.</translation>
    </message>
    <message>
        <source>Not eligible (%1). The person leaves the trial in the CONSORT box &quot;Excluded&quot;.</source>
        <translation>Not eligible (%1). The person leaves the trial in the CONSORT box &quot;Excluded&quot;.</translation>
    </message>
    <message>
        <source>Eligibility is not decided yet. It is decided once the remaining criteria are answered (the Eligibility step).</source>
        <translation>Eligibility is not decided yet. It is decided once the remaining criteria are answered (the Eligibility step).</translation>
    </message>
</context>
<context>
    <name>td::SecondEntryDialog</name>
    <message>
        <source>Item %1 is not entered; type NA for a missing answer.</source>
        <translation>Item %1 is not entered; type NA for a missing answer.</translation>
    </message>
    <message>
        <source>The two entries agree: the form is complete.</source>
        <translation>The two entries agree: the form is complete.</translation>
    </message>
    <message>
        <source>The entries differ at item(s) %1. A third person adjudicates them under Data quality, Double entry.</source>
        <translation>The entries differ at item(s) %1. A third person adjudicates them under Data quality, Double entry.</translation>
    </message>
    <message>
        <source>Second entry: %1</source>
        <translation>Second entry: %1</translation>
    </message>
    <message>
        <source>%1. Key the paper form again, item by item. The first entry is not shown; the two are compared when you save.</source>
        <translation>%1. Key the paper form again, item by item. The first entry is not shown; the two are compared when you save.</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Save second entry</source>
        <translation>&amp;Save second entry</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>td::ServerBackupBox</name>
    <message>
        <source>Backups on the database server</source>
        <translation>Backups on the database server</translation>
    </message>
    <message>
        <source>the owner of the trial&apos;s tables</source>
        <translation>the owner of the trial&apos;s tables</translation>
    </message>
    <message>
        <source>This trial is on the database server %1, which keeps its data: TrialDesk writes no backup of it. The server&apos;s administrator backs it up with PostgreSQL&apos;s own tools, as %2 (who owns the trial&apos;s tables) or a superuser, with the password from PGPASSWORD or ~/.pgpass. Your own login could not make a whole copy: it may not read the allocation list or the users&apos; passwords. Continuous archiving on the server keeps every change between dumps as well.</source>
        <translation>This trial is on the database server %1, which keeps its data: TrialDesk writes no backup of it. The server&apos;s administrator backs it up with PostgreSQL&apos;s own tools, as %2 (who owns the trial&apos;s tables) or a superuser, with the password from PGPASSWORD or ~/.pgpass. Your own login could not make a whole copy: it may not read the allocation list or the users&apos; passwords. Continuous archiving on the server keeps every change between dumps as well.</translation>
    </message>
    <message>
        <source>&amp;Back up (a dump of the whole trial, readable only by who may read all of it):</source>
        <translation>&amp;Back up (a dump of the whole trial, readable only by who may read all of it):</translation>
    </message>
    <message>
        <source>Restore:</source>
        <translation>Restore:</translation>
    </message>
    <message>
        <source>To go back to a dump, everyone closes TrialDesk, and the server&apos;s administrator runs the command below with the dump&apos;s file. It replaces the trial&apos;s tables, their rows, rules and grants by the dump&apos;s, in one transaction: if it fails, nothing changes. The users&apos; login roles belong to the server and stay as they are. Then verify the audit trail here: this computer remembers the trail&apos;s last signed head, so the check names what the restore took back.</source>
        <translation>To go back to a dump, everyone closes TrialDesk, and the server&apos;s administrator runs the command below with the dump&apos;s file. It replaces the trial&apos;s tables, their rows, rules and grants by the dump&apos;s, in one transaction: if it fails, nothing changes. The users&apos; login roles belong to the server and stay as they are. Then verify the audit trail here: this computer remembers the trail&apos;s last signed head, so the check names what the restore took back.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <source>There is nothing to compact: the server keeps its tables in order itself (autovacuum).</source>
        <translation>There is nothing to compact: the server keeps its tables in order itself (autovacuum).</translation>
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
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Therapist</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>td::SessionLogView</name>
    <message>
        <source>Choose a patient first.</source>
        <translation>Choose a patient first.</translation>
    </message>
    <message>
        <source>My patients: attendance against the planned dose</source>
        <translation>My patients: attendance against the planned dose</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Add a session</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>A&amp;ttendance</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Add session</translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>Sessions of %1</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Session %1 of %2 on %3: %4</source>
        <translation>Session %1 of %2 on %3: %4</translation>
    </message>
    <message>
        <source>Show &amp;voided sessions</source>
        <translation>Show &amp;voided sessions</translation>
    </message>
    <message>
        <source>V&amp;oid session…</source>
        <translation>V&amp;oid session…</translation>
    </message>
    <message>
        <source>Void the selected session with a reason: it stays in the audit trail and no longer counts toward the dose.</source>
        <translation>Void the selected session with a reason: it stays in the audit trail and no longer counts toward the dose.</translation>
    </message>
    <message>
        <source>Participants: attendance against the planned dose</source>
        <translation>Participants: attendance against the planned dose</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Participants: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Shown: %1 of %2</translation>
    </message>
    <message>
        <source>Not saved: %1 already has a session on %2. Change the date, or add the session again and confirm it.</source>
        <translation>Not saved: %1 already has a session on %2. Change the date, or add the session again and confirm it.</translation>
    </message>
    <message>
        <source>Another session on this date?</source>
        <translation>Another session on this date?</translation>
    </message>
    <message>
        <source>Record another session</source>
        <translation>Record another session</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Enter in the date or the duration adds the session. In a drop-down list Enter only picks the entry.</source>
        <translation>Enter in the date or the duration adds the session. In a drop-down list Enter only picks the entry.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Study ID, arm or date of the last session…</source>
        <translation>Study ID, arm or date of the last session…</translation>
    </message>
</context>
<context>
    <name>td::SessionTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Removed: %1</translation>
    </message>
</context>
<context>
    <name>td::SignatureField</name>
    <message>
        <source>Electronic signature (%1)</source>
        <translation>Electronic signature (%1)</translation>
    </message>
    <message>
        <source>Signing as %1, you declare: &quot;%2&quot; Your signature, with its meaning and time, is kept with the record and in the audit trail.</source>
        <translation>Signing as %1, you declare: &quot;%2&quot; Your signature, with its meaning and time, is kept with the record and in the audit trail.</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Your &amp;password:</translation>
    </message>
</context>
<context>
    <name>td::SiteChoice</name>
    <message>
        <source>&amp;All sites</source>
        <translation>&amp;All sites</translation>
    </message>
    <message>
        <source>&amp;Only these sites:</source>
        <translation>&amp;Only these sites:</translation>
    </message>
    <message>
        <source>The trial has no sites yet; add them to the protocol to choose some.</source>
        <translation>The trial has no sites yet; add them to the protocol to choose some.</translation>
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
        <translation>Sites</translation>
    </message>
    <message>
        <source>The clinics that recruit. A site&apos;s code starts its participants&apos; study ids.</source>
        <translation>The clinics that recruit. A site&apos;s code starts its participants&apos; study ids.</translation>
    </message>
    <message>
        <source>One row per site. Codes are letters, digits or _ (e.g. OSL); names are given in English and in Norwegian.</source>
        <translation>One row per site. Codes are letters, digits or _ (e.g. OSL); names are given in English and in Norwegian.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Name (Norwegian)</source>
        <translation>Name (Norwegian)</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>&amp;Add site</translation>
    </message>
    <message>
        <source>&amp;Remove site</source>
        <translation>&amp;Remove site</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
</context>
<context>
    <name>td::SourceVerificationPanel</name>
    <message>
        <source>Choose a form first.</source>
        <translation>Choose a form first.</translation>
    </message>
    <message>
        <source>Verified %1</source>
        <translation>Verified %1</translation>
    </message>
    <message>
        <source>Verified %1 by %2</source>
        <translation>Verified %1 by %2</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Recorded as missing</source>
        <translation>Recorded as missing</translation>
    </message>
    <message>
        <source>Visit forms verified against their source, per site</source>
        <translation>Visit forms verified against their source, per site</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Share verified</source>
        <translation>Share verified</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Participant:</translation>
    </message>
    <message>
        <source>study id, e.g. OSL-001</source>
        <translation>study id, e.g. OSL-001</translation>
    </message>
    <message>
        <source>&amp;Show forms</source>
        <translation>&amp;Show forms</translation>
    </message>
    <message>
        <source>&amp;Verified against source</source>
        <translation>&amp;Verified against source</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source data verification</source>
        <translation>Source data verification</translation>
    </message>
</context>
<context>
    <name>td::StartPage</name>
    <message>
        <source>This protocol cannot be used:</source>
        <translation>This protocol cannot be used:</translation>
    </message>
    <message>
        <source>Open a protocol file</source>
        <translation>Open a protocol file</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>Protocol files (*.json)</translation>
    </message>
    <message>
        <source>Start a new trial</source>
        <translation>Start a new trial</translation>
    </message>
    <message>
        <source>Choose what the new trial&apos;s protocol starts from. Every page after this one can change it before anything is created.</source>
        <translation>Choose what the new trial&apos;s protocol starts from. Every page after this one can change it before anything is created.</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Start from:</translation>
    </message>
    <message>
        <source>The &amp;MOP template (%1)</source>
        <translation>The &amp;MOP template (%1)</translation>
    </message>
    <message>
        <source>The &amp;DIT pilot template (%1)</source>
        <translation>The &amp;DIT pilot template (%1)</translation>
    </message>
    <message>
        <source>A b&amp;lank protocol</source>
        <translation>A b&amp;lank protocol</translation>
    </message>
    <message>
        <source>A protocol &amp;file (JSON, as written by &quot;Save protocol file&quot; or trialdesk-cli protocol export):</source>
        <translation>A protocol &amp;file (JSON, as written by &quot;Save protocol file&quot; or trialdesk-cli protocol export):</translation>
    </message>
    <message>
        <source>Ch&amp;oose file…</source>
        <translation>Ch&amp;oose file…</translation>
    </message>
    <message>
        <source>Path of a protocol file</source>
        <translation>Path of a protocol file</translation>
    </message>
</context>
<context>
    <name>td::StatusDialog</name>
    <message>
        <source>Status of %1</source>
        <translation>Status of %1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Required for this change; it goes into the audit trail.</source>
        <translation>Required for this change; it goes into the audit trail.</translation>
    </message>
    <message>
        <source>Optional; it goes into the audit trail.</source>
        <translation>Optional; it goes into the audit trail.</translation>
    </message>
    <message>
        <source>e.g. moved abroad; withdrew consent</source>
        <translation>e.g. moved abroad; withdrew consent</translation>
    </message>
    <message>
        <source>The data collected so far may still be &amp;used in the analysis</source>
        <translation>The data collected so far may still be &amp;used in the analysis</translation>
    </message>
    <message>
        <source>%1 is recorded as declining and leaves the trial in the CONSORT box &quot;Declined to participate&quot;.</source>
        <translation>%1 is recorded as declining and leaves the trial in the CONSORT box &quot;Declined to participate&quot;.</translation>
    </message>
    <message>
        <source>%1 resumes treatment (reason: %2).</source>
        <translation>%1 resumes treatment (reason: %2).</translation>
    </message>
    <message>
        <source>%1 is traced again and back in treatment (reason: %2).</source>
        <translation>%1 is traced again and back in treatment (reason: %2).</translation>
    </message>
    <message>
        <source>%1 starts treatment.</source>
        <translation>%1 starts treatment.</translation>
    </message>
    <message>
        <source>%1 has completed treatment; the follow-up visits go on as planned.</source>
        <translation>%1 has completed treatment; the follow-up visits go on as planned.</translation>
    </message>
    <message>
        <source>%1 stops treatment early (reason: %2). The follow-up assessments go on as planned; CONSORT counts %1 as having discontinued the intervention.</source>
        <translation>%1 stops treatment early (reason: %2). The follow-up assessments go on as planned; CONSORT counts %1 as having discontinued the intervention.</translation>
    </message>
    <message>
        <source>%1 is recorded as lost to follow-up (reason: %2). If %1 is traced again, the status can return.</source>
        <translation>%1 is recorded as lost to follow-up (reason: %2). If %1 is traced again, the status can return.</translation>
    </message>
    <message>
        <source>The data collected so far stay in the analysis.</source>
        <translation>The data collected so far stay in the analysis.</translation>
    </message>
    <message>
        <source>The data collected so far are kept but marked as not to be used in the analysis.</source>
        <translation>The data collected so far are kept but marked as not to be used in the analysis.</translation>
    </message>
    <message>
        <source>%1 is withdrawn from the trial (reason: %2); no further visits are scheduled. %3 Nothing recorded is deleted.</source>
        <translation>%1 is withdrawn from the trial (reason: %2); no further visits are scheduled. %3 Nothing recorded is deleted.</translation>
    </message>
    <message>
        <source>%1 goes from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>%1 goes from &quot;%2&quot; to &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is changed by another step, or is final: no status change is possible here.</source>
        <translation>&quot;%1&quot; is changed by another step, or is final: no status change is possible here.</translation>
    </message>
    <message>
        <source>%1 goes from &quot;%2&quot; to &quot;%3&quot;. Write the reason first: it is required.</source>
        <translation>%1 goes from &quot;%2&quot; to &quot;%3&quot;. Write the reason first: it is required.</translation>
    </message>
</context>
<context>
    <name>td::StratificationEditor</name>
    <message>
        <source>Stratification</source>
        <translation>Stratification</translation>
    </message>
    <message>
        <source>The factors randomization balances the arms within: the site, a covariate cut into levels, or the severity before randomization cut at a score.</source>
        <translation>The factors randomization balances the arms within: the site, a covariate cut into levels, or the severity before randomization cut at a score.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No stratification factors: every participant is in one stratum.</source>
        <translation>No stratification factors: every participant is in one stratum.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln level(s))</source>
        <translation>
            <numerusform>%1 (%Ln level)</numerusform>
            <numerusform>%1 (%Ln levels)</numerusform>
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
        <translation>&quot;%1&quot; is not a number; write the cut points as numbers separated by &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Covariate</source>
        <translation>Covariate</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Time point</source>
        <translation>Time point</translation>
    </message>
    <message>
        <source>Cut points</source>
        <translation>Cut points</translation>
    </message>
    <message>
        <source>&amp;Add factor</source>
        <translation>&amp;Add factor</translation>
    </message>
    <message>
        <source>&amp;Remove factor</source>
        <translation>&amp;Remove factor</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>&amp;Factors, one row per factor. A site factor needs nothing more. A covariate factor names a covariate that is required for randomization: a number is cut at cut points, a choice is stratified by its choices. A severity factor cuts the total score of an instrument given at the visit before randomization. Write cut points in ascending order, separated by &quot;%1&quot; (for example %2); each starts a level, so a cut at 24 makes the levels below 24, and 24 or more.</source>
        <translation>&amp;Factors, one row per factor. A site factor needs nothing more. A covariate factor names a covariate that is required for randomization: a number is cut at cut points, a choice is stratified by its choices. A severity factor cuts the total score of an instrument given at the visit before randomization. Write cut points in ascending order, separated by &quot;%1&quot; (for example %2); each starts a level, so a cut at 24 makes the levels below 24, and 24 or more.</translation>
    </message>
</context>
<context>
    <name>td::SummaryPage</name>
    <message>
        <source>The protocol still has problems; go back and correct them:</source>
        <translation>The protocol still has problems; go back and correct them:</translation>
    </message>
    <message>
        <source>Create the trial in</source>
        <translation>Create the trial in</translation>
    </message>
    <message>
        <source>Trial files (*.sqlite)</source>
        <translation>Trial files (*.sqlite)</translation>
    </message>
    <message>
        <source>Save protocol file</source>
        <translation>Save protocol file</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>Protocol files (*.json)</translation>
    </message>
    <message>
        <source>Protocol saved as %1.</source>
        <translation>Protocol saved as %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Check the protocol. Create makes the trial file with this protocol and its first administrator; nothing is written before.</source>
        <translation>Check the protocol. Create makes the trial file with this protocol and its first administrator; nothing is written before.</translation>
    </message>
    <message>
        <source>Trial &amp;file:</source>
        <translation>Trial &amp;file:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Save protocol file…</source>
        <translation>&amp;Save protocol file…</translation>
    </message>
    <message>
        <source>&amp;Encrypt the trial file (recommended): it opens only with a user&apos;s password</source>
        <translation>&amp;Encrypt the trial file (recommended): it opens only with a user&apos;s password</translation>
    </message>
    <message>
        <source>Without it, anyone who copies the file can read it. Exports for analysis are never encrypted.</source>
        <translation>Without it, anyone who copies the file can read it. Exports for analysis are never encrypted.</translation>
    </message>
    <message>
        <source>A file, or a database on a PostgreSQL server: postgresql://postgres@host:port/database</source>
        <translation>A file, or a database on a PostgreSQL server: postgresql://postgres@host:port/database</translation>
    </message>
    <message>
        <source>The trial is created in this server database with the server&apos;s own credentials (PGPASSWORD or ~/.pgpass, for a role that may create databases and roles). Then everyone, the first administrator too, signs in as their own login on the server.</source>
        <translation>The trial is created in this server database with the server&apos;s own credentials (PGPASSWORD or ~/.pgpass, for a role that may create databases and roles). Then everyone, the first administrator too, signs in as their own login on the server.</translation>
    </message>
</context>
<context>
    <name>td::TherapistDialog</name>
    <message>
        <source>Therapist of %1</source>
        <translation>Therapist of %1</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>none assigned</translation>
    </message>
    <message>
        <source>&amp;Therapist:</source>
        <translation>&amp;Therapist:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>e.g. therapist on leave; the participant asked</source>
        <translation>e.g. therapist on leave; the participant asked</translation>
    </message>
    <message>
        <source>No active therapist works at %1. The administrator adds therapists and the sites they work at in the Users area.</source>
        <translation>No active therapist works at %1. The administrator adds therapists and the sites they work at in the Users area.</translation>
    </message>
    <message>
        <source>%1 is the therapist of %2 now. Choose another therapist to reassign.</source>
        <translation>%1 is the therapist of %2 now. Choose another therapist to reassign.</translation>
    </message>
    <message>
        <source>%1 becomes the therapist of %2 and sees %2 among their patients.</source>
        <translation>%1 becomes the therapist of %2 and sees %2 among their patients.</translation>
    </message>
    <message>
        <source>%1 takes over %2 from %3. Write the reason first: it is required.</source>
        <translation>%1 takes over %2 from %3. Write the reason first: it is required.</translation>
    </message>
    <message>
        <source>%1 takes over %2 from %3 (reason: %4); %3 no longer sees %2.</source>
        <translation>%1 takes over %2 from %3 (reason: %4); %3 no longer sees %2.</translation>
    </message>
</context>
<context>
    <name>td::TrajectoryCard</name>
    <message>
        <source>Mean %1 per arm, observed cases (95% CI)</source>
        <translation>Mean %1 per arm, observed cases (95% CI)</translation>
    </message>
    <message>
        <source>Weeks since randomization</source>
        <translation>Weeks since randomization</translation>
    </message>
    <message>
        <source>Mean %1 total</source>
        <translation>Mean %1 total</translation>
    </message>
    <message>
        <source>%1 95% CI</source>
        <translation>%1 95% CI</translation>
    </message>
    <message>
        <source>Mean %1, all arms pooled, observed cases (95% CI)</source>
        <extracomment>Title of the trajectory chart when the arms are pooled; %1: instrument.</extracomment>
        <translation>Mean %1, all arms pooled, observed cases (95% CI)</translation>
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
        <translation>Safety alert: %1</translation>
    </message>
    <message>
        <source>Session %1, %2, %3</source>
        <translation>Session %1, %2, %3</translation>
    </message>
    <message>
        <source>No scores to show yet</source>
        <translation>No scores to show yet</translation>
    </message>
    <message>
        <source>Weeks since randomization</source>
        <translation>Weeks since randomization</translation>
    </message>
    <message>
        <source>Weeks since the first assessment</source>
        <translation>Weeks since the first assessment</translation>
    </message>
    <message>
        <source>%1 total</source>
        <extracomment>Score axis of the participant&apos;s chart; %1 is the instrument, e.g. PHQ-9.</extracomment>
        <translation>%1 total</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Baseline %1</translation>
    </message>
    <message>
        <source>Reliable improvement below %1</source>
        <translation>Reliable improvement below %1</translation>
    </message>
    <message>
        <source>Reliable improvement above %1</source>
        <translation>Reliable improvement above %1</translation>
    </message>
    <message>
        <source>No reliable improvement possible from this baseline</source>
        <translation>No reliable improvement possible from this baseline</translation>
    </message>
    <message>
        <source>Safety alert</source>
        <translation>Safety alert</translation>
    </message>
    <message>
        <source>Session attended</source>
        <translation>Session attended</translation>
    </message>
    <message>
        <source>Session not attended</source>
        <translation>Session not attended</translation>
    </message>
    <message>
        <source>%1 over weeks since randomization</source>
        <extracomment>Title of one participant&apos;s chart; %1 is the instrument, e.g. PHQ-9.</extracomment>
        <translation>%1 over weeks since randomization</translation>
    </message>
    <message>
        <source>%1 over weeks since the first assessment</source>
        <translation>%1 over weeks since the first assessment</translation>
    </message>
</context>
<context>
    <name>td::TrialEditor</name>
    <message>
        <source>Trial</source>
        <translation>Trial</translation>
    </message>
    <message>
        <source>The trial&apos;s title in English and in Norwegian, its acronym, how many participants it aims to randomize and when it recruits.</source>
        <translation>The trial&apos;s title in English and in Norwegian, its acronym, how many participants it aims to randomize and when it recruits.</translation>
    </message>
    <message>
        <source>Title in &amp;English:</source>
        <translation>Title in &amp;English:</translation>
    </message>
    <message>
        <source>Title in &amp;Norwegian:</source>
        <translation>Title in &amp;Norwegian:</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Acronym:</translation>
    </message>
    <message>
        <source>&amp;Target sample size:</source>
        <translation>&amp;Target sample size:</translation>
    </message>
    <message>
        <source>Recruitment &amp;starts:</source>
        <translation>Recruitment &amp;starts:</translation>
    </message>
    <message>
        <source>Recruitment &amp;ends:</source>
        <translation>Recruitment &amp;ends:</translation>
    </message>
    <message>
        <source>e.g. Mechanisms of Change in Psychotherapy</source>
        <translation>e.g. Mechanisms of Change in Psychotherapy</translation>
    </message>
    <message>
        <source>e.g. Endringsmekanismer i psykoterapi</source>
        <translation>e.g. Endringsmekanismer i psykoterapi</translation>
    </message>
    <message>
        <source>e.g. MOP</source>
        <translation>e.g. MOP</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>td::UnblindingReviewDialog</name>
    <message>
        <source>Choose an unblinding that is still to review.</source>
        <translation>Choose an unblinding that is still to review.</translation>
    </message>
    <message>
        <source>Emergency unblindings</source>
        <translation>Emergency unblindings</translation>
    </message>
    <message>
        <source>Blinded staff who learned a participant&apos;s treatment arm in an emergency, newest first. Follow each one up (normally another blinded assessor takes over the participant&apos;s ratings), then mark it as reviewed.</source>
        <translation>Blinded staff who learned a participant&apos;s treatment arm in an emergency, newest first. Follow each one up (normally another blinded assessor takes over the participant&apos;s ratings), then mark it as reviewed.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to review</source>
        <translation>
            <numerusform>%Ln to review</numerusform>
            <numerusform>%Ln to review</numerusform>
        </translation>
    </message>
    <message>
        <source>All reviewed</source>
        <translation>All reviewed</translation>
    </message>
    <message>
        <source>No emergency unblindings</source>
        <translation>No emergency unblindings</translation>
    </message>
    <message>
        <source>&amp;Mark as reviewed</source>
        <translation>&amp;Mark as reviewed</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>td::UnblindingTableModel</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Unblinded by</source>
        <translation>Unblinded by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Reviewed on %1</source>
        <translation>Reviewed on %1</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>Reviewed by %1 on %2</translation>
    </message>
</context>
<context>
    <name>td::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Deactivated on %1</source>
        <translation>Deactivated on %1</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
</context>
<context>
    <name>td::UsersView</name>
    <message numerus="yes">
        <source>&amp;Users: %Ln</source>
        <translation>
            <numerusform>&amp;Users: %Ln</numerusform>
            <numerusform>&amp;Users: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>%1 (%2) was added as %3 and can now sign in.</source>
        <translation>%1 (%2) was added as %3 and can now sign in.</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>Rea&amp;ctivate…</source>
        <translation>Rea&amp;ctivate…</translation>
    </message>
    <message>
        <source>The people who work in this trial. Each signs in with their own user name and password and sees only what their role allows; every change is recorded in the audit trail. Accounts are never deleted: a deactivated account cannot sign in but keeps its name on what it did.</source>
        <translation>The people who work in this trial. Each signs in with their own user name and password and sees only what their role allows; every change is recorded in the audit trail. Accounts are never deleted: a deactivated account cannot sign in but keeps its name on what it did.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>The changes to %1 (%2) were saved.</source>
        <translation>The changes to %1 (%2) were saved.</translation>
    </message>
    <message>
        <source>%1 (%2) was deactivated and can no longer sign in.</source>
        <translation>%1 (%2) was deactivated and can no longer sign in.</translation>
    </message>
    <message>
        <source>%1 (%2) was reactivated and can sign in again.</source>
        <translation>%1 (%2) was reactivated and can sign in again.</translation>
    </message>
    <message>
        <source>%1 (%2) has a temporary password and must choose a new one at the next sign-in.</source>
        <translation>%1 (%2) has a temporary password and must choose a new one at the next sign-in.</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>%1 (%2) is now %3, from their next sign-in.</source>
        <translation>%1 (%2) is now %3, from their next sign-in.</translation>
    </message>
</context>
<context>
    <name>td::VisitTableModel</name>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
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
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>Week %1 after randomization, window ± %Ln day(s)</source>
        <translation>
            <numerusform>Week %1 after randomization, window ± %Ln day</numerusform>
            <numerusform>Week %1 after randomization, window ± %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason recorded: %1</source>
        <translation>Reason recorded: %1</translation>
    </message>
    <message>
        <source>Visits count from randomization, which has not happened.</source>
        <translation>Visits count from randomization, which has not happened.</translation>
    </message>
    <message>
        <source>Done outside its window (%1 to %2).</source>
        <translation>Done outside its window (%1 to %2).</translation>
    </message>
    <message>
        <source>Not complete: %1</source>
        <translation>Not complete: %1</translation>
    </message>
</context>
<context>
    <name>td::WorklistModel</name>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <extracomment>Due by: the last day of a visit window is today.</extracomment>
        <translation>%1 (today)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %Ln day(s))</source>
        <extracomment>Due by: a date and how many days from today.</extracomment>
        <translation>
            <numerusform>%1 (in %Ln day)</numerusform>
            <numerusform>%1 (in %Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s) ago)</source>
        <extracomment>Due by: a date that has passed, and how long ago.</extracomment>
        <translation>
            <numerusform>%1 (%Ln day ago)</numerusform>
            <numerusform>%1 (%Ln days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: the visit window closed on %1.</source>
        <translation>Overdue: the visit window closed on %1.</translation>
    </message>
    <message>
        <source>Overdue: waiting since before this week.</source>
        <translation>Overdue: waiting since before this week.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Unblinded by %1</source>
        <translation>Unblinded by %1</translation>
    </message>
    <message>
        <source>Query %1: %2</source>
        <translation>Query %1: %2</translation>
    </message>
    <message>
        <source>Keyed once; key it again from the paper form</source>
        <extracomment>Worklist detail of a form to key a second time from its paper original.</extracomment>
        <translation>Keyed once; key it again from the paper form</translation>
    </message>
    <message numerus="yes">
        <source>The two entries differ on item(s) %1</source>
        <extracomment>Worklist detail: the items on which a form&apos;s two entries differ.</extracomment>
        <translation>
            <numerusform>The two entries differ on item %1</numerusform>
            <numerusform>The two entries differ on items %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::WorklistView</name>
    <message>
        <source>Nothing to do: no task is waiting</source>
        <translation>Nothing to do: no task is waiting</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <extracomment>Worklist header: tasks that are late (a closed visit window, a step waiting since before this week&apos;s Monday).</extracomment>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to do this week</source>
        <extracomment>Worklist header: the tasks that are not late.</extracomment>
        <translation>
            <numerusform>%Ln to do this week</numerusform>
            <numerusform>%Ln to do this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln task(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln task</numerusform>
            <numerusform>Showing %1 of %Ln tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>All tasks</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Randomize</source>
        <translation>Randomize</translation>
    </message>
    <message>
        <source>Visits due</source>
        <translation>Visits due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Safety alerts</source>
        <translation>Safety alerts</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Study ID, visit, instrument…</source>
        <translation>Study ID, visit, instrument…</translation>
    </message>
    <message>
        <source>Which tasks to show</source>
        <translation>Which tasks to show</translation>
    </message>
    <message numerus="yes">
        <source>%Ln emergency unblinding(s) to review…</source>
        <translation>
            <numerusform>%Ln emergency unblinding to review…</numerusform>
            <numerusform>%Ln emergency unblindings to review…</numerusform>
        </translation>
    </message>
</context>
</TS>
