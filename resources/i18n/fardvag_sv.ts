<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/cli.py" line="43"/>
        <source>Standard input ended before all passwords were read.</source>
        <translation>Standardinmatningen tog slut innan alla lösenord hade lästs in.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="46"/>
        <source>Repeat</source>
        <translation>Upprepa</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="47"/>
        <source>The two entries were not the same.</source>
        <translation>De två inmatningarna stämde inte överens.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="53"/>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="62"/>
        <source>Recovery key. Write it down or print it now and keep it locked away: it is shown only this once, and it opens the register if every password is forgotten.</source>
        <translation>Återställningsnyckel. Skriv ner den eller skriv ut den nu och förvara den inlåst. Den visas bara den här gången, och den öppnar registret om alla lösenord har glömts bort.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="78"/>
        <source>Password for {user}</source>
        <translation>Lösenord för {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="84"/>
        <location filename="../../desktop/cli.py" line="136"/>
        <location filename="../../desktop/cli.py" line="569"/>
        <source>New password for {user}</source>
        <translation>Nytt lösenord för {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="89"/>
        <source>Created the register {path}.</source>
        <translation>Registret {path} har skapats.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="96"/>
        <source>key</source>
        <translation>nyckeln</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="97"/>
        <source>encrypted</source>
        <translation>krypterad</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="98"/>
        <source>SQLCipher page check</source>
        <translation>SQLCiphers sidkontroll</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="99"/>
        <source>SQLite structure check</source>
        <translation>SQLites strukturkontroll</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="100"/>
        <source>audit chain</source>
        <translation>loggkedjan</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="101"/>
        <source>audit chain&apos;s anchor outside the register</source>
        <translation>loggkedjans ankarfil utanför registret</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="106"/>
        <location filename="../../desktop/cli.py" line="474"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="106"/>
        <source>FAILED</source>
        <translation>FEL</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="115"/>
        <source>Password for the new user {user}</source>
        <translation>Lösenord för den nya användaren {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="118"/>
        <source>Added {user}.</source>
        <translation>{user} har lagts till.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="125"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="127"/>
        <source>Password changed.</source>
        <translation>Lösenordet har ändrats.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="134"/>
        <location filename="../../desktop/cli.py" line="182"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="139"/>
        <source>{user} can sign in with the new password. Set new passwords for the others.</source>
        <translation>{user} kan logga in med det nya lösenordet. Ge de andra användarna nya lösenord.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="151"/>
        <source>Removed {user}. If they may have kept a copy of the register, run rotate-key.</source>
        <translation>{user} har tagits bort. Om personen kan ha sparat en kopia av registret ska du köra rotate-key.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="168"/>
        <source>The register has a new key. The old recovery key no longer works.</source>
        <translation>Registret har fått en ny nyckel. Den gamla återställningsnyckeln fungerar inte längre.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="188"/>
        <source>The register is as Färdväg last saved it; there was nothing to accept.</source>
        <translation>Registret är som Färdväg senast sparade det. Det fanns inget att godkänna.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="193"/>
        <source>The register is accepted as it is now, and recorded in the audit log. The files as they were are kept as {copy} (with -wal and .anchor after the name where there were such files).</source>
        <translation>Registret har godkänts som det är nu, och det har förts in i loggen. Filerna som de var sparas som {copy} (med -wal och .anchor efter namnet där sådana filer fanns).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="346"/>
        <source>Give either --period or --from and --to, not both.</source>
        <translation>Ange antingen --period eller --from och --to, inte båda.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="357"/>
        <source>Name the period with --period, e.g. --period 2026-Q3, or give --from and --to.</source>
        <translation>Ange perioden med --period, t.ex. --period 2026-Q3, eller ange --from och --to.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="380"/>
        <source>Give both --from and --to, or neither.</source>
        <translation>Ange både --from och --to, eller ingen av dem.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="384"/>
        <source>Write the dates as YYYY-MM-DD.</source>
        <translation>Skriv datumen som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="397"/>
        <source>A blank contract is for no one in particular: leave out --participant.</source>
        <translation>Ett tomt kontrakt gäller ingen särskild person: utelämna --participant.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="473"/>
        <source>DAMAGED</source>
        <translation>SKADAD</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="486"/>
        <source>Backup made and checked: {path} ({size}).</source>
        <translation>Säkerhetskopian är gjord och kontrollerad: {path} ({size}).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="493"/>
        <source>Removed {count} older backups that the rotation settings do not keep.</source>
        <translation>{count} äldre säkerhetskopior har tagits bort eftersom de inte ska sparas enligt inställningarna.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="508"/>
        <source>There are no backups in {folder}.</source>
        <translation>Det finns inga säkerhetskopior i {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="531"/>
        <source>Password for {user} on the day of the backup</source>
        <translation>Lösenord för {user} den dag säkerhetskopian gjordes</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="535"/>
        <source>Restore the backup from {when} to {path}? Everything saved there since then is no longer in the register; the current files are kept beside it.</source>
        <translation>Vill du återställa säkerhetskopian från {when} till {path}? Allt som har sparats där sedan dess försvinner ur registret. De nuvarande filerna sparas bredvid.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="540"/>
        <source>Nothing was restored.</source>
        <translation>Ingenting har återställts.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="544"/>
        <source>Restored the backup from {when} to {path}.</source>
        <translation>Säkerhetskopian från {when} har återställts till {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="551"/>
        <source>The register that was there is kept as {path}.</source>
        <translation>Registret som fanns där har sparats som {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="556"/>
        <source>Checked: its files are the very ones that passed every check when it was made. Run verify after signing in to check the register itself.</source>
        <translation>Kontrollerad: filerna är exakt de som klarade alla kontroller när säkerhetskopian gjordes. Kör verify när du har loggat in för att kontrollera själva registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="572"/>
        <source>Created the demo register {path} (user demo).</source>
        <translation>Demoregistret {path} har skapats (användare demo).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="579"/>
        <source>Färdväg: the unit&apos;s encrypted register. Without a command: the window.</source>
        <translation>Färdväg: enhetens krypterade register. Utan kommando öppnas fönstret.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="582"/>
        <location filename="../../desktop/cli.py" line="611"/>
        <location filename="../../desktop/cli.py" line="796"/>
        <source>show this help and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="587"/>
        <source>show the version and exit</source>
        <translation>visa versionen och avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="589"/>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="590"/>
        <source>show technical details</source>
        <translation>visa tekniska detaljer</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="595"/>
        <source>check that this installation works, headless; exit code 0 if it does</source>
        <translation>kontrollera att installationen fungerar, utan fönster; slutkod 0 om den gör det</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="601"/>
        <source>register file (default: the last one used, or {path})</source>
        <translation>registerfil (standard: den som användes senast, eller {path})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="658"/>
        <source>accept a register that sign-in refuses because it is not as last saved (a lost or foreign -wal file, a missing .anchor file); the files as they were are kept</source>
        <translation>godkänn ett register som inte kan öppnas vid inloggningen eftersom det inte är som när det senast sparades (en förlorad eller främmande -wal-fil, en saknad .anchor-fil); filerna sparas som de var</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="666"/>
        <source>an administrator&apos;s user name (without it: the recovery key is asked for)</source>
        <translation>en administratörs användarnamn (utan det efterfrågas återställningsnyckeln)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="668"/>
        <source>list everyone: number, name, status, phase</source>
        <translation>lista alla: nummer, namn, status, fas</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="669"/>
        <source>as JSON</source>
        <translation>som JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="671"/>
        <source>the outcome model and people counts for a date, as JSON</source>
        <translation>utfallsmodellen och antal personer på ett visst datum, som JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="673"/>
        <location filename="../../desktop/cli.py" line="730"/>
        <source>the date (default: today)</source>
        <translation>datumet (standard: i dag)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="674"/>
        <source>create a demo register with fictitious people</source>
        <translation>skapa ett demoregister med påhittade personer</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="678"/>
        <source>make a checked, encrypted backup of the register now, then rotate the older ones</source>
        <translation>gör en kontrollerad, krypterad säkerhetskopia av registret nu och ta sedan bort de äldre som inte ska sparas</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="684"/>
        <source>the folder for backups (default: the one chosen under Settings)</source>
        <translation>mappen för säkerhetskopior (standard: den som har valts under Inställningar)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="689"/>
        <source>list the backups in a folder: date, size and the result of their check</source>
        <translation>lista säkerhetskopiorna i en mapp: datum, storlek och resultatet av kontrollen</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="692"/>
        <source>the folder</source>
        <translation>mappen</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="696"/>
        <source>compare each backup&apos;s files with those that passed when it was made</source>
        <translation>jämför varje säkerhetskopias filer med dem som godkändes när den gjordes</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="701"/>
        <source>put a backup in the register&apos;s place (the current files are kept beside it)</source>
        <translation>ersätt registret med en säkerhetskopia (de nuvarande filerna sparas bredvid)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="710"/>
        <source>the backup&apos;s folder, e.g. …/fardvag-backup-20261201T093012Z</source>
        <translation>säkerhetskopians mapp, t.ex. …/fardvag-backup-20261201T093012Z</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="715"/>
        <source>check the backup in full, signed in as this user with the password of its day</source>
        <translation>kontrollera hela säkerhetskopian, inloggad som den här användaren med det lösenord som gällde när den gjordes</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="717"/>
        <source>restore without asking first</source>
        <translation>återställ utan att fråga först</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="722"/>
        <source>write a document: tests-today (the day&apos;s drug-test list), consent-form (to sign), register-extract (everything held about a participant), handling-plan (the data-handling plan), ambassadors (the week&apos;s summaries, into a folder), steering (the steering group&apos;s workbook for a period), progress (a participant&apos;s progress sheet, PDF or .xlsx), action-plan (the action plan with the contract, to sign)</source>
        <translation>skapa ett dokument: tests-today (dagens provtagningslista), consent-form (att skriva under), register-extract (allt som finns registrerat om en deltagare), handling-plan (informationshanteringsplanen), ambassadors (veckans sammanfattningar, i en mapp), steering (styrgruppens arbetsbok för en period), progress (en deltagares utvecklingsblad, PDF eller .xlsx), action-plan (åtgärdsplanen med kontraktet, att skriva under)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="729"/>
        <source>what to write</source>
        <translation>vad som ska skapas</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="735"/>
        <source>the participant&apos;s number, e.g. 2026-007 (consent-form, register-extract, progress, action-plan)</source>
        <translation>deltagarens nummer, t.ex. 2026-007 (consent-form, register-extract, progress, action-plan)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="744"/>
        <source>for whom (progress; default: staff)</source>
        <translation>för vem (progress; standard: staff)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="749"/>
        <source>with the period&apos;s notes (progress, staff version)</source>
        <translation>med periodens anteckningar (progress, personalversionen)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="770"/>
        <source>the period: 2026-07, 2026-Q3, 2026-H1 or 2026 (steering)</source>
        <translation>perioden: 2026-07, 2026-Q3, 2026-H1 eller 2026 (steering)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="789"/>
        <source>the file to write (ambassadors: the folder to write them in)</source>
        <translation>filen som ska skapas (ambassadors: mappen som filerna ska sparas i)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="793"/>
        <source>render every screen to PNG files, with a throw-away register</source>
        <translation>spara varje skärm som en PNG-fil, med ett tillfälligt register</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="798"/>
        <source>folder for the PNG files</source>
        <translation>mapp för PNG-filerna</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="827"/>
        <source>Wrote {count} screenshots to {folder}.</source>
        <translation>{count} skärmbilder har sparats i {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="617"/>
        <source>register file</source>
        <translation>registerfil</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="278"/>
        <source>Name the participant with --participant, e.g. --participant 2026-007.</source>
        <translation>Ange deltagaren med --participant, t.ex. --participant 2026-007.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="292"/>
        <source>A blank form is for no one in particular: leave out --participant and --consent.</source>
        <translation>En tom blankett gäller ingen särskild person: utelämna --participant och --consent.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="300"/>
        <source>Name the participant with --participant (or the consent with --consent), or ask for --blank.</source>
        <translation>Ange deltagaren med --participant (eller samtycket med --consent), eller begär en tom blankett med --blank.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="428"/>
        <location filename="../../desktop/cli.py" line="442"/>
        <source>Wrote {path} ({size} bytes; data about {count} people).</source>
        <translation>{path} har sparats ({size} byte; uppgifter om {count} personer).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="451"/>
        <source>Sent before: nothing has changed since.</source>
        <translation>Skickad tidigare: inget har ändrats sedan dess.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="453"/>
        <source>Sent before: {added} lines new, {removed} gone since.</source>
        <translation>Skickad tidigare: {added} nya rader och {removed} borttagna sedan dess.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="461"/>
        <source>Wrote {path} to print ({size} bytes).</source>
        <translation>{path} har sparats för utskrift ({size} byte).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="620"/>
        <source>your user name</source>
        <translation>ditt användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="624"/>
        <source>read passwords from standard input, one per line</source>
        <translation>läs lösenord från standardinmatningen, ett per rad</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="629"/>
        <source>create a new register and its first administrator</source>
        <translation>skapa ett nytt register och dess första administratör</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="631"/>
        <location filename="../../desktop/cli.py" line="637"/>
        <source>full name shown in the program</source>
        <translation>fullständigt namn som visas i programmet</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="633"/>
        <source>check the key, the file and the audit chain</source>
        <translation>kontrollera nyckeln, filen och loggkedjan</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="634"/>
        <source>add a user (administrators only)</source>
        <translation>lägg till en användare (bara administratörer)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="635"/>
        <source>the new user&apos;s name</source>
        <translation>den nya användarens användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="643"/>
        <source>admin: also users, settings and the audit log</source>
        <translation>admin: även användare, inställningar och loggen</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="645"/>
        <source>change your own password</source>
        <translation>byt ditt eget lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="649"/>
        <source>open with the recovery key and set a new password for a user</source>
        <translation>öppna med återställningsnyckeln och ge en användare ett nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="651"/>
        <source>remove a user (administrators only)</source>
        <translation>ta bort en användare (bara administratörer)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="652"/>
        <source>the user to remove</source>
        <translation>användaren som ska tas bort</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="653"/>
        <source>give the register a new key and recovery key</source>
        <translation>ge registret en ny nyckel och en ny återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="755"/>
        <source>the consent to fill in (consent-form; default: the newest not withdrawn)</source>
        <translation>samtycket som ska fyllas i (consent-form; standard: det senaste som inte är återkallat)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="760"/>
        <source>a blank form for someone not yet in the register (consent-form)</source>
        <translation>en tom blankett för någon som inte finns i registret än (consent-form)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="765"/>
        <source>the ISO week, e.g. 2026-W47 (ambassadors; default: last week)</source>
        <translation>ISO-veckan, t.ex. 2026-W47 (ambassadors; standard: förra veckan)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="776"/>
        <source>the period&apos;s first day (steering, progress)</source>
        <translation>periodens första dag (steering, progress)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="782"/>
        <source>the period&apos;s last day (steering, progress)</source>
        <translation>periodens sista dag (steering, progress)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="852"/>
        <source>Unexpected error ({kind}). Run again with --debug for details.</source>
        <translation>Oväntat fel ({kind}). Kör igen med --debug för att se detaljer.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1104"/>
        <source>(fewer than 5)</source>
        <translation>(färre än 5)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1203"/>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1206"/>
        <source>Not enrolled (decisions)</source>
        <translation>Ej inskrivna (beslut)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1210"/>
        <source>Enrolments</source>
        <translation>Inskrivningar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1213"/>
        <source>of which first enrolments</source>
        <translation>varav förstagångsinskrivningar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1219"/>
        <source>of which re-enrolments</source>
        <translation>varav återinskrivningar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1223"/>
        <source>Discharges</source>
        <translation>Utskrivningar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1226"/>
        <source>People referred</source>
        <translation>Remitterade personer</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1232"/>
        <source>People enrolled</source>
        <translation>Inskrivna personer</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1238"/>
        <location filename="../../desktop/core/steering.py" line="1545"/>
        <source>Participants in the period</source>
        <translation>Deltagare under perioden</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1244"/>
        <source>Mean number enrolled</source>
        <translation>Genomsnittligt antal inskrivna</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1255"/>
        <source>Referred, awaiting a decision</source>
        <translation>Remitterade, väntar på beslut</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1259"/>
        <source>Enrolled</source>
        <translation>Inskrivna</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1269"/>
        <source>Flow in the period</source>
        <translation>Flöde under perioden</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1273"/>
        <location filename="../../desktop/core/steering.py" line="1817"/>
        <source>Flow</source>
        <translation>Flöde</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1278"/>
        <source>Referrals by referrer</source>
        <translation>Remisser per inremittent</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1289"/>
        <source>Not enrolled, by reason</source>
        <translation>Ej inskrivna, per orsak</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1300"/>
        <source>Discharges by outcome</source>
        <translation>Utskrivningar per utfall</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1309"/>
        <source>At the end of the reference day</source>
        <translation>Vid referensdagens slut</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1333"/>
        <source>Counted in the outcome model</source>
        <translation>Räknade i utfallsmodellen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1341"/>
        <source>Share on the path</source>
        <translation>Andel på vägen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1355"/>
        <source>Outcome model on the reference day</source>
        <translation>Utfallsmodellen på referensdagen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1358"/>
        <source>By category</source>
        <translation>Per kategori</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1362"/>
        <location filename="../../desktop/core/steering.py" line="1818"/>
        <source>Outcome model</source>
        <translation>Utfallsmodell</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1409"/>
        <source>Mean length of ended placements, months</source>
        <translation>Genomsnittlig längd för avslutade placeringar, månader</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1434"/>
        <source>OSA placements in the period</source>
        <translation>OSA-placeringar under perioden</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1435"/>
        <source>By workplace</source>
        <translation>Per arbetsplats</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1435"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1436"/>
        <location filename="../../desktop/core/steering.py" line="1494"/>
        <source>By month</source>
        <translation>Per månad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1491"/>
        <source>Drug tests in the period</source>
        <translation>Drogtester under perioden</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1498"/>
        <source>Drug-test results by month</source>
        <translation>Drogtestresultat per månad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1524"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1530"/>
        <source>With a birth date</source>
        <translation>Med födelsedatum</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1533"/>
        <source>Mean age</source>
        <translation>Medelålder</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1534"/>
        <source>Median age</source>
        <translation>Medianålder</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1535"/>
        <source>Youngest</source>
        <translation>Yngst</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1536"/>
        <source>Oldest</source>
        <translation>Äldst</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1539"/>
        <source>Age unknown</source>
        <translation>Ålder okänd</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1539"/>
        <source>Age {band}</source>
        <translation>Ålder {band}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1544"/>
        <source>Sex and age</source>
        <translation>Kön och ålder</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1545"/>
        <source>Enrolled in the period</source>
        <translation>Inskrivna under perioden</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1561"/>
        <source>Budget: management</source>
        <translation>Budget: ledning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1562"/>
        <source>Budget: salaries</source>
        <translation>Budget: löner</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1563"/>
        <source>Budget: other staff costs</source>
        <translation>Budget: övriga personalkostnader</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1564"/>
        <source>Budget: material</source>
        <translation>Budget: material</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1565"/>
        <source>Budget: services</source>
        <translation>Budget: tjänster</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1566"/>
        <source>Budget in total</source>
        <translation>Budget totalt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1567"/>
        <source>State grant</source>
        <translation>Statsbidrag</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1568"/>
        <source>Participants a year</source>
        <translation>Deltagare per år</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1569"/>
        <source>Age at start</source>
        <translation>Ålder vid start</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1570"/>
        <source>Retirement age</source>
        <translation>Pensionsålder</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1573"/>
        <source>Length in years</source>
        <translation>Längd i år</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1576"/>
        <source>Person-years enrolled</source>
        <translation>Inskrivna personår</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1579"/>
        <source>Budget for the period</source>
        <translation>Budget för perioden</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1588"/>
        <source>Alternative cost a year: municipality</source>
        <translation>Alternativkostnad per år: kommunen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1592"/>
        <source>Alternative cost a year: justice system</source>
        <translation>Alternativkostnad per år: rättsväsendet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1594"/>
        <source>Alternative cost a year: society</source>
        <translation>Alternativkostnad per år: samhället</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1597"/>
        <source>Evaluation&apos;s computation: municipality</source>
        <translation>Utvärderingens beräkning: kommunen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1602"/>
        <source>municipality minus the budget</source>
        <translation>kommunen minus budgeten</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1608"/>
        <source>Evaluation&apos;s computation: justice system</source>
        <translation>Utvärderingens beräkning: rättsväsendet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1611"/>
        <source>Evaluation&apos;s computation: society</source>
        <translation>Utvärderingens beräkning: samhället</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1612"/>
        <source>society minus the budget</source>
        <translation>samhället minus budgeten</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1621"/>
        <source>municipality minus the period&apos;s budget</source>
        <translation>kommunen minus periodens budget</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1851"/>
        <source>{unit} · period {period} · figures taken on {taken}</source>
        <translation>{unit} · period {period} · uttagsdatum {taken}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1615"/>
        <source>One person to retirement, municipality</source>
        <translation>En person fram till pension, kommunen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1342"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1618"/>
        <source>This period, municipality</source>
        <translation>Den här perioden, kommunen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1625"/>
        <source>This period, justice system</source>
        <translation>Den här perioden, rättsväsendet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1626"/>
        <source>This period, society</source>
        <translation>Den här perioden, samhället</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1629"/>
        <source>society minus the period&apos;s budget</source>
        <translation>samhället minus periodens budget</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1635"/>
        <source>Parameters</source>
        <translation>Parametrar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1635"/>
        <source>SEK or number</source>
        <translation>Kronor eller antal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1636"/>
        <source>The period</source>
        <translation>Perioden</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1637"/>
        <source>Cost–benefit, SEK</source>
        <translation>Kostnad–nytta, kr</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1637"/>
        <source>NUTEK</source>
        <translation>NUTEK</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1637"/>
        <source>SOU 2011:6</source>
        <translation>SOU 2011:6</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1803"/>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1804"/>
        <source>Key figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1816"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1819"/>
        <source>OSA</source>
        <translation>OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1820"/>
        <source>Drug tests</source>
        <translation>Drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1821"/>
        <source>Demographics</source>
        <translation>Demografi</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1822"/>
        <source>Cost–benefit</source>
        <translation>Kostnad–nytta</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1846"/>
        <source>The unit</source>
        <translation>Enheten</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1855"/>
        <source>the period was not over: counted up to {day}</source>
        <translation>perioden var inte slut: räknat till och med {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="95"/>
        <source>Reading the register…</source>
        <translation>Läser registret…</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="100"/>
        <source>Counting the figures…</source>
        <translation>Räknar fram siffrorna…</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="270"/>
        <source>{asked} holds {what}, which Färdväg cannot keep when it saves a workbook, so it was not changed: the figures were written to {written} instead.</source>
        <translation>{asked} innehåller {what}, som Färdväg inte kan behålla när en arbetsbok sparas, så den har inte ändrats. Siffrorna sparades i stället i {written}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="316"/>
        <source>Writing the workbook…</source>
        <translation>Skriver arbetsboken…</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="323"/>
        <source>Counts from 1 to 4 are shown as &lt;5.</source>
        <translation>Antal från 1 till 4 visas som &lt;5.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="325"/>
        <source>Every count is shown, small ones too.</source>
        <translation>Alla antal visas, även små.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="327"/>
        <source>How each figure is counted: the sheet Definitioner.</source>
        <translation>Hur varje mått räknas: se bladet Definitioner.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="328"/>
        <location filename="../../desktop/services/steering.py" line="329"/>
        <source>Figure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="329"/>
        <source>How it is counted</source>
        <translation>Så räknas det</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="330"/>
        <source>Definitions</source>
        <translation>Definitioner</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="331"/>
        <source>Every export of these figures, oldest first</source>
        <translation>Alla exporter av de här siffrorna, äldst först</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/about.py" line="45"/>
        <source>About Färdväg</source>
        <translation>Om Färdväg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="60"/>
        <source>Färdväg is built on the free software below. Choose a line to read its licence; the texts also ship with the program.</source>
        <translation>Färdväg bygger på den fria programvaran nedan. Välj en rad för att läsa dess licens; texterna följer också med programmet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="75"/>
        <source>Components</source>
        <translation>Komponenter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="79"/>
        <source>Licence text</source>
        <translation>Licenstext</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="98"/>
        <source>No licence text was found.</source>
        <translation>Ingen licenstext hittades.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="67"/>
        <source>Add user</source>
        <translation>Lägg till användare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="70"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="71"/>
        <source>&amp;Full name</source>
        <translation>&amp;Fullständigt namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="75"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="77"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="77"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="80"/>
        <source>R&amp;epeat password</source>
        <translation>&amp;Upprepa lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="80"/>
        <source>Repeat password</source>
        <translation>Upprepa lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="84"/>
        <source>Tell the new user this password in person. They choose one of their own at the first sign-in.</source>
        <translation>Ge lösenordet till den nya användaren personligen. Vid första inloggningen väljer användaren ett eget lösenord.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="92"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="145"/>
        <source>The first administrator</source>
        <translation>Den första administratören</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="148"/>
        <source>That is you. Administrators add the other staff, change settings and read the log.</source>
        <translation>Det är du. Administratörer lägger till övrig personal, ändrar inställningar och läser loggen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="152"/>
        <source>&amp;Create register</source>
        <translation>&amp;Skapa registret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="155"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="156"/>
        <source>&amp;Full name</source>
        <translation>&amp;Fullständigt namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="158"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="158"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="161"/>
        <source>R&amp;epeat password</source>
        <translation>&amp;Upprepa lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="161"/>
        <source>Repeat password</source>
        <translation>Upprepa lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="166"/>
        <source>At least 10 characters. A few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation>Minst 10 tecken. Några vanliga ord i rad är lätta att komma ihåg och svåra att gissa.</translation>
    </message>
</context>
<context>
    <name>AfCodingDialog</name>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="563"/>
        <source>AF coding</source>
        <translation>Funktionshinderkodning (AF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="567"/>
        <source>&amp;Request to AF</source>
        <translation>&amp;Begäran till AF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="568"/>
        <source>Sent on</source>
        <translation>Skickad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="581"/>
        <location filename="../../desktop/ui/osa/dialogs.py" line="582"/>
        <source>Another certificate</source>
        <translation>Annat intyg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="583"/>
        <source>A&amp;dd</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="587"/>
        <source>Certificates gathered</source>
        <translation>Inhämtade intyg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="591"/>
        <source>D&amp;ecision</source>
        <translation>Be&amp;slut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="594"/>
        <source>Decision d&amp;ate</source>
        <translation>Beslutsd&amp;atum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="596"/>
        <source>AF case &amp;officer</source>
        <translation>AF-&amp;handläggare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="599"/>
        <source>Save AF coding</source>
        <translation>Spara funktionshinderkodning</translation>
    </message>
</context>
<context>
    <name>AfterOsaPlanDialog</name>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="471"/>
        <source>After-OSA plan</source>
        <translation>Plan för tiden efter OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="475"/>
        <source>&amp;Next step</source>
        <translation>&amp;Nästa steg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="483"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="486"/>
        <source>Contact with &amp;AF re-established</source>
        <translation>&amp;Kontakt med AF återupptas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="487"/>
        <source>Date agreed</source>
        <translation>Överenskommet datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="494"/>
        <source>Coaching dates</source>
        <translation>Datum för coachning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="498"/>
        <source>Coaching date to add</source>
        <translation>Nytt datum för coachning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="499"/>
        <source>Add &amp;date</source>
        <translation>Lägg till &amp;datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="500"/>
        <source>Re&amp;move date</source>
        <translation>&amp;Ta bort datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="503"/>
        <source>Job-search &amp;coaching</source>
        <translation>&amp;Coachning i arbetssökandet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="506"/>
        <source>Save plan</source>
        <translation>Spara plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="532"/>
        <source>At most 200 characters.</source>
        <translation>Högst 200 tecken.</translation>
    </message>
</context>
<context>
    <name>AmbassadorDialog</name>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="54"/>
        <source>Ambassador</source>
        <translation>Ambassadör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="54"/>
        <source>New ambassador</source>
        <translation>Ny ambassadör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="57"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="58"/>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="59"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="60"/>
        <source>&amp;E-mail</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="62"/>
        <source>A&amp;ctive: gets the weekly summary</source>
        <translation>A&amp;ktiv: får veckosammanfattningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="65"/>
        <source>Save ambassador</source>
        <translation>Spara ambassadör</translation>
    </message>
</context>
<context>
    <name>AmbassadorSummary</name>
    <message>
        <location filename="../../desktop/reports/ambassador_summary.py" line="52"/>
        <source>Weekly summary {week}</source>
        <translation>Veckosammanfattning {week}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/ambassador_summary.py" line="58"/>
        <source>Week {number}, {monday} – {sunday}</source>
        <translation>Vecka {number}, {monday} – {sunday}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/ambassador_summary.py" line="66"/>
        <source>To: {name}, {unit}</source>
        <translation>Till: {name}, {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/ambassador_summary.py" line="73"/>
        <source>From: {sender}</source>
        <translation>Från: {sender}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/ambassador_summary.py" line="78"/>
        <source>Nobody is named this week: no participant&apos;s consent covers {unit}, or there is nothing new about those whose consent does.</source>
        <translation>Ingen nämns vid namn den här veckan: ingen deltagares samtycke omfattar {unit}, eller så finns det inget nytt om dem vars samtycke gör det.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/ambassador_summary.py" line="90"/>
        <source>{count} of the week&apos;s {total} participants are not named here: their consent does not cover your unit, or there is nothing new.</source>
        <translation>{count} av veckans {total} deltagare nämns inte här: deras samtycke omfattar inte er enhet, eller så finns det inget nytt.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/ambassador_summary.py" line="100"/>
        <source>Among them this week: {events}.</source>
        <translation>Bland dem den här veckan: {events}.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/ambassador_summary.py" line="109"/>
        <source>Only what the participants&apos; consent covers for your unit is named here; everyone else is counted. Keep this paper locked away and destroy it when it is no longer needed.</source>
        <translation>Här nämns bara det som deltagarnas samtycke omfattar för er enhet; alla andra redovisas bara som antal. Förvara pappret inlåst och förstör det när det inte längre behövs.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/ambassador_summary.py" line="119"/>
        <source>Contact here: {name}</source>
        <translation>Kontaktperson hos oss: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/ambassador_summary.py" line="236"/>
        <location filename="../../desktop/reports/ambassador_summary.py" line="333"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/ambassador_summary.py" line="267"/>
        <location filename="../../desktop/reports/ambassador_summary.py" line="349"/>
        <source>Coming up</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/ambassador_summary.py" line="286"/>
        <location filename="../../desktop/reports/ambassador_summary.py" line="357"/>
        <source>Other</source>
        <translation>Övriga</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/ambassador_summary.py" line="305"/>
        <source>No active ambassadors.</source>
        <translation>Inga aktiva ambassadörer.</translation>
    </message>
</context>
<context>
    <name>Ambassadors</name>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="351"/>
        <source>Enrolled in the programme</source>
        <translation>Inskriven i programmet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="352"/>
        <source>New phase: {phase}</source>
        <translation>Ny fas: {phase}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="353"/>
        <source>Discharged from the programme</source>
        <translation>Utskriven från programmet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="354"/>
        <source>Started OSA at {workplace}</source>
        <translation>Började sin OSA-placering på {workplace}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="355"/>
        <source>OSA at {workplace} ended ({reason})</source>
        <translation>OSA-placeringen på {workplace} avslutades ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="356"/>
        <source>AF extended the OSA placement until {until}</source>
        <translation>AF förlängde OSA-placeringen till och med {until}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="359"/>
        <source>Action plan, for your unit: {goal}</source>
        <translation>Åtgärdsplanen, för er enhet: {goal}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="360"/>
        <source>Needs support with: {need}</source>
        <translation>Behöver stöd med: {need}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="361"/>
        <source>Follow-up of the goal: {goal}</source>
        <translation>Uppföljning av målet: {goal}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="362"/>
        <source>OSA placement at {workplace} is to start</source>
        <translation>OSA-placeringen på {workplace} ska börja</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="365"/>
        <source>OSA placement at {workplace} ends</source>
        <translation>OSA-placeringen på {workplace} slutar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="366"/>
        <source>Contact with AF again (after OSA)</source>
        <translation>Kontakt med AF igen (efter OSA)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="367"/>
        <source>Job-search coaching</source>
        <translation>Coachning i arbetssökandet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="368"/>
        <source>Drug tests this week: {tests}</source>
        <translation>Drogtester den här veckan – {tests}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="373"/>
        <source>{count} enrolled</source>
        <translation>{count} skrevs in</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="374"/>
        <source>{count} changed phase</source>
        <translation>{count} bytte fas</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="375"/>
        <source>{count} started OSA</source>
        <translation>{count} började en OSA-placering</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="376"/>
        <source>{count} OSA placements extended</source>
        <translation>{count} fick sin OSA-placering förlängd</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="377"/>
        <source>{count} OSA placements ended</source>
        <translation>{count} avslutade sin OSA-placering</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="378"/>
        <source>{count} discharged</source>
        <translation>{count} skrevs ut</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="424"/>
        <source>due {date}</source>
        <translation>senast {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="427"/>
        <source>overdue</source>
        <translation>försenat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="429"/>
        <source>new this week</source>
        <translation>nytt den här veckan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="431"/>
        <source>changed this week</source>
        <translation>ändrat den här veckan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="433"/>
        <source>no plan for after OSA yet</source>
        <translation>ingen plan för tiden efter OSA ännu</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="478"/>
        <source>{count} taken</source>
        <translation>tagna: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="481"/>
        <source>{count} negative</source>
        <translation>negativa: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="482"/>
        <source>{count} positive</source>
        <translation>positiva: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="483"/>
        <source>{count} not given (no-show)</source>
        <translation>ej lämnade (uteblev): {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="484"/>
        <source>{count} other outcome</source>
        <translation>annat utfall: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="491"/>
        <source>positive for {substances}</source>
        <translation>positivt för {substances}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/ambassador_documents.py" line="322"/>
        <source>Reading the week…</source>
        <translation>Läser in veckan…</translation>
    </message>
    <message>
        <location filename="../../desktop/services/ambassador_documents.py" line="354"/>
        <source>Writing the summary for {name}…</source>
        <translation>Skriver sammanfattningen för {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/services/ambassador_documents.py" line="393"/>
        <source>Writing the combined file to print…</source>
        <translation>Skriver den samlade filen för utskrift…</translation>
    </message>
</context>
<context>
    <name>AmbassadorsDialog</name>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="118"/>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="120"/>
        <source>Ambassadors</source>
        <translation>Ambassadörer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="121"/>
        <source>&amp;New ambassador…</source>
        <translation>&amp;Ny ambassadör…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="122"/>
        <source>&amp;Change…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="123"/>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="154"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="154"/>
        <source>&amp;Activate again</source>
        <translation>&amp;Aktivera igen</translation>
    </message>
</context>
<context>
    <name>AmbassadorsSection</name>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="85"/>
        <source>Weekly summary for the ambassadors</source>
        <translation>Veckosammanfattning till ambassadörerna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="91"/>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="92"/>
        <source>&amp;Week</source>
        <translation>&amp;Vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="94"/>
        <source>&amp;Ambassadors…</source>
        <translation>&amp;Ambassadörer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="100"/>
        <source>Drafts, one per ambassador</source>
        <translation>Utkast, ett per ambassadör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="108"/>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="113"/>
        <location filename="../../desktop/ui/ambassadors/section.py" line="129"/>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="119"/>
        <source>Your own &amp;line to this ambassador</source>
        <translation>Din egen &amp;rad till den här ambassadören</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="123"/>
        <source>E.g. the date of the next working-group meeting. No names, no personnummer.</source>
        <translation>T.ex. datum för nästa möte i arbetsgruppen. Inga namn, inga personnummer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="127"/>
        <source>Your own line to this ambassador</source>
        <translation>Din egen rad till den här ambassadören</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="144"/>
        <source>&amp;Send to a folder…</source>
        <translation>&amp;Skicka till en mapp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="145"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="146"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Öppna mappen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="185"/>
        <source>Weekly summary</source>
        <translation>Veckosammanfattning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="220"/>
        <source>{week} ({monday} – {sunday})</source>
        <translation>{week} ({monday} – {sunday})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="224"/>
        <source>not over yet</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="226"/>
        <location filename="../../desktop/ui/ambassadors/section.py" line="339"/>
        <source>sent</source>
        <translation>skickad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="252"/>
        <source>Making the drafts…</source>
        <translation>Skapar utkasten…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="290"/>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="320"/>
        <source>No ambassador yet. Add the partner units&apos; ambassadors with “Ambassadors…”: each gets their own summary.</source>
        <translation>Det finns inga ambassadörer ännu. Lägg till samverkansparternas ambassadörer med ”Ambassadörer…”. Var och en får en egen sammanfattning.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="331"/>
        <source>{count} named, {others} counted</source>
        <translation>{count} med namn, {others} bara i antal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="335"/>
        <source>not sent</source>
        <translation>inte skickad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="337"/>
        <source>sent, changed since</source>
        <translation>skickad, ändrad sedan dess</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="349"/>
        <source>Week {number}, {monday} – {sunday}.</source>
        <translation>Vecka {number}, {monday} – {sunday}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="354"/>
        <source>Last sent {time} by {user}.</source>
        <translation>Senast skickad {time} av {user}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="358"/>
        <source>Not sent yet.</source>
        <translation>Inte skickad än.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="407"/>
        <source>Sent {time} by {user}.</source>
        <translation>Skickad {time} av {user}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="411"/>
        <source>Nothing has changed since.</source>
        <translation>Inget har ändrats sedan dess.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="413"/>
        <source>Changed since:</source>
        <translation>Ändrat sedan dess:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="417"/>
        <source>The counts under “Other” changed.</source>
        <translation>Antalen under ”Övriga” har ändrats.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="419"/>
        <source>Your own line changed.</source>
        <translation>Din egen rad har ändrats.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="457"/>
        <source>Choose the folder for the week&apos;s summaries</source>
        <translation>Välj mapp för veckans sammanfattningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="467"/>
        <source>Sending the week&apos;s summaries…</source>
        <translation>Skickar veckans sammanfattningar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="489"/>
        <source>Sent: {count} summaries and the combined file to print, in {folder}. The disclosure log has {lines} new lines.</source>
        <translation>Skickat: {count} sammanfattningar och den samlade filen för utskrift, i {folder}. Utlämningsloggen har {lines} nya rader.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/section.py" line="520"/>
        <source>Print the week&apos;s summaries</source>
        <translation>Skriv ut veckans sammanfattningar</translation>
    </message>
</context>
<context>
    <name>AmbassadorsTableModel</name>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="90"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="91"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="92"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="93"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="94"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="106"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ambassadors/dialogs.py" line="106"/>
        <source>No, deactivated</source>
        <translation>Nej, inaktiverad</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="292"/>
        <source>Färdväg is locked. Sign in to go on.</source>
        <translation>Färdväg är låst. Logga in för att fortsätta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="320"/>
        <source>Signed out to restore a backup.</source>
        <translation>Du loggades ut för att återställa en säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="326"/>
        <source>Färdväg was locked after {minutes} minutes without activity.</source>
        <translation>Färdväg låstes efter {minutes} minuter utan aktivitet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="332"/>
        <source>Färdväg was locked because the computer was locked.</source>
        <translation>Färdväg låstes eftersom datorn låstes.</translation>
    </message>
</context>
<context>
    <name>AppError</name>
    <message>
        <location filename="../../desktop/core/accounts.py" line="29"/>
        <source>A user name has 2–32 characters: letters a–z, digits, dot, dash or underscore, starting with a letter or digit.</source>
        <translation>Ett användarnamn har 2–32 tecken: bokstäverna a–z, siffror, punkt, bindestreck eller understreck. Det ska börja med en bokstav eller en siffra.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/accounts.py" line="41"/>
        <source>A password must have at least {min} characters.</source>
        <translation>Ett lösenord måste ha minst {min} tecken.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/accounts.py" line="46"/>
        <source>A password must not contain the user name.</source>
        <translation>Ett lösenord får inte innehålla användarnamnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="14"/>
        <source>Something went wrong.</source>
        <translation>Något gick fel.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="32"/>
        <source>The user name or the password is wrong.</source>
        <translation>Användarnamnet eller lösenordet är fel.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="41"/>
        <source>After several failed attempts you must wait {seconds} s.</source>
        <translation>Efter flera misslyckade försök måste du vänta {seconds} sekunder.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="50"/>
        <source>Too many failed sign-in attempts. Wait {seconds} s before you try again.</source>
        <translation>För många misslyckade inloggningsförsök. Vänta {seconds} sekunder innan du försöker igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="63"/>
        <source>The register file is damaged and cannot be opened safely. Do not delete it: contact whoever looks after the unit&apos;s computers, and restore the latest backup.</source>
        <translation>Registerfilen är skadad och kan inte öppnas på ett säkert sätt. Radera den inte. Kontakta den som sköter enhetens datorer och återställ den senaste säkerhetskopian.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="79"/>
        <source>The register was saved by a newer version of Färdväg (format {found}, this version reads up to {supported}). Install the newer version; the register was not changed.</source>
        <translation>Registret har sparats av en nyare version av Färdväg (format {found}, den här versionen kan läsa upp till {supported}). Installera den nyare versionen. Registret har inte ändrats.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="92"/>
        <source>The register is open by {user} on the computer {computer} since {since}. Ask them to close Färdväg, then try again.</source>
        <translation>Registret har varit öppet hos {user} på datorn {computer} sedan {since}. Be personen att stänga Färdväg och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="105"/>
        <source>The file with the register&apos;s keys is missing. Open the register with the recovery key, then set new passwords.</source>
        <translation>Nyckelfilen till registret saknas. Öppna registret med återställningsnyckeln och välj sedan nya lösenord.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="113"/>
        <source>There is no register at {path}.</source>
        <translation>Det finns inget register på {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="120"/>
        <source>There is already a register at {path}. Choose another file name.</source>
        <translation>Det finns redan ett register på {path}. Välj ett annat filnamn.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="129"/>
        <source>Only an administrator may do this.</source>
        <translation>Det här får bara en administratör göra.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="139"/>
        <source>The work was cancelled.</source>
        <translation>Arbetet avbröts.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recovery.py" line="21"/>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four, as printed on the recovery sheet.</source>
        <translation>Det är ingen återställningsnyckel. En återställningsnyckel har 32 bokstäver och siffror i grupper om fyra, så som den står på återställningsbladet.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="107"/>
        <source>The recovery key does not open this register.</source>
        <translation>Återställningsnyckeln öppnar inte det här registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="111"/>
        <source>This account is disabled. Ask an administrator to enable it again.</source>
        <translation>Det här kontot är avstängt. Be en administratör att aktivera det igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="117"/>
        <source>The register could not be updated for this version of Färdväg and was left as it was. A copy from before the update is at {copy}.</source>
        <translation>Registret kunde inte uppdateras för den här versionen av Färdväg och har lämnats som det var. En kopia från före uppdateringen finns på {copy}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="131"/>
        <source>The register does not match its anchor.</source>
        <translation>Registret stämmer inte med sin ankarfil.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="140"/>
        <source>The register is missing changes that were saved in it: its write-ahead log (the file ending in -wal) may have been deleted after a crash, or an older copy put in its place. Nothing was changed and every file is kept; do not delete any of them. Restore the latest backup, or ask an administrator to look at the files; if the loss is accepted, the administrator runs: python -m desktop accept-register-state --register &quot;{path}&quot;</source>
        <translation>Registret saknar ändringar som har sparats i det: dess WAL-fil (filen som slutar på -wal) kan ha raderats efter en krasch, eller så har en äldre kopia lagts i dess ställe. Ingenting har ändrats och alla filer finns kvar. Radera ingen av dem. Återställ den senaste säkerhetskopian, eller be en administratör att titta på filerna. Om förlusten kan godtas kör administratören: python -m desktop accept-register-state --register &quot;{path}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="152"/>
        <source>The register is not as Färdväg last saved it: a write-ahead log (the file ending in -wal) from another copy may have been put beside it, another copy put in its place, or entries removed from its log. Nothing was changed and every file is kept; do not delete any of them. Restore the latest backup, or ask an administrator to look at the files; if this state is accepted, the administrator runs: python -m desktop accept-register-state --register &quot;{path}&quot;</source>
        <translation>Registret är inte som Färdväg senast sparade det: en WAL-fil (filen som slutar på -wal) från en annan kopia kan ha lagts bredvid det, en annan kopia kan ha lagts i dess ställe, eller så kan poster ha tagits bort ur dess logg. Ingenting har ändrats och alla filer finns kvar. Radera ingen av dem. Återställ den senaste säkerhetskopian, eller be en administratör att titta på filerna. Om det här läget kan godtas kör administratören: python -m desktop accept-register-state --register &quot;{path}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="164"/>
        <source>The register&apos;s check file (the file ending in .anchor) is missing or damaged, so Färdväg cannot tell whether the register holds every saved change. Nothing was changed. If the register was copied or moved, copy its .anchor file along with it; otherwise restore the latest backup, or ask an administrator to run: python -m desktop accept-register-state --register &quot;{path}&quot;</source>
        <translation>Registrets kontrollfil (filen som slutar på .anchor) saknas eller är skadad, så Färdväg kan inte avgöra om registret innehåller alla sparade ändringar. Ingenting har ändrats. Om registret har kopierats eller flyttats ska dess .anchor-fil kopieras tillsammans med det. Annars återställer du den senaste säkerhetskopian eller ber en administratör att köra: python -m desktop accept-register-state --register &quot;{path}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="175"/>
        <source>Färdväg may not save files in the folder {folder}: it is read-only, or your account lacks permission there, and Färdväg must write beside the register while it is open. Move the register&apos;s folder to a place where you can save files, or ask whoever looks after the unit&apos;s computers for permission to write there. Nothing was changed.</source>
        <translation>Färdväg får inte spara filer i mappen {folder}: den är skrivskyddad, eller så saknar ditt konto behörighet där, och Färdväg måste kunna skriva bredvid registret medan det är öppet. Flytta registrets mapp till en plats där du kan spara filer, eller be den som sköter enhetens datorer om behörighet att skriva där. Ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="487"/>
        <source>The change could not be saved: the register&apos;s folder cannot be written to (the disk may be full, or the folder write-protected). Nothing was changed and every password works as before. Free some space or ask whoever looks after the computers, then try again.</source>
        <translation>Ändringen kunde inte sparas: det går inte att skriva till registrets mapp (disken kan vara full eller mappen skrivskyddad). Ingenting har ändrats och alla lösenord fungerar som förut. Frigör utrymme eller fråga den som sköter datorerna och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="497"/>
        <source>The register keeps its old key: the folder cannot be written to (the disk may be full). The old recovery key still works; the new one just shown does not, destroy it. Free some space, then try again.</source>
        <translation>Registret behåller sin gamla nyckel: det går inte att skriva till mappen (disken kan vara full). Den gamla återställningsnyckeln fungerar fortfarande. Den nya som just visades fungerar inte, så förstör den. Frigör utrymme och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="506"/>
        <source>The register could not be given its new key yet (the disk may be full). Keep both recovery keys, the old one and the new one just shown, until the next sign-in has finished the change. Free some space, then sign in again.</source>
        <translation>Registret kunde inte få sin nya nyckel än (disken kan vara full). Spara båda återställningsnycklarna, den gamla och den nya som just visades, tills nästa inloggning har slutfört bytet. Frigör utrymme och logga sedan in igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="1346"/>
        <source>That user name is reserved.</source>
        <translation>Det användarnamnet är reserverat.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="1350"/>
        <source>There is already a user called {username}.</source>
        <translation>Det finns redan en användare som heter {username}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="1375"/>
        <source>There is no user called {username}.</source>
        <translation>Det finns ingen användare som heter {username}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="1403"/>
        <source>The new password must differ from the old one.</source>
        <translation>Det nya lösenordet måste skilja sig från det gamla.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="1450"/>
        <source>You cannot remove yourself.</source>
        <translation>Du kan inte ta bort dig själv.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="1454"/>
        <source>The last administrator cannot be removed.</source>
        <translation>Den sista administratören kan inte tas bort.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/settings.py" line="55"/>
        <source>Give the unit a name.</source>
        <translation>Ge enheten ett namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/settings.py" line="75"/>
        <source>Choose between {min} and {max} years.</source>
        <translation>Välj mellan {min} och {max} år.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/settings.py" line="87"/>
        <source>Choose between {min} and {max}.</source>
        <translation>Välj mellan {min} och {max}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/settings.py" line="109"/>
        <source>The folder name holds characters that cannot be used.</source>
        <translation>Mappnamnet innehåller tecken som inte kan användas.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/settings.py" line="120"/>
        <source>Give the whole path of the folder, starting with the drive, such as H:\Backups, or with \\ for a network share.</source>
        <translation>Ange hela sökvägen till mappen, med början på enheten, till exempel H:\Säkerhetskopior, eller med \\ först för en delad nätverksmapp.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="123"/>
        <source>{year} has no week {week}.</source>
        <translation>År {year} har ingen vecka {week}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="134"/>
        <source>Write the week as 2026-W47.</source>
        <translation>Skriv veckan som 2026-W47.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="186"/>
        <location filename="../../desktop/core/forms.py" line="156"/>
        <location filename="../../desktop/core/osa.py" line="75"/>
        <location filename="../../desktop/core/records.py" line="91"/>
        <source>This must be filled in.</source>
        <translation>Det här måste fyllas i.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="189"/>
        <location filename="../../desktop/core/ambassadors.py" line="200"/>
        <location filename="../../desktop/core/ambassadors.py" line="765"/>
        <location filename="../../desktop/core/consent.py" line="135"/>
        <location filename="../../desktop/core/consent.py" line="268"/>
        <location filename="../../desktop/core/consent.py" line="296"/>
        <location filename="../../desktop/core/forms.py" line="159"/>
        <location filename="../../desktop/core/osa.py" line="78"/>
        <location filename="../../desktop/core/records.py" line="94"/>
        <location filename="../../desktop/core/records.py" line="103"/>
        <location filename="../../desktop/core/records.py" line="224"/>
        <location filename="../../desktop/core/records.py" line="293"/>
        <location filename="../../desktop/core/settings.py" line="60"/>
        <location filename="../../desktop/core/settings.py" line="114"/>
        <source>At most {max} characters.</source>
        <translation>Högst {max} tecken.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="194"/>
        <source>Choose the unit the ambassador is from.</source>
        <translation>Välj vilken enhet ambassadören kommer från.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="770"/>
        <source>The line holds something like a personnummer. Leave it out.</source>
        <translation>Raden innehåller något som liknar ett personnummer. Ta bort det.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="789"/>
        <source>The line names a participant whose consent does not cover this unit. Leave the name out.</source>
        <translation>Raden nämner en deltagare vars samtycke inte omfattar den här enheten. Ta bort namnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="106"/>
        <source>Not a valid organisation number (NNNNNN-NNNN).</source>
        <translation>Det är inget giltigt organisationsnummer (NNNNNN-NNNN).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="109"/>
        <source>Between 1 and 100 places.</source>
        <translation>Mellan 1 och 100 platser.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/ambassadors.py" line="203"/>
        <location filename="../../desktop/core/osa.py" line="113"/>
        <location filename="../../desktop/core/records.py" line="189"/>
        <source>Not an e-mail address.</source>
        <translation>Det är ingen e-postadress.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="151"/>
        <source>Give the date of AF&apos;s decision.</source>
        <translation>Ange datumet för AF:s beslut.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="156"/>
        <source>The decision cannot come before the request.</source>
        <translation>Beslutet kan inte komma före begäran.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="213"/>
        <location filename="../../desktop/core/osa.py" line="252"/>
        <source>The end is before the start.</source>
        <translation>Slutdatumet är före startdatumet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="218"/>
        <source>An OSA placement lasts at most 12 months (until {date}); longer only with an extension decided by AF.</source>
        <translation>En OSA-placering pågår i högst 12 månader (till {date}). Den kan bara bli längre om AF beslutar om förlängning.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="229"/>
        <source>An extension ends after the planned end.</source>
        <translation>En förlängning måste sluta efter det planerade slutdatumet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="234"/>
        <source>An extension needs AF&apos;s decision date and a reason.</source>
        <translation>En förlängning kräver datum för AF:s beslut och ett skäl.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="240"/>
        <source>Between 1 and 40 hours.</source>
        <translation>Mellan 1 och 40 timmar.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="246"/>
        <source>An ended placement needs its end date and reason.</source>
        <translation>En avslutad placering behöver slutdatum och orsak.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/records.py" line="219"/>
        <source>Write what was followed up first.</source>
        <translation>Skriv först vad som följdes upp.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/records.py" line="290"/>
        <source>Write the note first.</source>
        <translation>Skriv anteckningen först.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/records.py" line="324"/>
        <source>Rate from 1 to 5.</source>
        <translation>Ange ett värde från 1 till 5.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/settings.py" line="66"/>
        <source>Choose between {min} and {max} minutes.</source>
        <translation>Välj mellan {min} och {max} minuter.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/forms.py" line="90"/>
        <location filename="../../desktop/core/forms.py" line="273"/>
        <location filename="../../desktop/core/settings.py" line="71"/>
        <location filename="../../desktop/db/forms.py" line="30"/>
        <location filename="../../desktop/db/forms.py" line="101"/>
        <source>Unknown language.</source>
        <translation>Okänt språk.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/forms.py" line="166"/>
        <source>A {{ or }} is not closed. For a brace in the text itself, write it twice.</source>
        <translation>Det finns en {{ eller }} som inte är stängd. Om själva texten ska innehålla en klammerparentes skriver du den två gånger.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/forms.py" line="175"/>
        <source>{{{name}}} is not something the form can fill in: use {{unit}}, {{municipality}} or {{valid_until}}.</source>
        <translation>{{{name}}} kan inte fyllas i på blanketten: använd {{unit}}, {{municipality}} eller {{valid_until}}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="262"/>
        <source>The date {date} is in the future.</source>
        <translation>Datumet {date} ligger i framtiden.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="267"/>
        <source>The date {date} is before the latest step on the path ({latest}). Steps are recorded in the order they happened.</source>
        <translation>Datumet {date} är före det senaste steget på vägen ({latest}). Stegen registreras i den ordning de hände.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="281"/>
        <source>There is already an open referral or enrolment. Discharge or close it before a new referral.</source>
        <translation>Det finns redan en öppen remiss eller inskrivning. Skriv ut eller avsluta den innan du registrerar en ny remiss.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="303"/>
        <source>This step belongs to the intake after a referral. Record a referral first.</source>
        <translation>Det här steget hör till handläggningen efter en remiss. Registrera en remiss först.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="312"/>
        <source>Consent to the security check is already recorded.</source>
        <translation>Samtycket till säkerhetskontrollen är redan registrerat.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="319"/>
        <source>The security check needs the person&apos;s consent first.</source>
        <translation>Säkerhetskontrollen kräver att personen först har lämnat sitt samtycke.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="385"/>
        <source>Not every enrolment criterion is met ({criteria}). A person who does not meet them cannot be enrolled.</source>
        <translation>Alla inskrivningskriterier är inte uppfyllda ({criteria}). En person som inte uppfyller dem kan inte skrivas in.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="407"/>
        <source>On enrolment the participant signs the contract. Record the enrolment when it is signed.</source>
        <translation>Vid inskrivningen skriver deltagaren under kontraktet. Registrera inskrivningen när kontraktet är underskrivet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="325"/>
        <source>The result of the security check is already recorded.</source>
        <translation>Resultatet av säkerhetskontrollen är redan registrerat.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="336"/>
        <source>The mapping interview comes after the security check&apos;s result.</source>
        <translation>Kartläggningssamtalet kommer efter resultatet av säkerhetskontrollen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="342"/>
        <source>The mapping interview is already recorded.</source>
        <translation>Kartläggningssamtalet är redan registrerat.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="357"/>
        <source>The security check found ongoing criminality: the person cannot be enrolled.</source>
        <translation>Säkerhetskontrollen visade pågående kriminalitet: personen kan inte skrivas in.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="365"/>
        <source>The decision comes after the mapping interview.</source>
        <translation>Beslutet kommer efter kartläggningssamtalet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="370"/>
        <source>Without a mapping interview the only decision is “not enrolled” because the security check found ongoing criminality. Choose that reason, or record the mapping interview first.</source>
        <translation>Utan kartläggningssamtal kan beslutet bara bli ”ej inskriven” med orsaken att säkerhetskontrollen visade pågående kriminalitet. Välj den orsaken, eller registrera kartläggningssamtalet först.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="403"/>
        <source>Enrolment needs a decision to enrol first.</source>
        <translation>Inskrivning kräver först ett beslut om inskrivning.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="427"/>
        <source>Only an enrolled participant changes phase.</source>
        <translation>Bara en inskriven deltagare kan byta fas.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="433"/>
        <source>The participant is already in that phase.</source>
        <translation>Deltagaren är redan i den fasen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="437"/>
        <source>The path does not go from {from_phase} to {to_phase}.</source>
        <translation>Vägen går inte från {from_phase} till {to_phase}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="450"/>
        <source>Only an enrolled participant can be discharged.</source>
        <translation>Bara en inskriven deltagare kan skrivas ut.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="460"/>
        <source>Unknown step on the path.</source>
        <translation>Okänt steg på vägen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/personnummer.py" line="39"/>
        <source>Not a valid personnummer or samordningsnummer. Write it as YYMMDD-NNNN or YYYYMMDD-NNNN; check the digits.</source>
        <translation>Det är inget giltigt personnummer eller samordningsnummer. Skriv det som ÅÅMMDD-XXXX eller ÅÅÅÅMMDD-XXXX och kontrollera siffrorna.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/participants.py" line="95"/>
        <source>The records of {pseudonym} were deleted when their retention period ended; only what the unit&apos;s figures need is kept, without a name. There is nothing to open.</source>
        <translation>Uppgifterna om {pseudonym} raderades när bevarandetiden tog slut. Bara det som behövs för enhetens siffror finns kvar, utan namn. Det finns inget att öppna.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/participants.py" line="108"/>
        <source>{name} ({internal_no}) already has this personnummer.</source>
        <translation>{name} ({internal_no}) har redan det här personnumret.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/participants.py" line="217"/>
        <location filename="../../desktop/services/progress_documents.py" line="113"/>
        <source>That person is not in the register.</source>
        <translation>Den personen finns inte i registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/participants.py" line="342"/>
        <source>The personnummer of {name} is already in the register.</source>
        <translation>Personnumret för {name} finns redan i registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/participants.py" line="461"/>
        <source>The first referral cannot be taken back.</source>
        <translation>Den första remissen kan inte tas tillbaka.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/participants.py" line="515"/>
        <source>There is already a group called {name}.</source>
        <translation>Det finns redan en grupp som heter {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/participants.py" line="692"/>
        <source>The text to correct is not this follow-up&apos;s.</source>
        <translation>Texten som ska rättas hör inte till den här uppföljningen.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/participants.py" line="744"/>
        <source>The note to correct is not this person&apos;s.</source>
        <translation>Anteckningen som ska rättas hör inte till den här personen.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="106"/>
        <source>The sheet “{sheet}” in {file} has something in cell {cell}, to the right of column {last} ({max} columns), the most an import reads. Delete what is there (or copy the list to a new workbook) and choose the file again.</source>
        <translation>Bladet ”{sheet}” i {file} har något i cell {cell}, till höger om kolumn {last} ({max} kolumner), som är det mesta en import läser. Ta bort det som står där (eller kopiera listan till en ny arbetsbok) och välj filen igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="122"/>
        <source>The sheet “{sheet}” in {file} has more than {max} rows with data, the most one import reads. Split the list into several files and import them one at a time.</source>
        <translation>Bladet ”{sheet}” i {file} har fler än {max} rader med innehåll, vilket är det mesta en import läser. Dela upp listan i flera filer och importera dem en i taget.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="164"/>
        <source>The file {file} is not an Excel workbook (.xlsx). Open it in Excel, save it as an Excel workbook (.xlsx) and choose it again.</source>
        <translation>Filen {file} är ingen Excel-arbetsbok (.xlsx). Öppna den i Excel, spara den som Excel-arbetsbok (.xlsx) och välj den igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="214"/>
        <source>The file {file} could not be opened: {reason}</source>
        <translation>Filen {file} kunde inte öppnas: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="1011"/>
        <source>Nothing was imported: choose the columns for the name and the referral date first.</source>
        <translation>Inget importerades: välj först kolumnerna för namnet och remissdatumet.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="1019"/>
        <source>Nothing was imported, because some rows are rejected (rows {rows}). Fix them in the file or leave them out of it, then check the file again.</source>
        <translation>Inget importerades eftersom några rader är avvisade (rad {rows}). Rätta dem i filen eller ta bort dem ur filen, och kontrollera sedan filen igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="1028"/>
        <source>There is nothing to import: the file has no rows.</source>
        <translation>Det finns inget att importera: filen har inga rader.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/drugtests.py" line="174"/>
        <source>The schedule ends before it starts.</source>
        <translation>Schemat slutar innan det börjar.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/drugtests.py" line="177"/>
        <source>Choose at least one weekday.</source>
        <translation>Välj minst en veckodag.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/drugtests.py" line="181"/>
        <source>The minimum per week must not be above the maximum (0–5).</source>
        <translation>Minsta antalet per vecka får inte vara högre än högsta antalet (0–5).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/drugtests.py" line="187"/>
        <source>At most 3 tests fit in a week without two days in a row.</source>
        <translation>Högst 3 drogtester ryms på en vecka utan två dagar i rad.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/drugtests.py" line="195"/>
        <source>The target per week must lie between the minimum and the maximum.</source>
        <translation>Målet per vecka måste ligga mellan minsta och högsta antalet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/drugtests.py" line="253"/>
        <source>{date} is not a staffed day.</source>
        <translation>{date} är inte en bemannad dag.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/drugtests.py" line="345"/>
        <source>Give at least one substance&apos;s result, or choose an outcome instead of a result.</source>
        <translation>Ange resultatet för minst en substans, eller välj ett annat utfall än analysresultat.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/drugtests.py" line="353"/>
        <source>A value cannot be negative.</source>
        <translation>Ett värde kan inte vara mindre än noll.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/drugtests.py" line="160"/>
        <source>Days ahead are never drawn or shown: the draw is made on the day itself.</source>
        <translation>Kommande dagar lottas och visas aldrig i förväg: lottningen görs samma dag.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/drugtests.py" line="196"/>
        <source>Choose at least one staffed weekday and a tolerance below 100 %.</source>
        <translation>Välj minst en bemannad veckodag och en tolerans under 100 %.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/drugtests.py" line="247"/>
        <source>Give the provider a name.</source>
        <translation>Ge leverantören ett namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/drugtests.py" line="249"/>
        <source>Two prices start on the same day.</source>
        <translation>Två priser börjar gälla samma dag.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/drugtests.py" line="262"/>
        <source>There is already a provider called {name}.</source>
        <translation>Det finns redan en leverantör som heter {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/drugtests.py" line="533"/>
        <source>The result to correct is not this person&apos;s.</source>
        <translation>Resultatet som ska rättas hör inte till den här personen.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/osa.py" line="156"/>
        <source>There is already a workplace called {name}.</source>
        <translation>Det finns redan en arbetsplats som heter {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/osa.py" line="243"/>
        <source>That placement is not in the register.</source>
        <translation>Den placeringen finns inte i registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/osa.py" line="281"/>
        <source>Only a planned placement can start.</source>
        <translation>Bara en planerad placering kan startas.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/osa.py" line="311"/>
        <source>Only an active placement can end.</source>
        <translation>Bara en pågående placering kan avslutas.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="132"/>
        <source>An entry has no name.</source>
        <translation>En post saknar namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="140"/>
        <source>An entry is listed twice.</source>
        <translation>En post finns två gånger i listan.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="143"/>
        <source>Keep at least one entry in use.</source>
        <translation>Minst en post måste vara i bruk.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="218"/>
        <source>Choose what the consent is for.</source>
        <translation>Välj vad samtycket gäller.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="223"/>
        <source>A consent cannot be given after today ({today}).</source>
        <translation>Ett samtycke kan inte lämnas senare än i dag ({today}).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="230"/>
        <source>A consent is valid for at most 12 months: choose {latest} or earlier.</source>
        <translation>Ett samtycke gäller i högst 12 månader: välj {latest} eller tidigare.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="239"/>
        <source>The last valid day cannot come before {given}.</source>
        <translation>Sista giltighetsdagen kan inte vara före {given}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="244"/>
        <source>Tick at least one receiving unit.</source>
        <translation>Kryssa i minst en mottagare.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="248"/>
        <source>Tick at least one kind of data.</source>
        <translation>Kryssa i minst en typ av uppgifter.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="255"/>
        <source>An entry is not in the unit&apos;s list.</source>
        <translation>En post finns inte i enhetens lista.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="260"/>
        <source>Write what the data may be used for.</source>
        <translation>Skriv vad uppgifterna får användas till.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="278"/>
        <source>This consent was already withdrawn on {date}.</source>
        <translation>Samtycket återkallades redan {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="284"/>
        <source>A withdrawal cannot be dated after today.</source>
        <translation>En återkallelse kan inte dateras senare än i dag.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="289"/>
        <source>The consent was given on {date}: choose that day or later.</source>
        <translation>Samtycket lämnades {date}: välj den dagen eller senare.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="108"/>
        <source>“{text}” is not a period. Give it as 2026-07 (a month), 2026-Q3 (a quarter), 2026-H1 (a half-year) or 2026 (a year), or give the first and the last day.</source>
        <translation>”{text}” är ingen period. Ange den som 2026-07 (en månad), 2026-Q3 (ett kvartal), 2026-H1 (ett halvår) eller 2026 (ett år), eller ange första och sista dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="187"/>
        <source>The period&apos;s first day {since} is after its last day.</source>
        <translation>Periodens första dag {since} ligger efter dess sista dag.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="625"/>
        <source>The period {period} has not started yet.</source>
        <translation>Perioden {period} har inte börjat än.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/ambassadors.py" line="35"/>
        <source>The ambassador is no longer in the register.</source>
        <translation>Ambassadören finns inte längre i registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/consent.py" line="45"/>
        <source>The consent is no longer in the register.</source>
        <translation>Samtycket finns inte längre i registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/consent.py" line="118"/>
        <source>An entry that consents already use cannot be removed; set it as not in use.</source>
        <translation>En post som redan används i samtycken kan inte tas bort. Markera den som inte i bruk i stället.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/consent.py" line="199"/>
        <source>The person is no longer in the register.</source>
        <translation>Personen finns inte längre i registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/consent.py" line="252"/>
        <source>Write why the entry was a mistake.</source>
        <translation>Skriv varför registreringen var ett misstag.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/consent.py" line="277"/>
        <source>Attach a PDF or an image (PNG, JPEG or TIFF) of the signed form.</source>
        <translation>Bifoga en PDF eller en bild (PNG, JPEG eller TIFF) av den underskrivna blanketten.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/consent.py" line="282"/>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/consent.py" line="285"/>
        <source>The file is larger than {max} MB: scan it at a lower resolution.</source>
        <translation>Filen är större än {max} MB: skanna den med lägre upplösning.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/consent.py" line="322"/>
        <source>The attachment is no longer in the register.</source>
        <translation>Bilagan finns inte längre i registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/ambassador_documents.py" line="64"/>
        <source>There is no active ambassador. Add the partner units&apos; ambassadors first.</source>
        <translation>Det finns ingen aktiv ambassadör. Lägg först till samverkansparternas ambassadörer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/ambassador_documents.py" line="282"/>
        <location filename="../../desktop/services/exports.py" line="251"/>
        <source>The folder {folder} does not exist. Choose a folder that does.</source>
        <translation>Mappen {folder} finns inte. Välj en mapp som finns.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="75"/>
        <source>No one in the register has the number {ident}. Use a number like 2026-007.</source>
        <translation>Ingen i registret har numret {ident}. Använd ett nummer som 2026-007.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="81"/>
        <source>That consent belongs to someone else.</source>
        <translation>Det samtycket tillhör någon annan.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exports.py" line="212"/>
        <source>{path} is a folder. Give the file a name.</source>
        <translation>{path} är en mapp. Ge filen ett namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exports.py" line="231"/>
        <source>This document is a {suffix} file: end the name with {suffix}.</source>
        <translation>Det här dokumentet är en {suffix}-fil: avsluta namnet med {suffix}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exports.py" line="193"/>
        <source>The file name is too long: use at most {max} characters.</source>
        <translation>Filnamnet är för långt: använd högst {max} tecken.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exports.py" line="220"/>
        <source>“{name}” cannot be a file name: Windows reserves it, or it holds one of \ : * ? &quot; &lt; &gt; | or an invisible character. Choose another name.</source>
        <translation>”{name}” kan inte användas som filnamn: Windows reserverar namnet, eller så innehåller det något av tecknen \ : * ? &quot; &lt; &gt; | eller ett osynligt tecken. Välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exports.py" line="241"/>
        <source>{name} is a register or one of its files. Färdväg never writes a document there: choose another name.</source>
        <translation>{name} är ett register eller en av dess filer. Färdväg skriver aldrig ett dokument där: välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exports.py" line="258"/>
        <location filename="../../desktop/services/exports.py" line="314"/>
        <source>Färdväg may not write in {folder}. Choose a folder you can write to, such as Documents.</source>
        <translation>Färdväg får inte skriva i {folder}. Välj en mapp som du kan skriva i, till exempel Dokument.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exports.py" line="267"/>
        <source>{name} is write-protected. Choose another name or folder.</source>
        <translation>{name} är skrivskyddad. Välj ett annat namn eller en annan mapp.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exports.py" line="297"/>
        <source>The disk is full, so nothing was written. Free some space or choose another place.</source>
        <translation>Disken är full, så ingenting har sparats. Frigör utrymme eller välj en annan plats.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exports.py" line="305"/>
        <source>{name} is open in another program, such as Excel or a PDF reader. Close it there and try again, or choose another name. Nothing was written.</source>
        <translation>{name} är öppen i ett annat program, till exempel Excel eller ett PDF-program. Stäng den där och försök igen, eller välj ett annat namn. Ingenting har sparats.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exports.py" line="174"/>
        <location filename="../../desktop/services/exports.py" line="322"/>
        <source>The file could not be written ({reason}). Nothing was written.</source>
        <translation>Filen kunde inte sparas ({reason}). Ingenting har sparats.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/progress_documents.py" line="71"/>
        <source>Nobody to make a progress sheet for.</source>
        <translation>Det finns ingen att göra ett utvecklingsblad för.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/progress_documents.py" line="75"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/test_list.py" line="24"/>
        <source>No list for {date}: not a staffed day, or nobody opened it that day.</source>
        <translation>Ingen lista för {date}: det är inte en bemannad dag, eller så öppnade ingen listan den dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="140"/>
        <source>{name} is not an Excel workbook Färdväg can read, so it was left as it is. Choose another name, or a workbook saved as .xlsx.</source>
        <translation>{name} är ingen Excel-arbetsbok som Färdväg kan läsa, så den lämnades som den var. Välj ett annat namn eller en arbetsbok som är sparad som .xlsx.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/file_errors.py" line="17"/>
        <source>Färdväg could not use {path} ({reason}). Nothing was changed there.</source>
        <translation>Färdväg kunde inte använda {path} ({reason}). Ingenting har ändrats där.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/file_errors.py" line="23"/>
        <source>Färdväg may not save files in the folder {folder}: it is read-only, or your account lacks permission there. Choose a folder where you can save files (for example your Documents folder), or ask whoever looks after the unit&apos;s computers.</source>
        <translation>Färdväg får inte spara filer i mappen {folder}: den är skrivskyddad, eller så saknar ditt konto behörighet där. Välj en mapp där du kan spara filer (till exempel mappen Dokument), eller fråga den som sköter enhetens datorer.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/file_errors.py" line="32"/>
        <source>The disk with the folder {folder} is full. Free some space there (or choose another place), then try again.</source>
        <translation>Disken med mappen {folder} är full. Frigör utrymme där (eller välj en annan plats) och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/file_errors.py" line="40"/>
        <source>The folder {folder} does not exist (or is not reachable, such as a network drive that is not connected). Check the path, or create the folder first.</source>
        <translation>Mappen {folder} finns inte (eller går inte att nå, till exempel en nätverksenhet som inte är ansluten). Kontrollera sökvägen eller skapa mappen först.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/file_errors.py" line="48"/>
        <source>The name {name} is too long for the computer&apos;s file system. Choose a shorter file name (at most 100 characters).</source>
        <translation>Namnet {name} är för långt för datorns filsystem. Välj ett kortare filnamn (högst 100 tecken).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/file_errors.py" line="56"/>
        <source>{path} is a folder, not a file. Choose a file name inside it, for example {example}.</source>
        <translation>{path} är en mapp, inte en fil. Välj ett filnamn i mappen, till exempel {example}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/backup.py" line="94"/>
        <source>The backup could not be made: the copy did not pass its checks ({detail}). The register and the older backups are as they were. Try again; if it fails again, contact whoever looks after the unit&apos;s computers.</source>
        <translation>Säkerhetskopian kunde inte göras: kopian klarade inte kontrollerna ({detail}). Registret och de äldre säkerhetskopiorna är som förut. Försök igen. Om det misslyckas igen, kontakta den som sköter enhetens datorer.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/backup.py" line="108"/>
        <source>The backup from {when} is damaged ({detail}) and cannot be used. Choose another backup; nothing was changed.</source>
        <translation>Säkerhetskopian från {when} är skadad ({detail}) och kan inte användas. Välj en annan säkerhetskopia. Ingenting har ändrats.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/backup.py" line="119"/>
        <source>{path} is not a Färdväg backup. Choose a folder named like fardvag-backup-20261201T093012Z.</source>
        <translation>{path} är ingen säkerhetskopia från Färdväg. Välj en mapp med ett namn som fardvag-backup-20261201T093012Z.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/backup.py" line="132"/>
        <source>The restore stopped halfway: the register that was there is kept, whole, as {aside}. Run the restore again to finish it; nothing else was changed.</source>
        <translation>Återställningen avbröts halvvägs: registret som fanns där finns kvar, oskadat, som {aside}. Kör återställningen igen för att slutföra den. Ingenting annat har ändrats.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/backup.py" line="143"/>
        <source>This is a backup, opened to look things up: nothing can be changed in it. Make the change in the register itself.</source>
        <translation>Det här är en säkerhetskopia som är öppnad för att slå upp uppgifter: ingenting kan ändras i den. Gör ändringen i själva registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/backup.py" line="151"/>
        <source>The user name or the password does not open this backup. A backup opens with the password its user had on the day it was made, or with the recovery key of that time.</source>
        <translation>Användarnamnet eller lösenordet öppnar inte den här säkerhetskopian. En säkerhetskopia öppnas med det lösenord som användaren hade den dag den gjordes, eller med den återställningsnyckel som gällde då.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/retention.py" line="95"/>
        <source>{count} of the people on the list are no longer due for deletion (a new entry, or someone else already deleted them). Nothing was deleted: open the review again.</source>
        <translation>{count} av personerna på listan ska inte längre raderas (det har kommit en ny registrering, eller så har någon annan redan raderat dem). Ingenting har raderats: öppna listan igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/retention.py" line="103"/>
        <source>The deletion was not confirmed: type the number of people ({count}) to confirm. Nothing was deleted.</source>
        <translation>Raderingen bekräftades inte: skriv antalet personer ({count}) för att bekräfta. Ingenting har raderats.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/todo.py" line="20"/>
        <source>Write why the item is handled: the reason is kept with the item.</source>
        <translation>Skriv varför punkten är hanterad. Skälet sparas tillsammans med punkten.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/todo.py" line="26"/>
        <source>The reason can be at most {limit} characters.</source>
        <translation>Skälet får vara högst {limit} tecken.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="97"/>
        <source>No backup folder is chosen. An administrator chooses one under Settings (for example a folder on your network home drive).</source>
        <translation>Ingen säkerhetskopieringsmapp är vald. En administratör väljer en under Inställningar (till exempel en mapp på din hemkatalog på nätverket).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backup.py" line="105"/>
        <source>That backup is of another register, not of {path}. Choose a backup of this register; nothing was changed.</source>
        <translation>Den säkerhetskopian hör till ett annat register, inte till {path}. Välj en säkerhetskopia av det här registret. Ingenting har ändrats.</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="469"/>
        <source>Signed consent form</source>
        <translation>Undertecknad samtyckesblankett</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="473"/>
        <source>Attached forms</source>
        <translation>Bifogade blanketter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="480"/>
        <source>{name}
{size} · added {date} by {user}</source>
        <translation>{name}
{size} · tillagd {date} av {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="490"/>
        <source>The chosen form</source>
        <translation>Den valda blanketten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="498"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Verklig storlek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="508"/>
        <source>No signed form is attached to this consent.</source>
        <translation>Ingen undertecknad blankett är bifogad till det här samtycket.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="517"/>
        <source>PDF, {size}. Färdväg cannot show PDF files; the signed form is kept in the register.</source>
        <translation>PDF, {size}. Färdväg kan inte visa PDF-filer. Den undertecknade blanketten finns sparad i registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="531"/>
        <source>{kind}, {size}. This picture cannot be shown on this computer.</source>
        <translation>{kind}, {size}. Bilden kan inte visas på den här datorn.</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="80"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="82"/>
        <source>What</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="83"/>
        <source>All actions</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="86"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="87"/>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="88"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Kontrollera loggkedjan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="92"/>
        <source>&amp;User</source>
        <translation>A&amp;nvändare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="94"/>
        <source>&amp;What</source>
        <translation>&amp;Händelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="111"/>
        <source>Audit log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="133"/>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="140"/>
        <source>All users</source>
        <translation>Alla användare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="165"/>
        <source>{count} entries</source>
        <translation>{count} poster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="175"/>
        <source>The chain is intact: none of the {count} entries has been changed or removed.</source>
        <translation>Loggkedjan är obruten: ingen av de {count} posterna har ändrats eller tagits bort.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="182"/>
        <source>The chain is broken at entry {seq}: that entry or one before it has been changed or removed outside Färdväg.</source>
        <translation>Loggkedjan är bruten vid post {seq}: den posten eller en post före den har ändrats eller tagits bort utanför Färdväg.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="41"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="42"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="43"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="44"/>
        <source>What</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="45"/>
        <source>Concerns</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="46"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../desktop/core/backup.py" line="98"/>
        <source>Last good backup: {when}.</source>
        <translation>Senaste lyckade säkerhetskopia: {when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backup.py" line="99"/>
        <source>No backups are made: no backup folder is chosen. An administrator chooses one under Settings.</source>
        <translation>Inga säkerhetskopior görs: ingen säkerhetskopieringsmapp är vald. En administratör väljer en under Inställningar.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backup.py" line="104"/>
        <source>The backup folder {folder} cannot be reached (a network drive not connected?). Last good backup: {when}.</source>
        <translation>Säkerhetskopieringsmappen {folder} går inte att nå (är en nätverksenhet inte ansluten?). Senaste lyckade säkerhetskopia: {when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backup.py" line="109"/>
        <source>There is no good backup yet. Make one now.</source>
        <translation>Det finns ingen lyckad säkerhetskopia än. Gör en nu.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backup.py" line="110"/>
        <source>The last good backup is from {when}, more than two days ago. Make one now.</source>
        <translation>Den senaste lyckade säkerhetskopian är från {when}, mer än två dagar sedan. Gör en nu.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/backup.py" line="133"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>BackupOnClose</name>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="580"/>
        <source>Backup</source>
        <translation>Säkerhetskopiering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="584"/>
        <source>Making today&apos;s backup before Färdväg closes…</source>
        <translation>Gör dagens säkerhetskopia innan Färdväg stängs…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="593"/>
        <source>&amp;Skip</source>
        <translation>&amp;Hoppa över</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="619"/>
        <source>Today&apos;s backup could not be made.</source>
        <translation>Dagens säkerhetskopia kunde inte göras.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="621"/>
        <source>Färdväg closes anyway. Make one later under File → Backups.</source>
        <translation>Färdväg stängs ändå. Gör en säkerhetskopia senare under Arkiv → Säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="623"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="629"/>
        <source>Stopping the backup…</source>
        <translation>Avbryter säkerhetskopieringen…</translation>
    </message>
</context>
<context>
    <name>BackupSignInDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="333"/>
        <source>Open a backup read-only</source>
        <translation>Öppna en säkerhetskopia skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="337"/>
        <source>The backup from {when} opens with the user name and password you had that day. Nothing can be changed in it.</source>
        <translation>Säkerhetskopian från {when} öppnas med det användarnamn och lösenord som du hade den dagen. Ingenting i den kan ändras.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="345"/>
        <source>User &amp;name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="345"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="364"/>
        <source>Type the user name and password of that day.</source>
        <translation>Skriv användarnamnet och lösenordet från den dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="391"/>
        <source>Opening…</source>
        <translation>Öppnar…</translation>
    </message>
</context>
<context>
    <name>BackupTable</name>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="56"/>
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="56"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="56"/>
        <source>Check</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="57"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="71"/>
        <source>OK: every check passed</source>
        <translation>OK: alla kontroller godkända</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="73"/>
        <source>OK: its files are those that passed every check</source>
        <translation>OK: filerna är desamma som klarade alla kontroller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="75"/>
        <source>Not usable: its description is missing or unreadable</source>
        <translation>Går inte att använda: beskrivningen saknas eller går inte att läsa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="76"/>
        <source>Failed: {problems}</source>
        <translation>Underkänd: {problems}</translation>
    </message>
</context>
<context>
    <name>BackupWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="367"/>
        <source>Backup from {when}, read-only – Färdväg</source>
        <translation>Säkerhetskopia från {when}, skrivskyddad – Färdväg</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="123"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="130"/>
        <source>Färdväg makes an encrypted backup when it closes, at most once a day, into the folder an administrator chose under Settings. Each backup is checked before an older one is removed; 7 daily, 4 weekly and 12 monthly are kept unless Settings say otherwise.</source>
        <translation>Färdväg gör en krypterad säkerhetskopia när programmet stängs, högst en gång per dag, i den mapp som en administratör har valt under Inställningar. Varje säkerhetskopia kontrolleras innan en äldre tas bort. 7 dagliga, 4 veckovisa och 12 månatliga sparas, om inget annat anges under Inställningar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="150"/>
        <source>Back up &amp;now</source>
        <translation>Säkerhetskopiera &amp;nu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="152"/>
        <source>&amp;Check again</source>
        <translation>&amp;Kontrollera igen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="154"/>
        <source>&amp;Open read-only…</source>
        <translation>&amp;Öppna skrivskyddad…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="156"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="158"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="185"/>
        <source>Reading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="203"/>
        <source>Backup made and checked: {when}.</source>
        <translation>Säkerhetskopian är gjord och kontrollerad: {when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="206"/>
        <source>{count} older backups removed as the settings say.</source>
        <translation>{count} äldre säkerhetskopior har tagits bort enligt inställningarna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="218"/>
        <source>Making a backup…</source>
        <translation>Gör en säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="230"/>
        <source>Checking the backup…</source>
        <translation>Kontrollerar säkerhetskopian…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="249"/>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="251"/>
        <source>To restore the backup from {when}, Färdväg signs you out first: a register in use is never replaced. The restore guide then asks for the user name and password of that day.

The register you have now is not deleted: it is moved aside and kept.

Sign out and restore?</source>
        <translation>För att återställa säkerhetskopian från {when} loggar Färdväg först ut dig: ett register som används ersätts aldrig. Sedan frågar återställningsguiden efter användarnamnet och lösenordet från den dagen.

Registret som du har nu raderas inte: det flyttas undan och sparas.

Vill du logga ut och återställa?</translation>
    </message>
</context>
<context>
    <name>CapacityTimeline</name>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="265"/>
        <source>Capacity of {name}</source>
        <translation>Kapacitet för {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="285"/>
        <source>{used} used, {over} too many</source>
        <translation>{used} uppt. · {over} för många</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="286"/>
        <source>{used} used, {free} free</source>
        <translation>{used} uppt. · {free} lediga</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="293"/>
        <source>{name}: {places} places.</source>
        <translation>{name}, antal platser: {places}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="298"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="364"/>
        <source>{number}: {start} to {end}, {status}</source>
        <translation>{number}: {start} till {end}, {status}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="371"/>
        <source>, no after-OSA plan</source>
        <translation>, ingen plan för tiden efter OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="303"/>
        <source>No placements in these months.</source>
        <translation>Inga placeringar de här månaderna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="418"/>
        <source>{month} (now)</source>
        <translation>{month} (nu)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="178"/>
        <location filename="../../desktop/ui/common/dialogs.py" line="200"/>
        <source>Change password</source>
        <translation>Byt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="183"/>
        <source>An administrator set your password. Choose one of your own before you go on.</source>
        <translation>En administratör har valt ditt lösenord. Välj ett eget lösenord innan du fortsätter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="190"/>
        <source>&amp;Current password</source>
        <translation>Nu&amp;varande lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="190"/>
        <source>Current password</source>
        <translation>Nuvarande lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="193"/>
        <source>&amp;New password</source>
        <translation>&amp;Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="193"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="197"/>
        <source>R&amp;epeat new password</source>
        <translation>&amp;Upprepa nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="198"/>
        <source>Repeat new password</source>
        <translation>Upprepa nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="212"/>
        <source>That is not your current password.</source>
        <translation>Det är inte ditt nuvarande lösenord.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../../desktop/db/register.py" line="1270"/>
        <source>{count} entries</source>
        <translation>{count} poster</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="1272"/>
        <source>first broken entry: {seq}</source>
        <translation>första brutna posten: {seq}</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="1625"/>
        <source>newest entry {seq} and {commits} commits, as anchored outside the register</source>
        <translation>senaste posten {seq} och {commits} sparade ändringar, så som ankarfilen utanför registret anger</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="1628"/>
        <source>the anchor is one commit behind (its last write failed); it is written again before the next change</source>
        <translation>ankarfilen ligger en sparad ändring efter (den senaste skrivningen misslyckades); den skrivs igen före nästa ändring</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="1633"/>
        <source>no anchor yet: the register predates anchors, the next change writes one</source>
        <translation>ingen ankarfil än: registret är äldre än ankarfilerna, nästa ändring skapar en</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="1636"/>
        <source>the register lacks commits its anchor records (newest entry here: {seq})</source>
        <translation>registret saknar sparade ändringar som ankarfilen anger (senaste posten här: {seq})</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="1639"/>
        <source>the newest entries are not the ones anchored (newest entry here: {seq})</source>
        <translation>de senaste posterna är inte de som ankarfilen anger (senaste posten här: {seq})</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="1642"/>
        <source>the anchor file is missing</source>
        <translation>ankarfilen saknas</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="1643"/>
        <source>the anchor file is damaged</source>
        <translation>ankarfilen är skadad</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="740"/>
        <source>Recovery capital</source>
        <translation>Återhämtningskapital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="741"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="743"/>
        <source>&amp;Social capital</source>
        <translation>&amp;Socialt kapital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="744"/>
        <source>&amp;Physical capital</source>
        <translation>&amp;Fysiskt kapital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="745"/>
        <source>&amp;Human capital</source>
        <translation>&amp;Humant kapital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="746"/>
        <source>&amp;Cultural capital</source>
        <translation>&amp;Kulturellt kapital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="758"/>
        <source>Last time: {score}</source>
        <translation>Förra gången: {score}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="766"/>
        <source>C&amp;omment</source>
        <translation>K&amp;ommentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="768"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="773"/>
        <source>Choose a rating from 1 to 5.</source>
        <translation>Välj ett värde från 1 till 5.</translation>
    </message>
</context>
<context>
    <name>CheckinsTableModel</name>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="167"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="168"/>
        <source>Social</source>
        <translation>Socialt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="169"/>
        <source>Physical</source>
        <translation>Fysiskt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="170"/>
        <source>Human</source>
        <translation>Humant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="171"/>
        <source>Cultural</source>
        <translation>Kulturellt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="172"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>ComponentsTableModel</name>
    <message>
        <location filename="../../desktop/ui/about.py" line="32"/>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="32"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="32"/>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="39"/>
        <source>see the text</source>
        <translation>se texten</translation>
    </message>
</context>
<context>
    <name>ConfirmErasureDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="127"/>
        <source>Delete records for good</source>
        <translation>Radera poster permanent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="131"/>
        <source>These records will be deleted for good ({count}): names, personnummer, notes, action plans, consents and everything else that identifies the people. It cannot be undone. Only codes and dates stay, without identity, for the unit&apos;s figures.</source>
        <translation>De här posterna raderas permanent ({count}): namn, personnummer, anteckningar, åtgärdsplaner, samtycken och allt annat som identifierar personerna. Det går inte att ångra. Bara koder och datum sparas, utan identitet, för enhetens siffror.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="140"/>
        <source>People to delete</source>
        <translation>Personer som ska raderas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="144"/>
        <source>Type {count} to confirm:</source>
        <translation>Skriv {count} för att bekräfta:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="146"/>
        <source>Number of people to delete</source>
        <translation>Antal personer som ska raderas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="154"/>
        <source>Delete for good ({count})</source>
        <translation>Radera permanent ({count})</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../desktop/core/consent.py" line="81"/>
        <source>Information sharing between the programme&apos;s partners</source>
        <translation>Informationsdelning mellan programmets samverkansparter</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="83"/>
        <source>Security check</source>
        <translation>Säkerhetskontroll</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="86"/>
        <source>Kriminalvården/Frivården</source>
        <translation>Kriminalvården/Frivården</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="87"/>
        <source>Arbetsförmedlingen (AF)</source>
        <translation>Arbetsförmedlingen (AF)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="88"/>
        <source>Social services (IFO)</source>
        <translation>Socialtjänsten (IFO)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="89"/>
        <source>Income support (Försörjningsenheten)</source>
        <translation>Försörjningsenheten</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="90"/>
        <source>The home municipality</source>
        <translation>Hemkommunen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="91"/>
        <source>The municipality&apos;s security centre</source>
        <translation>Kommunens säkerhetsenhet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="94"/>
        <source>Personal investigation</source>
        <translation>Personutredning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="95"/>
        <source>Action plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="96"/>
        <source>Sentence plan</source>
        <translation>Verkställighetsplan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="97"/>
        <source>Drug-test results</source>
        <translation>Drogtestresultat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="98"/>
        <source>OSA placement</source>
        <translation>OSA-placering</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="99"/>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="100"/>
        <source>Criminal and suspicion records</source>
        <translation>Belastnings- och misstankeregistret</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="102"/>
        <source>Establishment on the labour market through the programme</source>
        <translation>Etablering på arbetsmarknaden genom programmet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="169"/>
        <source>The unit itself</source>
        <translation>Enheten själv</translation>
    </message>
    <message>
        <location filename="../../desktop/core/consent.py" line="171"/>
        <source>The participant</source>
        <translation>Deltagaren</translation>
    </message>
</context>
<context>
    <name>ConsentDialogs</name>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="135"/>
        <source>{kind}, given {date}</source>
        <translation>{kind}, lämnat {date}</translation>
    </message>
</context>
<context>
    <name>ConsentDocuments</name>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="286"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="288"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="298"/>
        <source>consent form</source>
        <translation>samtyckesblankett</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="299"/>
        <source>register extract</source>
        <translation>registerutdrag</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="300"/>
        <source>data-handling plan</source>
        <translation>informationshanteringsplan</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="301"/>
        <source>drug-test list</source>
        <translation>provtagningslista</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="302"/>
        <source>consent</source>
        <translation>samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="303"/>
        <source>scanned consent form</source>
        <translation>inskannad samtyckesblankett</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="342"/>
        <source>Enrol</source>
        <translation>Skrivs in</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="345"/>
        <source>Not enrolled: {reason}</source>
        <translation>Ej inskriven: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="353"/>
        <source>Group: {group}</source>
        <translation>Grupp: {group}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="358"/>
        <source>Contract signed</source>
        <translation>Kontraktet underskrivet</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="395"/>
        <source>Your details</source>
        <translation>Dina uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="401"/>
        <source>Our number</source>
        <translation>Ditt nummer hos oss</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="405"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="409"/>
        <source>Date of birth</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="412"/>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="413"/>
        <location filename="../../desktop/services/consent_documents.py" line="599"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="415"/>
        <source>Municipality</source>
        <translation>Bostadskommun</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="419"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="423"/>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="426"/>
        <location filename="../../desktop/services/consent_documents.py" line="511"/>
        <location filename="../../desktop/services/consent_documents.py" line="1030"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="427"/>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="429"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="433"/>
        <source>Responsible staff</source>
        <translation>Ansvarig personal</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="444"/>
        <location filename="../../desktop/services/consent_documents.py" line="1100"/>
        <source>Recorded</source>
        <translation>Registrerat</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="445"/>
        <location filename="../../desktop/services/consent_documents.py" line="1101"/>
        <source>{at} by {user}</source>
        <translation>{at} av {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="452"/>
        <source>Taken back {at} by {user}: recorded by mistake, no longer counted.</source>
        <translation>Togs tillbaka {at} av {user}: registrerades av misstag och räknas inte längre.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="462"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="475"/>
        <source>Your path through the programme</source>
        <translation>Din väg genom programmet</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="477"/>
        <source>No steps recorded.</source>
        <translation>Inga steg registrerade.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="492"/>
        <source>done {date}</source>
        <translation>klar {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="509"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="510"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="512"/>
        <location filename="../../desktop/services/consent_documents.py" line="1050"/>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="518"/>
        <source>Action plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="520"/>
        <source>No goals recorded.</source>
        <translation>Inga mål registrerade.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="540"/>
        <source>Corrects note {number} of {date}.</source>
        <translation>Rättar anteckning {number} från {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="548"/>
        <source>Corrected by note {number} of {date}; kept as it was written.</source>
        <translation>Rättad genom anteckning {number} från {date}. Den finns kvar som den skrevs.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="556"/>
        <source>Note {number}</source>
        <translation>Anteckning {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="562"/>
        <source>Signed</source>
        <translation>Signerad</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="572"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="574"/>
        <source>Notes are signed when they are saved and never changed. A mistake is corrected by a new note; both are kept.</source>
        <translation>Anteckningar signeras när de sparas och ändras aldrig. Ett fel rättas med en ny anteckning, och båda finns kvar.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="583"/>
        <source>No notes.</source>
        <translation>Inga anteckningar.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="593"/>
        <source>Your contacts at other agencies</source>
        <translation>Dina kontaktpersoner hos andra myndigheter</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="596"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="597"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="598"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="600"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="605"/>
        <source>No contacts recorded.</source>
        <translation>Inga kontakter registrerade.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="614"/>
        <source>Recovery capital (1–5)</source>
        <translation>Återhämtningskapital (1–5)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="617"/>
        <location filename="../../desktop/services/consent_documents.py" line="832"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="618"/>
        <source>Social</source>
        <translation>Socialt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="619"/>
        <source>Physical</source>
        <translation>Fysiskt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="620"/>
        <source>Human</source>
        <translation>Humant</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="621"/>
        <source>Cultural</source>
        <translation>Kulturellt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="622"/>
        <location filename="../../desktop/services/consent_documents.py" line="971"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="637"/>
        <source>No check-ins recorded.</source>
        <translation>Inga avstämningar registrerade.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="647"/>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="648"/>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="649"/>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="650"/>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="651"/>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="652"/>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="653"/>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="663"/>
        <source>{min}–{max} a week, on average {target}</source>
        <translation>{min}–{max} per vecka, i genomsnitt {target}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="669"/>
        <source>as set for the phase</source>
        <translation>enligt fasens inställning</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="672"/>
        <source>never two days in a row</source>
        <translation>aldrig två dagar i rad</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="675"/>
        <source>Schedule from {date}</source>
        <translation>Schema från {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="679"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="680"/>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="681"/>
        <source>Until</source>
        <translation>Till och med</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="682"/>
        <location filename="../../desktop/services/consent_documents.py" line="960"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="684"/>
        <location filename="../../desktop/services/consent_documents.py" line="963"/>
        <source>Provider</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="693"/>
        <source>Drug-test schedules</source>
        <translation>Scheman för drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="695"/>
        <source>No schedule recorded.</source>
        <translation>Inget schema registrerat.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="701"/>
        <source>Drug-test results</source>
        <translation>Drogtestresultat</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="703"/>
        <source>Every result and outcome entered, including missed tests and corrections.</source>
        <translation>Alla resultat och utfall som har registrerats, även uteblivna drogtester och rättelser.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="711"/>
        <source>No drug tests recorded.</source>
        <translation>Inga drogtester registrerade.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="728"/>
        <source>AF coding</source>
        <translation>Funktionshinderkodning (AF)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="731"/>
        <source>Requested</source>
        <translation>Begärd</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="734"/>
        <source>Certificates</source>
        <translation>Intyg</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="735"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="736"/>
        <source>Decided</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="738"/>
        <source>AF case officer</source>
        <translation>AF-handläggare</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="754"/>
        <source>OSA: AF coding and placements</source>
        <translation>OSA: funktionshinderkodning och placeringar</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="759"/>
        <source>Nothing recorded about OSA.</source>
        <translation>Inget registrerat om OSA.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="790"/>
        <location filename="../../desktop/services/consent_documents.py" line="1070"/>
        <source>Receiving units</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="794"/>
        <location filename="../../desktop/services/consent_documents.py" line="835"/>
        <location filename="../../desktop/services/consent_documents.py" line="1076"/>
        <source>Data</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="797"/>
        <location filename="../../desktop/services/consent_documents.py" line="1086"/>
        <source>Valid until</source>
        <translation>Giltigt till och med</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="801"/>
        <source>Entered by mistake and voided {at} by {user}: {reason}. It never counted.</source>
        <translation>Registrerades av misstag och makulerades {at} av {user}: {reason}. Samtycket har aldrig gällt.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="812"/>
        <source>Your consents</source>
        <translation>Dina samtycken</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="814"/>
        <source>No consents recorded.</source>
        <translation>Inga samtycken registrerade.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="822"/>
        <source>Who has received data about you</source>
        <translation>Vem som har fått uppgifter om dig</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="824"/>
        <source>Every document about you that was printed or saved from the register: to whom, what it held, when and by whom.</source>
        <translation>Alla dokument om dig som har skrivits ut eller sparats från registret: till vem, vad de innehöll, när och av vem.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="833"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="834"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="836"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="844"/>
        <source>Name and personnummer</source>
        <translation>Namn och personnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="851"/>
        <source>Nothing has been disclosed.</source>
        <translation>Inga uppgifter har lämnats ut.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="870"/>
        <source>Who has seen or changed your record</source>
        <translation>Vem som har sett eller ändrat i din akt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="872"/>
        <source>From the register&apos;s audit log: every time staff opened, changed, printed or exported your record.</source>
        <translation>Från registrets logg: varje gång personalen har öppnat, ändrat, skrivit ut eller exporterat din akt.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="880"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="881"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="882"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="883"/>
        <source>In</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="888"/>
        <source>No entries.</source>
        <translation>Inga poster.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="894"/>
        <source>Register extract {number}</source>
        <translation>Registerutdrag {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="897"/>
        <source>Register extract</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="902"/>
        <source>Everything {unit} holds about you in its register on {date}, as the data-protection regulation (GDPR, article 15) gives you the right to see. If something is wrong, tell us: we correct it with a new entry.</source>
        <translation>Här är allt som {unit} har om dig i sitt register den {date}. Enligt dataskyddsförordningen (GDPR, artikel 15) har du rätt att se det. Om något är fel, säg till oss, så rättar vi det med en ny registrering.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="925"/>
        <source>positive</source>
        <translation>positivt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="927"/>
        <source>negative</source>
        <translation>negativt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="932"/>
        <source>cut-off {cutoff}</source>
        <translation>gränsvärde {cutoff}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="945"/>
        <source>Corrects the entry for {date}.</source>
        <translation>Rättar registreringen från {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="952"/>
        <source>Corrected by a later entry; kept as it was entered.</source>
        <translation>Rättad genom en senare registrering. Den finns kvar som den registrerades.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="961"/>
        <source>Values</source>
        <translation>Värden</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="966"/>
        <source>Sample id</source>
        <translation>Prov-id</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="968"/>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="972"/>
        <source>Entered by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="986"/>
        <source>correction: {text}</source>
        <translation>rättelse: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="997"/>
        <source>to {date}, decided by AF on {decided}</source>
        <translation>till {date}, beslutad av AF {decided}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1013"/>
        <source>contact with AF {date}</source>
        <translation>kontakt med AF {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1018"/>
        <source>job-search coaching {dates}</source>
        <translation>coachning i arbetssökandet {dates}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1032"/>
        <source>Planned end</source>
        <translation>Planerat slutdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1036"/>
        <source>Hours a week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1040"/>
        <source>Wage subsidy reference</source>
        <translation>Beslut om lönebidrag (AF:s referens)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1043"/>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1044"/>
        <source>Extended</source>
        <translation>Förlängd</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1045"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1047"/>
        <source>Why it ended</source>
        <translation>Varför den avslutades</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1051"/>
        <source>Plan for after OSA</source>
        <translation>Plan för tiden efter OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1060"/>
        <source>Withdrawn {date} ({how}).</source>
        <translation>Återkallat {date} ({how}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1083"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1088"/>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1089"/>
        <location filename="../../desktop/services/consent_documents.py" line="1112"/>
        <source>in writing</source>
        <translation>skriftligt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1091"/>
        <location filename="../../desktop/services/consent_documents.py" line="1113"/>
        <source>orally</source>
        <translation>muntligt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1094"/>
        <source>Programme description handed over</source>
        <translation>Programbeskrivningen överlämnad</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1097"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1098"/>
        <source>Scanned forms</source>
        <translation>Inskannade blanketter</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1114"/>
        <source>by phone</source>
        <translation>per telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1115"/>
        <source>other way</source>
        <translation>på annat sätt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1169"/>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1170"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../desktop/services/consent_documents.py" line="1197"/>
        <source>Argon2id, {passes} passes, {memory}, {lanes} lanes</source>
        <translation>Argon2id, {passes} iterationer, {memory}, {lanes} parallella trådar</translation>
    </message>
</context>
<context>
    <name>ConsentListsDialog</name>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="633"/>
        <source>Consent lists</source>
        <translation>Listor för samtycken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="636"/>
        <source>Ticked entries are offered on new consents. Double-click a name to change it. An entry that consents already use cannot be removed: untick it instead, and old consents keep its name.</source>
        <translation>Ikryssade poster kan väljas i nya samtycken. Dubbelklicka på ett namn för att ändra det. En post som redan används i samtycken kan inte tas bort. Kryssa ur den i stället, så behåller de gamla samtyckena namnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="646"/>
        <source>&amp;Kinds of consent</source>
        <translation>&amp;Typer av samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="647"/>
        <source>Receiving &amp;units</source>
        <translation>&amp;Mottagande enheter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="648"/>
        <source>&amp;Data categories</source>
        <translation>Typer av &amp;uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="660"/>
        <source>Save lists</source>
        <translation>Spara listor</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="223"/>
        <source>&amp;New consent…</source>
        <translation>&amp;Nytt samtycke…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="224"/>
        <source>&amp;Withdraw…</source>
        <translation>Åter&amp;kalla…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="225"/>
        <source>&amp;Attach signed form…</source>
        <translation>&amp;Bifoga underskriven blankett…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="226"/>
        <source>&amp;Show form</source>
        <translation>&amp;Visa blankett</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="227"/>
        <source>&amp;Print consent form</source>
        <translation>&amp;Skriv ut samtyckesblankett</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="233"/>
        <source>Register &amp;extract…</source>
        <translation>&amp;Registerutdrag…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="234"/>
        <source>Entered by &amp;mistake…</source>
        <translation>Registrerat av &amp;misstag…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="251"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="259"/>
        <source>The chosen consent</source>
        <translation>Det valda samtycket</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="261"/>
        <source>Disclosure log: data about the participant that left Färdväg</source>
        <translation>Utlämningslogg: uppgifter om deltagaren som har lämnats ut från Färdväg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="271"/>
        <source>Disclosure log</source>
        <translation>Utlämningslogg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="363"/>
        <source>No valid consent to share information: nothing about the participant may go to the partners.</source>
        <translation>Inget giltigt samtycke till informationsdelning: inga uppgifter om deltagaren får lämnas till samverkansparterna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="369"/>
        <source>Information may be shared until {date} with: {units}.</source>
        <translation>Information får delas till och med {date} med: {units}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="374"/>
        <source>It ends in {days} days: ask for a new consent.</source>
        <translation>Samtycket upphör om {days} dagar: be om ett nytt samtycke.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="435"/>
        <source>“{kind}” was withdrawn on {date}. Tell these units that the consent is withdrawn:</source>
        <translation>”{kind}” återkallades {date}. Meddela de här enheterna att samtycket är återkallat:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="457"/>
        <source>Consent to</source>
        <translation>Samtycke till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="458"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="459"/>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="460"/>
        <source>Receiving units</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="461"/>
        <source>Data</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="463"/>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="464"/>
        <source>{date}, {form}</source>
        <translation>{date}, {form}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="468"/>
        <source>Valid until</source>
        <translation>Giltigt till och med</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="470"/>
        <source>Programme description</source>
        <translation>Programbeskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="471"/>
        <source>Handed over</source>
        <translation>Överlämnad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="471"/>
        <source>Not handed over</source>
        <translation>Inte överlämnad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="475"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="479"/>
        <source>Recorded</source>
        <translation>Registrerat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="480"/>
        <source>{date} by {user}</source>
        <translation>{date} av {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="490"/>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="507"/>
        <source>Received data before</source>
        <translation>Fick uppgifter före återkallelsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="508"/>
        <source>No unit</source>
        <translation>Ingen enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="521"/>
        <source>The register is locked.</source>
        <translation>Registret är låst.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="541"/>
        <source>The consent is withdrawn. These units received data under it:</source>
        <translation>Samtycket är återkallat. De här enheterna har fått uppgifter med stöd av det:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="545"/>
        <source>Tell them that the consent is withdrawn.</source>
        <translation>Meddela dem att samtycket är återkallat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="549"/>
        <source>The consent is withdrawn. No unit had received data about the participant under it.</source>
        <translation>Samtycket är återkallat. Ingen enhet hade fått uppgifter om deltagaren med stöd av det.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="552"/>
        <source>Consent withdrawn</source>
        <translation>Samtycket återkallat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="576"/>
        <source>Attach the signed form</source>
        <translation>Bifoga den underskrivna blanketten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="578"/>
        <source>Signed form, PDF or picture</source>
        <translation>Underskriven blankett, PDF eller bild</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="588"/>
        <source>{name} could not be read ({reason}).</source>
        <translation>{name} kunde inte läsas ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="626"/>
        <source>Save the consent form</source>
        <translation>Spara samtyckesblanketten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="635"/>
        <source>Save the register extract</source>
        <translation>Spara registerutdraget</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="657"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ConsentsTableModel</name>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="78"/>
        <source>Consent to</source>
        <translation>Samtycke till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="79"/>
        <source>Receiving units</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="80"/>
        <source>Data</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="81"/>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="82"/>
        <source>Valid until</source>
        <translation>Giltigt till och med</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="83"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="84"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="85"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="86"/>
        <source>Scans</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="94"/>
        <source>The programme&apos;s description was handed over</source>
        <translation>Programbeskrivningen har lämnats över</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="95"/>
        <source>Signed forms attached</source>
        <translation>Bifogade underskrivna blanketter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="104"/>
        <source>Expires today</source>
        <translation>Upphör i dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="106"/>
        <source>Expires tomorrow</source>
        <translation>Upphör i morgon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="108"/>
        <source>Expires in {days} days</source>
        <translation>Upphör om {days} dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="111"/>
        <source>Withdrawn on {date}</source>
        <translation>Återkallat {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="113"/>
        <source>Ended at discharge {date}</source>
        <translation>Upphörde vid utskrivningen {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="117"/>
        <source>Expired after {date}</source>
        <translation>Gällde till och med {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="118"/>
        <source>From {date}</source>
        <translation>Från {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="135"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="135"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="709"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="711"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="712"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="713"/>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="714"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="715"/>
        <source>&amp;E-mail</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="716"/>
        <source>Save contact</source>
        <translation>Spara kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="443"/>
        <source>Follow-up with the workplace</source>
        <translation>Uppföljning med arbetsplatsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="445"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kontaktform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="446"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="447"/>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="448"/>
        <source>Save follow-up</source>
        <translation>Spara uppföljning</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="148"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="149"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="150"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="151"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="152"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="532"/>
        <source>Action plan with contract</source>
        <translation>Åtgärdsplan med kontrakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="536"/>
        <source>The action plan with the contract the participant signs at enrolment: the goals not yet reached, the drug-test schedule, and the promises on both sides. Print it, sign it together, and keep the signed paper.</source>
        <translation>Åtgärdsplanen med kontraktet som deltagaren skriver under vid inskrivningen: målen som ännu inte är nådda, drogtestschemat och löftena från båda håll. Skriv ut, skriv under tillsammans och spara det underskrivna papperet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="551"/>
        <source>&amp;Language of the paper</source>
        <translation>&amp;Språk på papperet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="554"/>
        <source>&amp;Edit the texts…</source>
        <translation>&amp;Ändra texterna…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="556"/>
        <source>Administrators: the wording of the contract</source>
        <translation>Administratörer: kontraktets formuleringar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="559"/>
        <source>&amp;Save and print…</source>
        <translation>Spara och skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="582"/>
        <source>Save the action plan with contract</source>
        <translation>Spara åtgärdsplanen med kontrakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="584"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ContractTextsDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="609"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="610"/>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="611"/>
        <source>Heading over the participant&apos;s details</source>
        <translation>Rubrik över deltagarens uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="614"/>
        <source>Label: name</source>
        <translation>Etikett: namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="615"/>
        <source>Label: personnummer</source>
        <translation>Etikett: personnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="616"/>
        <source>Label: internal number</source>
        <translation>Etikett: internt nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="617"/>
        <source>Label: enrolled from</source>
        <translation>Etikett: inskriven från</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="618"/>
        <source>Label: contact person</source>
        <translation>Etikett: kontaktperson</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="619"/>
        <source>Heading: action plan</source>
        <translation>Rubrik: åtgärdsplan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="620"/>
        <source>About the action plan</source>
        <translation>Om åtgärdsplanen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="621"/>
        <source>Column: area</source>
        <translation>Kolumn: område</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="622"/>
        <source>Column: goal</source>
        <translation>Kolumn: mål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="623"/>
        <source>Column: who is responsible</source>
        <translation>Kolumn: vem ansvarar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="624"/>
        <source>Column: done by</source>
        <translation>Kolumn: klart senast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="625"/>
        <source>When there are no goals yet</source>
        <translation>När det inte finns några mål ännu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="626"/>
        <source>Heading: drug tests</source>
        <translation>Rubrik: drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="627"/>
        <source>About the drug tests</source>
        <translation>Om drogtesterna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="628"/>
        <source>Label: the schedule</source>
        <translation>Etikett: schemat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="629"/>
        <source>Heading: contract</source>
        <translation>Rubrik: kontrakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="630"/>
        <source>Before the participant&apos;s promises</source>
        <translation>Före deltagarens löften</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="631"/>
        <source>The participant&apos;s promises (one a line)</source>
        <translation>Deltagarens löften (ett per rad)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="632"/>
        <source>Before the unit&apos;s promises</source>
        <translation>Före enhetens löften</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="633"/>
        <source>The unit&apos;s promises (one a line)</source>
        <translation>Enhetens löften (ett per rad)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="634"/>
        <source>If the contract is not kept</source>
        <translation>Om kontraktet inte följs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="635"/>
        <source>How long the contract applies</source>
        <translation>Hur länge kontraktet gäller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="636"/>
        <source>What the participant signs</source>
        <translation>Det deltagaren skriver under på</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="637"/>
        <source>Over the participant&apos;s signature</source>
        <translation>Över deltagarens underskrift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="640"/>
        <source>Over the staff member&apos;s signature</source>
        <translation>Över personalens underskrift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="641"/>
        <source>Label: signature</source>
        <translation>Etikett: underskrift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="642"/>
        <source>Label: name in block letters</source>
        <translation>Etikett: namnförtydligande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="643"/>
        <source>Label: date</source>
        <translation>Etikett: datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="660"/>
        <source>The contract&apos;s texts</source>
        <translation>Kontraktets texter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="664"/>
        <source>{unit} is replaced by the unit&apos;s name, {municipality} by the municipality and {valid_until} by the day participation reaches 14 months. Have the municipality&apos;s lawyers read changes before the unit uses them.</source>
        <translation>{unit} ersätts med enhetens namn, {municipality} med kommunen och {valid_until} med dagen då deltagandet når 14 månader. Låt kommunens jurister läsa ändringar innan enheten använder dem.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="696"/>
        <source>&amp;Back to the shipped wording</source>
        <translation>&amp;Tillbaka till den levererade texten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="752"/>
        <source>Back to the shipped wording</source>
        <translation>Tillbaka till den levererade texten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="753"/>
        <source>Replace every text with the wording Färdväg ships with?</source>
        <translation>Ersätta alla texter med de som följer med Färdväg?</translation>
    </message>
</context>
<context>
    <name>CostParametersDialog</name>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="220"/>
        <source>Cost–benefit parameters</source>
        <translation>Parametrar för kostnad–nytta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="224"/>
        <source>The defaults are the evaluation&apos;s: the municipality&apos;s budget for 2021, the state grant, and the alternative cost of a person with ongoing drug use according to NUTEK (2006) and SOU 2011:6, adjusted to 2020 prices.</source>
        <translation>Standardvärdena är utvärderingens: kommunens budget för 2021, statsbidraget och alternativkostnaden för en person med pågående missbruk enligt NUTEK (2006) och SOU 2011:6, omräknad till 2020 års priser.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="234"/>
        <source>Budget: management (SEK a year)</source>
        <translation>Budget: ledning (kr per år)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="235"/>
        <source>Budget: salaries</source>
        <translation>Budget: löner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="236"/>
        <source>Budget: other staff costs</source>
        <translation>Budget: övriga personalkostnader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="237"/>
        <source>Budget: material</source>
        <translation>Budget: material</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="238"/>
        <source>Budget: services</source>
        <translation>Budget: tjänster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="239"/>
        <source>State grant (SEK a year)</source>
        <translation>Statsbidrag (kr per år)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="240"/>
        <source>NUTEK: municipality (SEK a year per person)</source>
        <translation>NUTEK: kommunen (kr per år och person)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="241"/>
        <source>NUTEK: justice system</source>
        <translation>NUTEK: rättsväsendet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="242"/>
        <source>NUTEK: society in total</source>
        <translation>NUTEK: samhället totalt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="243"/>
        <source>SOU 2011:6: municipality</source>
        <translation>SOU 2011:6: kommunen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="244"/>
        <source>SOU 2011:6: justice system</source>
        <translation>SOU 2011:6: rättsväsendet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="245"/>
        <source>SOU 2011:6: society in total</source>
        <translation>SOU 2011:6: samhället totalt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="246"/>
        <source>Participants a year</source>
        <translation>Deltagare per år</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="247"/>
        <source>Age at start</source>
        <translation>Ålder vid start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="248"/>
        <source>Retirement age</source>
        <translation>Pensionsålder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="263"/>
        <source>The evaluation&apos;s values</source>
        <translation>Utvärderingens värden</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/ui/crash.py" line="36"/>
        <source>Färdväg – unexpected error</source>
        <translation>Färdväg – oväntat fel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="40"/>
        <source>Something went wrong inside Färdväg. What you had saved is safe in the register. Please send the details below to whoever supports Färdväg at your unit; they hold no personal data.</source>
        <translation>Något gick fel i Färdväg. Det du hade sparat finns kvar i registret. Skicka detaljerna nedan till den som sköter Färdväg på din enhet. De innehåller inga personuppgifter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="49"/>
        <source>Error details</source>
        <translation>Detaljer om felet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="52"/>
        <source>Log file: {path}</source>
        <translation>Loggfil: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="57"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiera detaljerna</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <location filename="../../desktop/core/criteria.py" line="76"/>
        <source>no personnummer or birth date recorded</source>
        <translation>inget personnummer eller födelsedatum registrerat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/criteria.py" line="80"/>
        <source>{age} years, from the personnummer</source>
        <translation>{age} år, enligt personnumret</translation>
    </message>
    <message>
        <location filename="../../desktop/core/criteria.py" line="82"/>
        <source>{age} years, from the birth date</source>
        <translation>{age} år, enligt födelsedatumet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/criteria.py" line="97"/>
        <source>no bostadskommun recorded</source>
        <translation>ingen bostadskommun registrerad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/criteria.py" line="104"/>
        <source>lives in {municipality}; the unit&apos;s municipality is not set</source>
        <translation>bor i {municipality}; enhetens kommun är inte angiven</translation>
    </message>
    <message>
        <location filename="../../desktop/core/criteria.py" line="113"/>
        <source>lives in {municipality}</source>
        <translation>bor i {municipality}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/criteria.py" line="122"/>
        <source>lives in {municipality}, the unit is in {unit}</source>
        <translation>bor i {municipality}, enheten ligger i {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/criteria.py" line="133"/>
        <source>no AF coding recorded</source>
        <translation>ingen funktionshinderkodning (AF) registrerad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/criteria.py" line="139"/>
        <source>AF has not decided the coding yet</source>
        <translation>AF har inte beslutat om kodningen än</translation>
    </message>
    <message>
        <location filename="../../desktop/core/criteria.py" line="142"/>
        <source>AF coding granted {date}</source>
        <translation>funktionshinderkodning beviljad av AF {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/criteria.py" line="144"/>
        <source>AF coding denied {date}</source>
        <translation>funktionshinderkodning avslagen av AF {date}</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../desktop/ui/common/widgets.py" line="434"/>
        <source>Type a date as 2026-11-30, 30/11, 301126 or 30.11.2026</source>
        <translation>Skriv ett datum som 2026-11-30, 30/11, 301126 eller 30.11.2026</translation>
    </message>
</context>
<context>
    <name>DayTableModel</name>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="73"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="74"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="75"/>
        <source>Drawn</source>
        <translation>Lottad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="76"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="77"/>
        <source>Provider</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="78"/>
        <source>Result entered</source>
        <translation>Resultat registrerat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="87"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="87"/>
        <source>No, tested anyway</source>
        <translation>Nej, testad ändå</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="93"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="94"/>
        <source>Yes: {result}</source>
        <translation>Ja: {result}</translation>
    </message>
</context>
<context>
    <name>DefinitionsTableModel</name>
    <message>
        <location filename="../../desktop/ui/reports/models.py" line="193"/>
        <source>Figure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/models.py" line="193"/>
        <source>How it is counted</source>
        <translation>Så räknas det</translation>
    </message>
</context>
<context>
    <name>DeletionList</name>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="66"/>
        <source>Deletion list {number}</source>
        <translation>Raderingslista {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="70"/>
        <source>Records are deleted {years} years after the last entry, when the person is no longer on the path.</source>
        <translation>Poster raderas {years} år efter den senaste registreringen, när personen inte längre är på vägen.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="78"/>
        <source>The research sample (people born on the 5th, 15th or 25th of a month) is kept and is not on this list.</source>
        <translation>Forskningsurvalet (personer födda den 5:e, 15:e eller 25:e i en månad) bevaras och finns inte med på den här listan.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="86"/>
        <source>The research sample is not kept: the unit follows archive rules of its own.</source>
        <translation>Forskningsurvalet bevaras inte: enheten följer egna arkivregler.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="93"/>
        <source>For each record, the name, personnummer, contact details, notes, action plan, consents with their scanned forms and the disclosure log were deleted. Kept without identity, so the unit&apos;s figures for past periods stay the same: the steps on the path with their dates and codes, drug-test results without comments, and OSA placements with their dates; with sex and birth date for the age figures. The audit log names records only by internal id, which now leads to the pseudonym.</source>
        <translation>För varje post raderades namn, personnummer, kontaktuppgifter, anteckningar, åtgärdsplan, samtycken med inskannade blanketter och utlämningsloggen. Följande sparas utan identitet, så att enhetens siffror för tidigare perioder inte ändras: stegen på vägen med datum och koder, drogtestresultat utan kommentarer och OSA-placeringar med datum, samt kön och födelsedatum för åldersuppgifterna. Loggen anger poster bara med internt id, som nu leder till pseudonymen.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="108"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="109"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="118"/>
        <source>Deleted on</source>
        <translation>Raderat den</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="119"/>
        <source>Confirmed by</source>
        <translation>Bekräftat av</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="131"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="132"/>
        <source>Former no.</source>
        <translation>Tidigare nr</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="133"/>
        <source>First entry</source>
        <translation>Första registrering</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="134"/>
        <source>Last entry</source>
        <translation>Senaste registrering</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="135"/>
        <source>Deleted</source>
        <translation>Raderat</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="136"/>
        <source>Kept without identity</source>
        <translation>Sparat utan identitet</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="171"/>
        <source>Records deleted: {count}</source>
        <translation>Raderade poster: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="181"/>
        <source>Confirmed for the unit</source>
        <translation>Bekräftat för enheten</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="184"/>
        <source>Received for the archive</source>
        <translation>Mottaget för arkivet</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="187"/>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="188"/>
        <source>Name in block letters</source>
        <translation>Namnförtydligande</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/deletion_list.py" line="189"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>DisclosuresTableModel</name>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="170"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="171"/>
        <source>To</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="172"/>
        <source>Data</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="173"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/tab.py" line="174"/>
        <source>By</source>
        <translation>Utlämnat av</translation>
    </message>
</context>
<context>
    <name>DrugTestSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="892"/>
        <source>Drug-test settings</source>
        <translation>Inställningar för drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="899"/>
        <source>Staffed weekdays</source>
        <translation>Bemannade veckodagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="902"/>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="918"/>
        <source>Closed days</source>
        <translation>Stängda dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="907"/>
        <source>Closed day</source>
        <translation>Stängd dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="908"/>
        <source>&amp;Add day</source>
        <translation>&amp;Lägg till dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="909"/>
        <source>&amp;Remove day</source>
        <translation>Ta &amp;bort dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="915"/>
        <source>Swedish public holidays are skipped without being listed here.</source>
        <translation>Svenska helgdagar hoppas över utan att du behöver lägga in dem här.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="937"/>
        <source>Random tests a week, by phase</source>
        <translation>Slumpade drogtester per vecka, per fas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="943"/>
        <source>&amp;Trend tolerance</source>
        <translation>&amp;Trendtolerans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="946"/>
        <source>A value that changes less than this share since the test before counts as steady, neither falling nor rising.</source>
        <translation>Ett värde som har ändrats mindre än så här mycket sedan föregående prov räknas som oförändrat, varken sjunkande eller stigande.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="952"/>
        <source>Save settings</source>
        <translation>Spara inställningar</translation>
    </message>
</context>
<context>
    <name>DrugTests</name>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="90"/>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="91"/>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="92"/>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="93"/>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="94"/>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="95"/>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="96"/>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="140"/>
        <source>{substance} positive{amount}</source>
        <translation>{substance} positivt{amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="147"/>
        <source>{substance} negative{amount}</source>
        <translation>{substance} negativt{amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="157"/>
        <source>All negative ({count} substances)</source>
        <translation>Alla negativa ({count} substanser)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="161"/>
        <source>{substance} negative</source>
        <translation>{substance} negativt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="167"/>
        <source>{count} more negative</source>
        <translation>ytterligare negativa: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="354"/>
        <source>Not tested</source>
        <translation>Ej testat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="355"/>
        <source>Negative</source>
        <translation>Negativt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="356"/>
        <source>Positive</source>
        <translation>Positivt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="360"/>
        <source>{substance}: value</source>
        <translation>{substance}: värde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="366"/>
        <source>{substance}: unit</source>
        <translation>{substance}: enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="372"/>
        <source>{substance}: cut-off</source>
        <translation>{substance}: gränsvärde</translation>
    </message>
</context>
<context>
    <name>DrugTestsSection</name>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="123"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="124"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="126"/>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="127"/>
        <source>&amp;Providers…</source>
        <translation>&amp;Leverantörer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="128"/>
        <source>&amp;Settings…</source>
        <translation>Inställ&amp;ningar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="129"/>
        <source>Today&apos;s tests</source>
        <translation>Dagens provtagning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="146"/>
        <source>The day&apos;s tests</source>
        <translation>Den valda dagens provtagning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="148"/>
        <source>&amp;Register result…</source>
        <translation>&amp;Registrera resultat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="149"/>
        <source>&amp;Open record</source>
        <translation>Ö&amp;ppna akt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="150"/>
        <source>Print &amp;list (PDF)…</source>
        <translation>&amp;Skriv ut listan (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="153"/>
        <location filename="../../desktop/ui/drugtests/section.py" line="154"/>
        <source>The last 14 days</source>
        <translation>De senaste 14 dagarna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="206"/>
        <source>Drug tests</source>
        <translation>Drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="327"/>
        <source>Today&apos;s tests, {weekday} {date}</source>
        <translation>Dagens provtagning, {weekday} {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="331"/>
        <source>Tests {weekday} {date}</source>
        <translation>Provtagning {weekday} {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="339"/>
        <source>Not a staffed day: weekend, public holiday or closed. Nobody is drawn.</source>
        <translation>Ingen bemannad dag: helg, allmän helgdag eller stängt. Ingen lottas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="343"/>
        <source>Not drawn: nobody opened the list that day.</source>
        <translation>Ej lottad: ingen öppnade listan den dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="345"/>
        <source>The list has not been opened yet.</source>
        <translation>Listan har inte öppnats ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="350"/>
        <source>Nobody has a test schedule that applies on this day.</source>
        <translation>Ingen har ett schema för drogtester som gäller den här dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="353"/>
        <source>Nobody of the {eligible} with a schedule is to be tested.</source>
        <translation>Ingen ska testas (av {eligible} med schema).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="359"/>
        <source>{selected} of {eligible} with a schedule are to be tested.</source>
        <translation>{selected} av {eligible} med schema ska testas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="377"/>
        <source>1 test that day without being drawn.</source>
        <translation>1 drogtest den dagen utan lottning.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="379"/>
        <source>{count} tests that day without being drawn.</source>
        <translation>{count} drogtester den dagen utan lottning.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="401"/>
        <source>Drawn at {time} by {name}.</source>
        <translation>Lottningen gjordes {time} av {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="409"/>
        <source>Opened once, at {time} by {name}.</source>
        <translation>Öppnad en gång, {time} av {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="411"/>
        <source>Opened {count} times, last at {time} by {name}.</source>
        <translation>Öppnad {count} gånger, senast {time} av {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="435"/>
        <source>{count} drawn</source>
        <translation>lottade: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="437"/>
        <source>not opened yet</source>
        <translation>inte öppnad ännu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="439"/>
        <source>not drawn</source>
        <translation>ej lottad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="507"/>
        <source>Save the test list</source>
        <translation>Spara provtagningslistan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="509"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DrugTestsTab</name>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="122"/>
        <source>No test schedule yet.</source>
        <translation>Inget schema för drogtester ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="124"/>
        <source>Fixed days: {days}</source>
        <translation>Fasta dagar: {days}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="129"/>
        <source>{count} a week</source>
        <translation>{count} per vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="133"/>
        <source>as many a week as the phase says</source>
        <translation>så många per vecka som fasen anger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="135"/>
        <source>Random days: {target}, at least {min} and at most {max}</source>
        <translation>Slumpade dagar: {target}, minst {min} och högst {max}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="139"/>
        <source>never two days in a row</source>
        <translation>aldrig två dagar i rad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="145"/>
        <source>from {date}</source>
        <translation>från {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="150"/>
        <source>until {date}</source>
        <translation>till och med {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="179"/>
        <source>Change &amp;schedule…</source>
        <translation>Ändra &amp;schema…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="180"/>
        <source>New &amp;result…</source>
        <translation>&amp;Nytt resultat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="181"/>
        <source>C&amp;orrect…</source>
        <translation>&amp;Rätta…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="185"/>
        <source>Drug-test results</source>
        <translation>Drogtestresultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="189"/>
        <source>Substance</source>
        <translation>Substans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="194"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="199"/>
        <source>Schedule:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="214"/>
        <source>S&amp;ubstance</source>
        <translation>S&amp;ubstans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="259"/>
        <source>paused while not enrolled</source>
        <translation>pausat så länge personen inte är inskriven</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="262"/>
        <source>changed once</source>
        <translation>ändrat en gång</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="264"/>
        <source>changed {count} times</source>
        <translation>ändrat {count} gånger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="304"/>
        <source>No values yet</source>
        <translation>Inga värden ännu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="319"/>
        <source>cut-off</source>
        <translation>gränsvärde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="325"/>
        <source>latest {value} on {date}</source>
        <translation>senast {value} den {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="333"/>
        <source>Drug-free since {date}</source>
        <translation>Drogfri sedan {date}</translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="53"/>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="54"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="55"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="56"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="57"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="58"/>
        <source>Last entry</source>
        <translation>Senaste registrering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="59"/>
        <source>Due since</source>
        <translation>Ska raderas sedan</translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="394"/>
        <location filename="../../desktop/ui/osa/dialogs.py" line="415"/>
        <source>End placement</source>
        <translation>Avsluta placering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="398"/>
        <source>&amp;Ended on</source>
        <translation>&amp;Avslutad den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="400"/>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="401"/>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="402"/>
        <source>&amp;After OSA (hand over to AF)</source>
        <translation>&amp;Efter OSA (lämnas över till AF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="403"/>
        <source>&amp;Discharge</source>
        <translation>&amp;Utskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="407"/>
        <source>What comes next</source>
        <translation>Vad som händer sedan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="411"/>
        <source>Discharge &amp;outcome</source>
        <translation>U&amp;tfall vid utskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="422"/>
        <source>Say why the placement ended early.</source>
        <translation>Skriv varför placeringen avbröts i förtid.</translation>
    </message>
</context>
<context>
    <name>EndingModel</name>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="96"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="97"/>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="98"/>
        <source>Workplace</source>
        <translation>Arbetsplats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="99"/>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="100"/>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="101"/>
        <source>After-OSA plan</source>
        <translation>Plan för tiden efter OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="117"/>
        <source>Yes: {step}</source>
        <translation>Ja: {step}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="120"/>
        <source>No plan – urgent</source>
        <translation>Ingen plan – brådskande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="122"/>
        <source>No plan – warning</source>
        <translation>Ingen plan – varning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="123"/>
        <source>No plan</source>
        <translation>Ingen plan</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="103"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="305"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="312"/>
        <source>Referred &amp;by</source>
        <translation>Inremitterad a&amp;v</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="315"/>
        <source>Referrer (&amp;unit, person)</source>
        <translation>&amp;Inremittent (enhet, person)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="317"/>
        <source>&amp;Reason for referral</source>
        <translation>&amp;Orsak till remiss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="320"/>
        <source>&amp;Result</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="325"/>
        <source>&amp;Held by</source>
        <translation>Genomfört &amp;av</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="328"/>
        <source>&amp;Summary</source>
        <translation>Sa&amp;mmanfattning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="345"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Skriv in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="346"/>
        <source>&amp;Not enrol</source>
        <translation>Skriv in&amp;te in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="348"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="359"/>
        <source>&amp;Reason (not enrolled)</source>
        <translation>Orsa&amp;k (ej inskriven)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="364"/>
        <source>The security check found ongoing criminality, so the person cannot be enrolled.</source>
        <translation>Säkerhetskontrollen visade pågående kriminalitet, så personen kan inte skrivas in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="369"/>
        <source>The decision “not enrolled” for this reason can be recorded now, without a mapping interview. To give another reason, record the mapping interview first.</source>
        <translation>Beslutet ”ej inskriven” av den här orsaken kan registreras nu, utan kartläggningssamtal. Om du vill ange en annan orsak registrerar du kartläggningssamtalet först.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="378"/>
        <source>No group</source>
        <translation>Ingen grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="381"/>
        <source>New group…</source>
        <translation>Ny grupp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="382"/>
        <source>&amp;Group</source>
        <translation>&amp;Grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="385"/>
        <source>New group&apos;s &amp;name</source>
        <translation>&amp;Namn på ny grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="386"/>
        <source>New group&apos;s &amp;start</source>
        <translation>&amp;Startdatum för ny grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="392"/>
        <source>The participant has signed the contract</source>
        <translation>Deltagaren har skrivit under kontraktet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="393"/>
        <source>&amp;Contract</source>
        <translation>&amp;Kontrakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="396"/>
        <source>&amp;New phase</source>
        <translation>Ny &amp;fas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="400"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Utfall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="402"/>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="406"/>
        <source>Record</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="425"/>
        <source>{status}: {reading}</source>
        <translation>{status}: {reading}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="472"/>
        <source>Choose the result of the security check.</source>
        <translation>Välj resultatet av säkerhetskontrollen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="473"/>
        <source>Choose the outcome of the discharge.</source>
        <translation>Välj utfallet av utskrivningen.</translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="107"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="107"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="107"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="336"/>
        <source>Färdväg – new register</source>
        <translation>Färdväg – nytt register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="346"/>
        <source>&amp;Start using Färdväg</source>
        <translation>&amp;Börja använda Färdväg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="362"/>
        <source>The register has been created. Store the recovery key and tick the box before you go on.</source>
        <translation>Registret har skapats. Förvara återställningsnyckeln säkert och kryssa i rutan innan du fortsätter.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../desktop/ui/common/widgets.py" line="146"/>
        <source>The two passwords are not the same.</source>
        <translation>De två lösenorden stämmer inte överens.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/widgets.py" line="156"/>
        <source>Open register</source>
        <translation>Öppna register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/widgets.py" line="158"/>
        <source>Färdväg register (*.fardvag)</source>
        <translation>Färdväg-register (*.fardvag)</translation>
    </message>
</context>
<context>
    <name>FormTextsDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="56"/>
        <source>Top of the form</source>
        <translation>Överst på blanketten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="60"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="61"/>
        <source>The form&apos;s heading, also at the top of every page.</source>
        <translation>Blankettens rubrik, som också står överst på varje sida.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="67"/>
        <source>Heading: participant</source>
        <translation>Rubrik: deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="68"/>
        <source>Above the person&apos;s details at the top, and above their signature.</source>
        <translation>Över personens uppgifter överst och över personens underskrift.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="75"/>
        <source>Label: name</source>
        <translation>Etikett: namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="76"/>
        <source>Under the line for the person&apos;s name.</source>
        <translation>Under raden för personens namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="80"/>
        <source>Label: personnummer</source>
        <translation>Etikett: personnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="81"/>
        <source>Under the line for the personnummer.</source>
        <translation>Under raden för personnumret.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="85"/>
        <source>Label: our number</source>
        <translation>Etikett: nummer hos oss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="86"/>
        <source>Under the unit&apos;s internal number, which the signed form is filed by.</source>
        <translation>Under enhetens interna nummer, som den underskrivna blanketten arkiveras under.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="94"/>
        <location filename="../../desktop/ui/admin/form_texts.py" line="103"/>
        <source>The programme</source>
        <translation>Programmet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="98"/>
        <source>Heading: the programme</source>
        <translation>Rubrik: programmet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="99"/>
        <location filename="../../desktop/ui/admin/form_texts.py" line="186"/>
        <location filename="../../desktop/ui/admin/form_texts.py" line="217"/>
        <location filename="../../desktop/ui/admin/form_texts.py" line="229"/>
        <source>Above the text below.</source>
        <translation>Över texten nedan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="104"/>
        <source>What the unit does, and why it needs to share information.</source>
        <translation>Vad enheten gör och varför den behöver dela information.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="110"/>
        <source>Secrecy</source>
        <translation>Sekretess</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="111"/>
        <source>That what the person tells is confidential, and what the consent allows.</source>
        <translation>Att det som personen berättar omfattas av sekretess, och vad samtycket tillåter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="119"/>
        <source>What the consent covers</source>
        <translation>Vad samtycket omfattar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="123"/>
        <source>Heading: kind of consent</source>
        <translation>Rubrik: typ av samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="124"/>
        <source>Above the kinds of consent from the consent lists.</source>
        <translation>Över typerna av samtycke från listorna för samtycken.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="130"/>
        <source>How to tick</source>
        <translation>Hur man kryssar i</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="131"/>
        <source>Blank forms only: how to tick what the person says yes to.</source>
        <translation>Bara tomma blanketter: hur man kryssar i det som personen säger ja till.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="137"/>
        <source>Heading: receiving units</source>
        <translation>Rubrik: mottagande enheter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="138"/>
        <source>Above the receiving units and what each does with the data.</source>
        <translation>Över de mottagande enheterna och vad var och en gör med uppgifterna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="144"/>
        <source>Receiving units: introduction</source>
        <translation>Mottagande enheter: inledning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="145"/>
        <source>Before the list of receiving units.</source>
        <translation>Före listan med mottagande enheter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="149"/>
        <source>Word before what a unit gets</source>
        <translation>Ord före det som en enhet får</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="150"/>
        <source>Filled-in forms only: before the data each receiving unit gets.</source>
        <translation>Bara ifyllda blanketter: före de uppgifter som varje mottagande enhet får.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="157"/>
        <source>Heading: data</source>
        <translation>Rubrik: uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="158"/>
        <source>Above the kinds of data.</source>
        <translation>Över typerna av uppgifter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="162"/>
        <source>Data: introduction</source>
        <translation>Uppgifter: inledning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="163"/>
        <source>Before the list of kinds of data.</source>
        <translation>Före listan med typer av uppgifter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="167"/>
        <source>Heading: purpose</source>
        <translation>Rubrik: syfte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="168"/>
        <source>Above the purpose.</source>
        <translation>Över syftet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="172"/>
        <source>Purpose on a blank form</source>
        <translation>Syfte på en tom blankett</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="173"/>
        <source>A filled-in form prints the purpose written with the consent instead.</source>
        <translation>En ifylld blankett visar i stället det syfte som skrevs in med samtycket.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="181"/>
        <source>How long it lasts, and how to withdraw it</source>
        <translation>Hur länge det gäller och hur man återkallar det</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="185"/>
        <source>Heading: how long</source>
        <translation>Rubrik: hur länge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="190"/>
        <source>How long the consent lasts</source>
        <translation>Hur länge samtycket gäller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="191"/>
        <source>{valid_until} is its last day; a blank form has a line to write it on.</source>
        <translation>{valid_until} är sista dagen. En tom blankett har en rad att skriva datumet på.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="198"/>
        <source>Heading: withdrawing</source>
        <translation>Rubrik: återkallelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="199"/>
        <source>At the top of the framed box.</source>
        <translation>Överst i den inramade rutan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="203"/>
        <source>How to withdraw</source>
        <translation>Hur man återkallar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="204"/>
        <source>In the framed box: withdrawing must be as easy as giving consent.</source>
        <translation>I den inramade rutan: det ska vara lika lätt att återkalla samtycket som att ge det.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="212"/>
        <source>Rights and contact</source>
        <translation>Rättigheter och kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="216"/>
        <source>Heading: rights</source>
        <translation>Rubrik: rättigheter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="221"/>
        <source>The person&apos;s rights</source>
        <translation>Personens rättigheter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="222"/>
        <source>A register extract, corrections, and complaints to IMY.</source>
        <translation>Registerutdrag, rättelser och klagomål till IMY.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="228"/>
        <source>Heading: contact</source>
        <translation>Rubrik: kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="233"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="234"/>
        <source>How to reach the unit.</source>
        <translation>Hur man når enheten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="238"/>
        <source>Label: contact person</source>
        <translation>Etikett: kontaktperson</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="239"/>
        <source>Under the name of the person&apos;s responsible staff member.</source>
        <translation>Under namnet på den i personalen som är ansvarig för personen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="245"/>
        <source>Label: phone</source>
        <translation>Etikett: telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="246"/>
        <source>Under the line for a phone number.</source>
        <translation>Under raden för telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="251"/>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="255"/>
        <source>Description handed over</source>
        <translation>Beskrivningen överlämnad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="256"/>
        <source>Beside a box: the programme&apos;s written description was handed over.</source>
        <translation>Bredvid en ruta: den skriftliga programbeskrivningen har lämnats över.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="263"/>
        <source>What the person signs</source>
        <translation>Det personen skriver under på</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="264"/>
        <source>Just above the signatures.</source>
        <translation>Direkt ovanför underskrifterna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="268"/>
        <source>Heading: staff</source>
        <translation>Rubrik: personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="269"/>
        <source>Above the staff member&apos;s signature.</source>
        <translation>Ovanför personalens underskrift.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="273"/>
        <source>Label: signature</source>
        <translation>Etikett: underskrift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="274"/>
        <source>Under each signature line.</source>
        <translation>Under varje underskriftsrad.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="278"/>
        <source>Label: name in capitals</source>
        <translation>Etikett: namnförtydligande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="279"/>
        <source>Under the name written out (namnförtydligande).</source>
        <translation>Under namnet skrivet med tydliga bokstäver (namnförtydligande).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="285"/>
        <source>Label: date</source>
        <translation>Etikett: datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="286"/>
        <source>Under the line for the date.</source>
        <translation>Under raden för datum.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="449"/>
        <source>Consent form texts</source>
        <translation>Samtyckesblankettens texter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="454"/>
        <source>The words on the consent form that participants read and sign. When a form is made, {unit} becomes the unit&apos;s name, {municipality} the municipality and {valid_until} the consent&apos;s last day; for a brace itself, write {{ or }}. Changes in both languages are kept until you save or close. Have the municipality&apos;s lawyers read new wording before it is used.</source>
        <translation>Orden på samtyckesblanketten som deltagarna läser och skriver under. När en blankett skapas blir {unit} enhetens namn, {municipality} kommunen och {valid_until} samtyckets sista dag. Skriv {{ eller }} för att få en klammerparentes. Ändringar på båda språken finns kvar tills du sparar eller stänger. Låt kommunens jurister läsa nya formuleringar innan de används.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="470"/>
        <source>Form &amp;language</source>
        <translation>Blankettens &amp;språk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="471"/>
        <source>Form language</source>
        <translation>Blankettens språk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="484"/>
        <source>Other texts</source>
        <translation>Övriga texter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="487"/>
        <source>What each receiving unit does</source>
        <translation>Vad varje mottagande enhet gör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="490"/>
        <source>Printed under each unit&apos;s name. The units themselves are named in the consent lists.</source>
        <translation>Skrivs ut under varje enhets namn. Själva enheterna namnges i samtyckeslistorna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="495"/>
        <source>What each kind of data is</source>
        <translation>Vad varje typ av uppgifter innebär</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="498"/>
        <source>Printed under the name of each kind of data. The kinds themselves are named in the consent lists.</source>
        <translation>Skrivs ut under namnet på varje typ av uppgifter. Själva typerna namnges i samtyckeslistorna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="507"/>
        <source>The form&apos;s texts</source>
        <translation>Blankettens texter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="513"/>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="516"/>
        <source>Make a blank form with these texts, without saving or writing a file</source>
        <translation>Skapa en tom blankett med de här texterna, utan att spara eller skriva någon fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="519"/>
        <source>Reset &amp;all to standard text…</source>
        <translation>Återställ &amp;alla till standardtext…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="533"/>
        <source>Save texts</source>
        <translation>Spara texter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="543"/>
        <source>{name} (not in use)</source>
        <translation>{name} (används inte)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="567"/>
        <source>It must not be empty.</source>
        <translation>Texten får inte vara tom.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="593"/>
        <source>Put the shipped wording back in every block of the {language} form</source>
        <translation>Sätt tillbaka den levererade texten i alla fält på blanketten ({language})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="617"/>
        <source>Left empty, the standard text would be printed here. Write your own words, or put the standard text back.</source>
        <translation>Om fältet lämnas tomt skrivs standardtexten ut här. Skriv en egen formulering eller sätt tillbaka standardtexten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="675"/>
        <source>Reset this text?</source>
        <translation>Återställa den här texten?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="677"/>
        <source>What you typed in “{block}” has not been saved. Replace it with the standard text?</source>
        <translation>Det du har skrivit i ”{block}” har inte sparats. Vill du ersätta det med standardtexten?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="693"/>
        <source>Every block already has the standard text.</source>
        <translation>Alla fält har redan standardtexten.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="697"/>
        <source>Reset every text?</source>
        <translation>Återställa alla texter?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="699"/>
        <source>Every block of the {language} form gets the standard text back, and your own wording and anything typed is replaced. Nothing is saved until you press Save texts.</source>
        <translation>Alla fält på blanketten ({language}) får tillbaka standardtexten, och dina egna formuleringar och allt du har skrivit ersätts. Inget sparas förrän du trycker på Spara texter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="723"/>
        <source>Fix the texts marked in red first.</source>
        <translation>Rätta först texterna som är markerade med rött.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="742"/>
        <source>A blank form with these texts fills one page.</source>
        <translation>En tom blankett med de här texterna blir en sida.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="744"/>
        <source>A blank form with these texts fills {pages} pages.</source>
        <translation>En tom blankett med de här texterna blir {pages} sidor.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="747"/>
        <source>{unit} is printed as “{unit_name}”, {municipality} as “{municipality_name}”, and {valid_until} as a line to write the date on. Nothing has been saved yet.</source>
        <translation>{unit} skrivs ut som ”{unit_name}”, {municipality} som ”{municipality_name}” och {valid_until} som en rad att skriva datumet på. Inget har sparats än.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="794"/>
        <source>Nothing was saved. Fix the texts marked in red: {blocks}.</source>
        <translation>Inget sparades. Rätta texterna som är markerade med rött: {blocks}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="828"/>
        <source>Not saved. Fix the text marked in red: {block}.</source>
        <translation>Inte sparat. Rätta texten som är markerad med rött: {block}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="845"/>
        <source>Save the changed texts?</source>
        <translation>Spara de ändrade texterna?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="846"/>
        <source>The form&apos;s texts have changes that are not saved. Save them before closing?</source>
        <translation>Blankettens texter har ändringar som inte är sparade. Vill du spara dem innan du stänger?</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="506"/>
        <source>Action-plan goal</source>
        <translation>Mål i åtgärdsplanen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="509"/>
        <source>&amp;Life area</source>
        <translation>&amp;Livsområde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="511"/>
        <source>&amp;Goal</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="514"/>
        <source>&amp;Who is responsible</source>
        <translation>&amp;Ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="518"/>
        <source>&amp;Name or unit</source>
        <translation>&amp;Namn eller enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="520"/>
        <source>Has a due date</source>
        <translation>Har ett slutdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="525"/>
        <source>&amp;Due</source>
        <translation>&amp;Senast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="527"/>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="529"/>
        <location filename="../../desktop/ui/participants/dialogs.py" line="532"/>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="538"/>
        <source>&amp;Add follow-up</source>
        <translation>Lägg till &amp;uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="539"/>
        <source>Mark as &amp;done</source>
        <translation>Markera som &amp;klar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="543"/>
        <source>What was followed up, and the outcome</source>
        <translation>Vad som följdes upp och hur det gick</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="544"/>
        <source>Follow-up text</source>
        <translation>Text till uppföljningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="545"/>
        <location filename="../../desktop/ui/participants/dialogs.py" line="585"/>
        <source>Add &amp;text</source>
        <translation>Lägg till te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="557"/>
        <source>Save goal</source>
        <translation>Spara mål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="562"/>
        <source>(done {date})</source>
        <translation>(klar {date})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="566"/>
        <source>(corrected)</source>
        <translation>(rättad)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="585"/>
        <source>Correct &amp;text</source>
        <translation>Rätta te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="628"/>
        <source>Add the follow-up the text is about first, then add the text.</source>
        <translation>Lägg först till uppföljningen som texten gäller och lägg sedan till texten.</translation>
    </message>
</context>
<context>
    <name>GoalsTableModel</name>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="120"/>
        <source>Life area</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="121"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="122"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="123"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="124"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="125"/>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
</context>
<context>
    <name>HandledDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="190"/>
        <source>Mark as handled</source>
        <translation>Markera som hanterad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="196"/>
        <source>The item leaves the to-do list and comes back only if it changes (a new date or priority). The reason is kept with your name.</source>
        <translation>Uppgiften försvinner från listan Att göra och kommer bara tillbaka om den ändras (ett nytt datum eller en ny prioritet). Orsaken sparas tillsammans med ditt namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="202"/>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="205"/>
        <source>Mark as &amp;handled</source>
        <translation>Markera som &amp;hanterad</translation>
    </message>
</context>
<context>
    <name>HandlingPlan</name>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="60"/>
        <source>in use</source>
        <translation>används</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="61"/>
        <source>no longer in use</source>
        <translation>används inte längre</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="70"/>
        <source>What for</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="79"/>
        <source>Who is responsible</source>
        <translation>Vem som ansvarar</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="84"/>
        <source>The controller of the personal data in the register is the municipal board the unit belongs to. The unit&apos;s manager sees that this plan is followed and updated, and answers participants&apos; questions about their data.</source>
        <translation>Personuppgiftsansvarig för uppgifterna i registret är den kommunala nämnd som enheten hör till. Enhetens chef ser till att den här planen följs och hålls uppdaterad, och svarar på deltagarnas frågor om deras uppgifter.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="96"/>
        <source>What the register holds</source>
        <translation>Vad registret innehåller</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="98"/>
        <source>For each person: name, personnummer, contact details and needs; the path through the programme (referral, security check, mapping interview, decision, enrolment, phases, discharge); the action plan; signed notes; contacts at other agencies; recovery-capital check-ins; drug-test schedules and results; AF coding and OSA placements; consents, withdrawals and scanned forms; the log of what was disclosed to whom. Drug-test results and health are health data (GDPR art. 9); the security check and the criminal history are data on offences (art. 10).</source>
        <translation>För varje person: namn, personnummer, kontaktuppgifter och behov; vägen genom programmet (remiss, säkerhetskontroll, kartläggningssamtal, beslut, inskrivning, faser, utskrivning); åtgärdsplanen; signerade anteckningar; kontakter hos andra myndigheter; avstämningar av återhämtningskapital; scheman och resultat för drogtester; funktionshinderkodning hos AF och OSA-placeringar; samtycken, återkallelser och inskannade blanketter; loggen över vad som har lämnats ut till vem. Drogtestresultat och hälsa är uppgifter om hälsa (GDPR art. 9); säkerhetskontrollen och den kriminella bakgrunden är uppgifter om lagöverträdelser (art. 10).</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="112"/>
        <source>Consent and what each unit receives</source>
        <translation>Samtycke och vad varje enhet får</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="114"/>
        <source>Data leaves the unit only as far as the person&apos;s consent covers it: the receiving units and the kinds of data written on it. A consent lasts at most {months} months, ends when the case is closed, and a withdrawal takes effect the same day. Every document that names a person is made through one export that asks the consent register first and writes each disclosure to the disclosure log (to whom, what, when, by whom).</source>
        <translation>Uppgifter lämnas ut från enheten bara så långt som personens samtycke räcker: till de mottagande enheter och de typer av uppgifter som står i samtycket. Ett samtycke gäller i högst {months} månader och upphör när ärendet avslutas, och ett återkallande gäller från samma dag. Varje dokument som namnger en person skapas genom en och samma export, som först kontrollerar samtyckena i registret och skriver in varje utlämning i utlämningsloggen (till vem, vad, när och av vem).</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="124"/>
        <source>Kind of consent</source>
        <translation>Typ av samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="127"/>
        <source>Receiving units</source>
        <translation>Mottagande enheter</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="128"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="129"/>
        <location filename="../../desktop/reports/handling_plan.py" line="134"/>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="132"/>
        <source>Kinds of data</source>
        <translation>Typer av uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="133"/>
        <source>Data</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="137"/>
        <source>How long records are kept</source>
        <translation>Hur länge uppgifterna sparas</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="139"/>
        <source>A person&apos;s records are kept for {years} years after their last entry and then deleted, except where the municipality&apos;s archive rules keep them (for example the research samples of people born on the 5th, 15th and 25th). Färdväg does not yet delete records by itself: the unit does it.</source>
        <translation>En persons uppgifter sparas i {years} år efter den senaste registreringen och gallras sedan, utom när kommunens arkivregler säger att de ska bevaras (till exempel forskningsurvalet av personer födda den 5:e, 15:e och 25:e). Färdväg gallrar ännu inte uppgifter automatiskt: det gör enheten själv.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="149"/>
        <source>Who has access</source>
        <translation>Vem som har åtkomst</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="151"/>
        <source>Each member of staff signs in with their own user name and password. Staff work with the participants&apos; records; administrators also manage users, settings and the audit log. Partner units and ambassadors have no access to the register: they receive printouts, within the consent.</source>
        <translation>Var och en i personalen loggar in med eget användarnamn och lösenord. Personalen arbetar med deltagarnas akter; administratörer hanterar också användare, inställningar och loggen. Samverkansparter och ambassadörer har ingen åtkomst till registret: de får utskrifter, inom ramen för samtycket.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="161"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="162"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="163"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="164"/>
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="165"/>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="174"/>
        <source>How the register is protected</source>
        <translation>Hur registret skyddas</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="179"/>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="181"/>
        <source>The register is one file encrypted with SQLCipher 4 (AES-256, every page checked with HMAC-SHA512). Its key is never stored: each user&apos;s password opens their own key slot ({kdf}). A recovery key, printed once and kept locked away, opens the register if every password is lost.</source>
        <translation>Registret är en enda fil som är krypterad med SQLCipher 4 (AES-256, varje sida kontrolleras med HMAC-SHA512). Nyckeln sparas aldrig: varje användares lösenord öppnar användarens egen nyckelplats ({kdf}). En återställningsnyckel, som skrivs ut en gång och förvaras inlåst, öppnar registret om alla lösenord har gått förlorade.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="192"/>
        <source>Locking</source>
        <translation>Låsning</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="194"/>
        <source>Färdväg locks after {minutes} minutes without use, and when the computer is locked. Locking closes the register and empties the screen and the clipboard.</source>
        <translation>Färdväg låses efter {minutes} minuter utan aktivitet och när datorn låses. Vid låsningen stängs registret, och skärmen och urklippet töms.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="203"/>
        <source>Audit log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="206"/>
        <source>Every sign-in, opening of a record, change, print and export is written to an audit log that cannot be changed afterwards; each entry is chained to the one before, so a removed or altered entry shows. The log now holds {count} entries and its chain is intact.</source>
        <translation>Varje inloggning, öppnad akt, ändring, utskrift och export skrivs till en logg som inte kan ändras i efterhand. Varje post är länkad till posten före, så att en borttagen eller ändrad post syns. Loggen innehåller nu {count} poster och loggkedjan är obruten.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="217"/>
        <source>Every sign-in, opening of a record, change, print and export is written to an audit log that cannot be changed afterwards; each entry is chained to the one before, so a removed or altered entry shows. The log holds {count} entries and its chain is BROKEN: run verify and contact whoever looks after the unit&apos;s computers.</source>
        <translation>Varje inloggning, öppnad akt, ändring, utskrift och export skrivs till en logg som inte kan ändras i efterhand. Varje post är länkad till posten före, så att en borttagen eller ändrad post syns. Loggen innehåller {count} poster och loggkedjan är BRUTEN: kör verify och kontakta den som sköter enhetens datorer.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="230"/>
        <source>Notes and corrections</source>
        <translation>Anteckningar och rättelser</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="232"/>
        <source>Notes, drug-test results, path steps, consents and the disclosure log are never changed or deleted: a mistake is corrected by a new entry that points to the old one.</source>
        <translation>Anteckningar, drogtestresultat, steg på vägen, samtycken och utlämningsloggen ändras eller raderas aldrig: ett fel rättas med en ny post som hänvisar till den gamla.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="241"/>
        <source>Documents that leave the register</source>
        <translation>Dokument som lämnar registret</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="243"/>
        <source>Printouts and files are made only through Färdväg&apos;s export, which checks the consent, never names a file after a person and logs each export. In meetings nobody is named; figures for the steering group hold counts only.</source>
        <translation>Utskrifter och filer skapas bara genom Färdvägs export, som kontrollerar samtycket, aldrig ger en fil en persons namn och loggar varje export. På möten nämns ingen vid namn; siffror till styrgruppen innehåller bara antal.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="256"/>
        <source>The participant&apos;s rights</source>
        <translation>Deltagarens rättigheter</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="258"/>
        <source>A participant may ask for everything the register holds about them: Färdväg prints it as a register extract, including who has seen and received their data. They may have mistakes corrected, and withdraw a consent at any time in the way they prefer: by telling any member of staff, by phone or in writing.</source>
        <translation>En deltagare har rätt att få ut allt som registret innehåller om sig: Färdväg skriver ut det som ett registerutdrag, inklusive vilka som har sett och fått uppgifterna. Deltagaren har rätt att få fel rättade och kan när som helst återkalla ett samtycke på det sätt som deltagaren själv vill: genom att säga det till någon i personalen, per telefon eller skriftligt.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="269"/>
        <source>Data-handling plan</source>
        <translation>Informationshanteringsplan</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="274"/>
        <source>Data-handling plan for {unit}</source>
        <translation>Informationshanteringsplan för {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/handling_plan.py" line="279"/>
        <source>How {unit} handles personal data in its register, Färdväg. Printed from the register&apos;s own settings on {date}: print it again after a change.</source>
        <translation>Så hanterar {unit} personuppgifter i sitt register, Färdväg. Utskriven från registrets egna inställningar {date}: skriv ut planen igen efter en ändring.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/importing.py" line="294"/>
        <source>Choose the column with the name, or the columns with the first and the last name.</source>
        <translation>Välj kolumnen med namnet, eller kolumnerna med förnamnet och efternamnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="304"/>
        <source>Choose the column with the referral date: every person&apos;s path starts with a referral.</source>
        <translation>Välj kolumnen med remissdatumet: varje persons väg börjar med en remiss.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="672"/>
        <source>Row {row}: {reasons}</source>
        <translation>Rad {row}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="702"/>
        <location filename="../../desktop/importing.py" line="710"/>
        <source>The name is missing.</source>
        <translation>Namnet saknas.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="704"/>
        <source>The first name is missing.</source>
        <translation>Förnamnet saknas.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="706"/>
        <source>The last name is missing.</source>
        <translation>Efternamnet saknas.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="721"/>
        <source>Write both the first and the last name (“{name}”).</source>
        <translation>Skriv både förnamn och efternamn (”{name}”).</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="741"/>
        <source>Column “{column}”: “{value}” is not a date. Write dates like 2024-03-05 or 5/3/2024.</source>
        <translation>Kolumn ”{column}”: ”{value}” är inget datum. Skriv datum som 2024-03-05 eller 5/3/2024.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="815"/>
        <source>The referral date is missing.</source>
        <translation>Remissdatumet saknas.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="819"/>
        <source>The enrolment date ({enrolment}) is before the referral date ({referral}).</source>
        <translation>Inskrivningsdatumet ({enrolment}) är före remissdatumet ({referral}).</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="830"/>
        <source>The discharge date ({discharge}) is before the enrolment date ({enrolment}).</source>
        <translation>Utskrivningsdatumet ({discharge}) är före inskrivningsdatumet ({enrolment}).</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="841"/>
        <source>There is a discharge date but no enrolment date: only an enrolled participant is discharged.</source>
        <translation>Det finns ett utskrivningsdatum men inget inskrivningsdatum: bara en inskriven deltagare kan skrivas ut.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="856"/>
        <source>The phase “{value}” is not known. Write Fas 1, Fas 2, OSA, Efter OSA or Stöd.</source>
        <translation>Fasen ”{value}” är okänd. Skriv Fas 1, Fas 2, OSA, Efter OSA eller Stöd.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="866"/>
        <source>There is a phase (“{value}”) but no enrolment date: only an enrolled participant has a phase.</source>
        <translation>Det finns en fas (”{value}”) men inget inskrivningsdatum: bara en inskriven deltagare har en fas.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="880"/>
        <source>There is a discharge date but no outcome: write why the person was discharged (for example work, studies, OSA, prison, care, moved).</source>
        <translation>Det finns ett utskrivningsdatum men inget utfall: skriv varför personen skrevs ut (till exempel arbete, studier, OSA, fängelse, vård, flyttat).</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="890"/>
        <source>There is an outcome (“{value}”) but no discharge date.</source>
        <translation>Det finns ett utfall (”{value}”) men inget utskrivningsdatum.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="960"/>
        <source>The same personnummer is also on row {rows} of the file.</source>
        <translation>Samma personnummer finns också på rad {rows} i filen.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="970"/>
        <source>{name} ({internal_no}) already has this personnummer in the register.</source>
        <translation>{name} ({internal_no}) har redan det här personnumret i registret.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="61"/>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="62"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="63"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="64"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="65"/>
        <source>Referral date</source>
        <translation>Remissdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="66"/>
        <source>Enrolment date</source>
        <translation>Inskrivningsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="67"/>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="68"/>
        <source>Discharge date</source>
        <translation>Utskrivningsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="69"/>
        <source>Discharge outcome</source>
        <translation>Utfall vid utskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="84"/>
        <source>Enrolled {date}, {phase}</source>
        <translation>Inskriven {date}, {phase}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="90"/>
        <source>Discharged {date}: {outcome}</source>
        <translation>Utskriven {date}: {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="94"/>
        <source>Referred {date}</source>
        <translation>Inremitterad {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="166"/>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="304"/>
        <source>Import from Excel</source>
        <translation>Importera från Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="171"/>
        <source>Choose an Excel file (.xlsx) with one row per person under a row of headers. Every row is checked first; nothing is stored until you import, and then all rows are stored or none.</source>
        <translation>Välj en Excel-fil (.xlsx) med en rad per person under en rad med rubriker. Alla rader kontrolleras först. Ingenting sparas förrän du importerar, och då sparas antingen alla rader eller ingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="181"/>
        <source>Excel file</source>
        <translation>Excel-fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="182"/>
        <source>The file&apos;s path; press Enter to read it</source>
        <translation>Sökvägen till filen – tryck på Enter för att läsa in den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="184"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="186"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="189"/>
        <source>&amp;Read again</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="190"/>
        <source>Read the file again after changing it in Excel.</source>
        <translation>Läs in filen igen när du har ändrat den i Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="202"/>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="204"/>
        <source>Sheet:</source>
        <translation>Blad:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="209"/>
        <source>Which column holds what</source>
        <translation>Vilken kolumn innehåller vad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="213"/>
        <source>Choose the column with the full name, or the columns with the first and the last name. The referral date is needed for everyone; a discharge date needs an outcome.</source>
        <translation>Välj kolumnen med fullständigt namn, eller kolumnerna med förnamn och efternamn. Remissdatum behövs för alla, och ett utskrivningsdatum kräver ett utfall.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="244"/>
        <source>Rows in the file</source>
        <translation>Rader i filen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="268"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="304"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="334"/>
        <source>Reading {file}…</source>
        <translation>Läser in {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="384"/>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="419"/>
        <source>Checking the rows…</source>
        <translation>Kontrollerar raderna…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="493"/>
        <source>1 row</source>
        <translation>1 rad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="493"/>
        <source>{count} rows</source>
        <translation>{count} rader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="501"/>
        <source>Choose the Excel file to import.</source>
        <translation>Välj Excel-filen som ska importeras.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="503"/>
        <source>This sheet is empty.</source>
        <translation>Bladet är tomt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="510"/>
        <source>There are no rows under the headers.</source>
        <translation>Det finns inga rader under rubrikerna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="513"/>
        <source>{accepted} could be imported, {rejected} rejected. Nothing can be imported while any row is rejected: fix the rejected rows in the file or leave them out of it, save it, and read it again.</source>
        <translation>{accepted} kan importeras och {rejected} har avvisats. Ingenting kan importeras så länge någon rad är avvisad: rätta de avvisade raderna i filen eller ta bort dem ur filen, spara den och läs in den igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="521"/>
        <source>{accepted} will be imported. Check the list, then import.</source>
        <translation>{accepted} kommer att importeras. Kontrollera listan och importera sedan.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewTableModel</name>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="106"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="107"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="108"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="109"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="110"/>
        <source>After the import</source>
        <translation>Efter importen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="111"/>
        <source>Why rejected</source>
        <translation>Orsak till avvisning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="121"/>
        <source>Accepted</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="128"/>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/core/labels.py" line="46"/>
        <source>Signed in</source>
        <translation>Loggade in</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="47"/>
        <source>Failed sign-in</source>
        <translation>Misslyckad inloggning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="48"/>
        <source>Signed out</source>
        <translation>Loggade ut</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="49"/>
        <source>Viewed</source>
        <translation>Visade</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="50"/>
        <source>Created</source>
        <translation>Skapade</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="51"/>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="52"/>
        <source>Exported</source>
        <translation>Exporterade</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="53"/>
        <source>Printed</source>
        <translation>Skrev ut</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="54"/>
        <source>Backup</source>
        <translation>Säkerhetskopierade</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="55"/>
        <source>Restore</source>
        <translation>Återställde från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="56"/>
        <source>Key changed</source>
        <translation>Bytte nyckel</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="57"/>
        <source>User account changed</source>
        <translation>Ändrade användarkonto</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="58"/>
        <source>Register updated</source>
        <translation>Uppdaterade registret</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="59"/>
        <source>Opened with recovery key</source>
        <translation>Öppnade med återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="60"/>
        <source>Erased (retention)</source>
        <translation>Raderade (gallring)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="61"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="62"/>
        <source>Referred</source>
        <translation>Inremitterad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="63"/>
        <source>Awaiting enrolment</source>
        <translation>Väntar på inskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="64"/>
        <source>Enrolled</source>
        <translation>Inskriven</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="65"/>
        <source>Not enrolled</source>
        <translation>Ej inskriven</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="66"/>
        <location filename="../../desktop/core/labels.py" line="143"/>
        <source>Discharged</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="67"/>
        <location filename="../../desktop/core/path.py" line="135"/>
        <source>Phase 1</source>
        <translation>Fas 1</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="68"/>
        <location filename="../../desktop/core/path.py" line="136"/>
        <source>Phase 2</source>
        <translation>Fas 2</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="69"/>
        <location filename="../../desktop/core/path.py" line="137"/>
        <source>Extra support (off the path)</source>
        <translation>Extra stöd (utanför vägen)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="70"/>
        <location filename="../../desktop/core/path.py" line="138"/>
        <source>OSA</source>
        <translation>OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="71"/>
        <location filename="../../desktop/core/path.py" line="139"/>
        <source>After OSA</source>
        <translation>Efter OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="72"/>
        <source>Kriminalvården/Frivården</source>
        <translation>Kriminalvården/Frivården</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="73"/>
        <source>Arbetsförmedlingen</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="74"/>
        <source>IFO (social services)</source>
        <translation>IFO (socialtjänsten)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="75"/>
        <source>Income-support unit</source>
        <translation>Försörjningsenheten</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="76"/>
        <source>Krami</source>
        <translation>Krami</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="77"/>
        <source>Self-referral</source>
        <translation>Egenremiss</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="78"/>
        <location filename="../../desktop/core/labels.py" line="120"/>
        <location filename="../../desktop/core/labels.py" line="146"/>
        <location filename="../../desktop/core/labels.py" line="160"/>
        <location filename="../../desktop/core/labels.py" line="168"/>
        <location filename="../../desktop/core/labels.py" line="181"/>
        <location filename="../../desktop/core/labels.py" line="226"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="81"/>
        <source>Not motivated after information</source>
        <translation>Inte motiverad efter information</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="83"/>
        <source>Not fit physically or mentally</source>
        <translation>Inte i fysiskt eller psykiskt skick</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="84"/>
        <location filename="../../desktop/core/labels.py" line="114"/>
        <source>Not eligible for OSA</source>
        <translation>Inte OSA-berättigad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="87"/>
        <source>Security check: ongoing criminality</source>
        <translation>Säkerhetskontroll: pågående kriminalitet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="89"/>
        <source>Other reason</source>
        <translation>Annan orsak</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="90"/>
        <location filename="../../desktop/core/path.py" line="142"/>
        <source>Lives in the municipality</source>
        <translation>Bor i kommunen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="91"/>
        <location filename="../../desktop/core/path.py" line="143"/>
        <source>18 or older</source>
        <translation>18 år eller äldre</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="92"/>
        <location filename="../../desktop/core/path.py" line="144"/>
        <source>Has a criminal history</source>
        <translation>Har kriminell bakgrund</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="93"/>
        <location filename="../../desktop/core/path.py" line="145"/>
        <source>No ongoing criminality</source>
        <translation>Ingen pågående kriminalitet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="94"/>
        <location filename="../../desktop/core/path.py" line="146"/>
        <source>States motivation</source>
        <translation>Uttalad motivation</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="95"/>
        <location filename="../../desktop/core/path.py" line="147"/>
        <source>Eligible for OSA (AF coding)</source>
        <translation>OSA-berättigad (funktionshinderkodning hos AF)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="96"/>
        <source>Met</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="97"/>
        <source>Not met</source>
        <translation>Ej uppfyllt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="98"/>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="99"/>
        <source>Nothing that prevents</source>
        <translation>Inget hinder</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="100"/>
        <source>Ongoing criminality</source>
        <translation>Pågående kriminalitet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="101"/>
        <source>Job in the private sector</source>
        <translation>Arbete i privat sektor</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="102"/>
        <location filename="../../desktop/core/labels.py" line="224"/>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="105"/>
        <source>Continued OSA or other subsidised work (AF)</source>
        <translation>Fortsatt OSA eller annan subventionerad anställning (AF)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="109"/>
        <source>Long-term benefit (Försäkringskassan)</source>
        <translation>Långvarig ersättning (Försäkringskassan)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="111"/>
        <source>Prison</source>
        <translation>Fängelse</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="112"/>
        <source>In care</source>
        <translation>Vård</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="113"/>
        <source>Unreachable, stopped coming</source>
        <translation>Ej nåbar, slutat komma</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="117"/>
        <source>Not ready, needs other support</source>
        <translation>Inte redo, behöver annat stöd</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="119"/>
        <source>Moved</source>
        <translation>Flyttat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="121"/>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="122"/>
        <source>Consent to security check</source>
        <translation>Samtycke till säkerhetskontroll</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="123"/>
        <source>Security check result</source>
        <translation>Resultat av säkerhetskontroll</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="124"/>
        <source>Mapping interview</source>
        <translation>Kartläggningssamtal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="125"/>
        <source>Enrolment criteria</source>
        <translation>Inskrivningskriterier</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="126"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="127"/>
        <source>Enrolment</source>
        <translation>Inskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="128"/>
        <source>Phase change</source>
        <translation>Fasbyte</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="129"/>
        <source>Discharge</source>
        <translation>Utskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="130"/>
        <source>Newly enrolled (phase 1–2)</source>
        <translation>Nyinskriven (fas 1–2)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="131"/>
        <source>In OSA</source>
        <translation>I OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="132"/>
        <source>After OSA, with AF</source>
        <translation>Efter OSA, hos AF</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="133"/>
        <source>Private job or studies</source>
        <translation>Arbete i privat sektor eller studier</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="134"/>
        <source>Long-term benefit (FK)</source>
        <translation>Långvarig ersättning (FK)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="135"/>
        <source>Not yet ready for OSA</source>
        <translation>Ännu inte redo för OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="138"/>
        <source>Discharged before the goal</source>
        <translation>Utskriven innan målet nåtts</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="140"/>
        <source>Discharged, other reasons</source>
        <translation>Utskriven av andra skäl</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="141"/>
        <source>On the path</source>
        <translation>På vägen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="142"/>
        <source>Off the path, still enrolled</source>
        <translation>Utanför vägen, fortfarande inskriven</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="144"/>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="145"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="147"/>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="148"/>
        <location filename="../../desktop/core/labels.py" line="161"/>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="149"/>
        <source>Income</source>
        <translation>Försörjning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="150"/>
        <source>Debt</source>
        <translation>Skulder</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="151"/>
        <location filename="../../desktop/core/labels.py" line="163"/>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="152"/>
        <location filename="../../desktop/core/labels.py" line="164"/>
        <source>Addiction</source>
        <translation>Missbruk och beroende</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="153"/>
        <location filename="../../desktop/core/labels.py" line="166"/>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="154"/>
        <source>Support person</source>
        <translation>Stödperson</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="155"/>
        <source>AF case officer</source>
        <translation>AF-handläggare</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="156"/>
        <source>Probation officer</source>
        <translation>Frivårdsinspektör</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="157"/>
        <source>IFO social worker</source>
        <translation>Socialsekreterare (IFO)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="158"/>
        <source>Income-support officer</source>
        <translation>Handläggare för försörjningsstöd</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="159"/>
        <source>Health care</source>
        <translation>Hälso- och sjukvård</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="162"/>
        <source>Economy and debt</source>
        <translation>Ekonomi och skulder</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="165"/>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="167"/>
        <source>Social network and leisure</source>
        <translation>Socialt nätverk och fritid</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="169"/>
        <source>The participant</source>
        <translation>Deltagaren</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="170"/>
        <source>Staff</source>
        <translation>Personalen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="171"/>
        <source>A partner unit</source>
        <translation>En samverkanspart</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="172"/>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="173"/>
        <source>Ongoing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="174"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="175"/>
        <source>Dropped</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="176"/>
        <source>Conversation</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="177"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="178"/>
        <location filename="../../desktop/core/labels.py" line="228"/>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="179"/>
        <source>Group activity</source>
        <translation>Gruppaktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="180"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="182"/>
        <source>Urine</source>
        <translation>Urin</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="183"/>
        <source>Saliva</source>
        <translation>Saliv</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="184"/>
        <source>Breath</source>
        <translation>Utandningsluft</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="185"/>
        <source>Blood</source>
        <translation>Blod</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="186"/>
        <source>Amphetamine</source>
        <translation>Amfetamin</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="187"/>
        <source>Cannabis (THC)</source>
        <translation>Cannabis (THC)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="188"/>
        <source>Cocaine</source>
        <translation>Kokain</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="189"/>
        <source>Opiates</source>
        <translation>Opiater</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="190"/>
        <source>Benzodiazepines</source>
        <translation>Bensodiazepiner</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="191"/>
        <source>Buprenorphine</source>
        <translation>Buprenorfin</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="192"/>
        <source>Methadone</source>
        <translation>Metadon</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="193"/>
        <source>Tramadol</source>
        <translation>Tramadol</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="194"/>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="195"/>
        <source>Analysed result</source>
        <translation>Analysresultat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="196"/>
        <source>No-show</source>
        <translation>Uteblivet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="197"/>
        <source>Refused</source>
        <translation>Vägrat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="198"/>
        <source>Dilute or invalid sample</source>
        <translation>Utspätt eller ogiltigt prov</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="199"/>
        <source>Medical exemption</source>
        <translation>Medicinskt undantag</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="200"/>
        <source>Admitted use before the test</source>
        <translation>Erkänt bruk före provet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="201"/>
        <source>Fixed weekdays</source>
        <translation>Fasta veckodagar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="202"/>
        <source>Random days</source>
        <translation>Slumpade dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="203"/>
        <source>Falling</source>
        <translation>Sjunkande</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="204"/>
        <source>Rising</source>
        <translation>Stigande</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="205"/>
        <source>Steady</source>
        <translation>Oförändrat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="206"/>
        <source>Drug-free</source>
        <translation>Drogfri</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="207"/>
        <source>Too few values</source>
        <translation>För få värden</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="208"/>
        <source>Municipal</source>
        <translation>Kommunal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="209"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="210"/>
        <source>Non-profit organisation</source>
        <translation>Ideell organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="211"/>
        <source>State agency</source>
        <translation>Statlig myndighet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="212"/>
        <source>Pending</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="213"/>
        <source>Granted</source>
        <translation>Beviljad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="214"/>
        <source>Denied</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="216"/>
        <source>Planned, not started</source>
        <translation>Planerad, ej påbörjad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="217"/>
        <source>Active</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="218"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="219"/>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="220"/>
        <source>Ended early</source>
        <translation>Avbruten i förtid</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="221"/>
        <source>Job search with AF</source>
        <translation>Arbetssökande via AF</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="222"/>
        <source>New OSA</source>
        <translation>Ny OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="223"/>
        <source>Other subsidised work</source>
        <translation>Annan subventionerad anställning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="225"/>
        <source>Försäkringskassan</source>
        <translation>Försäkringskassan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="227"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="229"/>
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="230"/>
        <source>Oral</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="231"/>
        <source>In writing</source>
        <translation>Skriftligt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="232"/>
        <source>Orally, in person</source>
        <translation>Muntligt, vid ett personligt möte</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="233"/>
        <source>By phone</source>
        <translation>Per telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="234"/>
        <source>Other way</source>
        <translation>På annat sätt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="235"/>
        <source>In force</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="236"/>
        <source>Not yet in force</source>
        <translation>Inte giltigt än</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="237"/>
        <source>Expired</source>
        <translation>Utgånget</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="238"/>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="239"/>
        <source>Ended at discharge</source>
        <translation>Upphört vid utskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="243"/>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="244"/>
        <source>user</source>
        <translation>användare</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="245"/>
        <source>settings</source>
        <translation>inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="246"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="247"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="248"/>
        <source>step on the path</source>
        <translation>steg på vägen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="249"/>
        <source>group</source>
        <translation>grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="250"/>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="251"/>
        <source>action-plan goal</source>
        <translation>mål i åtgärdsplanen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="252"/>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="253"/>
        <source>recovery-capital check-in</source>
        <translation>avstämning av återhämtningskapital</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="254"/>
        <source>drug-test provider</source>
        <translation>provtagningsleverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="255"/>
        <source>drug-test schedule</source>
        <translation>schema för drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="256"/>
        <source>drug-test draw</source>
        <translation>lottning av drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="257"/>
        <source>drug-test day</source>
        <translation>provtagningsdag</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="258"/>
        <source>drug-test result</source>
        <translation>drogtestresultat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="259"/>
        <source>OSA workplace</source>
        <translation>OSA-arbetsplats</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="260"/>
        <source>AF coding</source>
        <translation>funktionshinderkodning (AF)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="261"/>
        <source>OSA placement</source>
        <translation>OSA-placering</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="262"/>
        <source>follow-up with the workplace</source>
        <translation>uppföljning med arbetsplatsen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="263"/>
        <source>consent</source>
        <translation>samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="264"/>
        <source>signed consent form</source>
        <translation>undertecknad samtyckesblankett</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="265"/>
        <source>consent form</source>
        <translation>samtyckesblankett</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="266"/>
        <source>register extract</source>
        <translation>registerutdrag</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="267"/>
        <source>progress sheet</source>
        <translation>utvecklingsblad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="268"/>
        <source>action plan with contract</source>
        <translation>åtgärdsplan med kontrakt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="269"/>
        <source>ambassador</source>
        <translation>ambassadör</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="270"/>
        <source>weekly summaries to print</source>
        <translation>veckosammanfattningar för utskrift</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="271"/>
        <source>weekly summary to an ambassador</source>
        <translation>veckosammanfattning till en ambassadör</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="272"/>
        <source>steering group&apos;s workbook</source>
        <translation>styrgruppens arbetsbok</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="273"/>
        <source>figures kept for the steering group</source>
        <translation>siffror sparade för styrgruppen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="274"/>
        <source>cost–benefit parameters</source>
        <translation>parametrar för kostnad–nytta</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="275"/>
        <source>deletion list (retention)</source>
        <translation>raderingslista (gallring)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="276"/>
        <source>retention rules</source>
        <translation>regler för bevarandetid</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="65"/>
        <source>Medical certificate</source>
        <translation>Läkarintyg</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="66"/>
        <source>Statement from the social services</source>
        <translation>Utlåtande från socialtjänsten</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="67"/>
        <source>Statement from Kriminalvården/Frivården</source>
        <translation>Utlåtande från Kriminalvården/Frivården</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="68"/>
        <source>Statement from addiction care</source>
        <translation>Utlåtande från beroendevården</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82"/>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="125"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="126"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>Change &amp;password…</source>
        <translation>&amp;Byt lösenord…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133"/>
        <source>&amp;Backups…</source>
        <translation>Säkerhets&amp;kopior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="137"/>
        <source>Records due for &amp;deletion…</source>
        <translation>Poster att &amp;radera…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142"/>
        <source>&amp;Quit</source>
        <translation>Av&amp;sluta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="148"/>
        <source>&amp;About Färdväg</source>
        <translation>&amp;Om Färdväg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="200"/>
        <source>DEMO – fictitious people</source>
        <translation>DEMO – påhittade personer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="230"/>
        <source>Records deleted</source>
        <translation>Poster raderade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="270"/>
        <source>Signed in: {name}</source>
        <translation>Inloggad: {name}</translation>
    </message>
</context>
<context>
    <name>NewConsentDialog</name>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="191"/>
        <source>New consent</source>
        <translation>Nytt samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="200"/>
        <source>&amp;Consent to</source>
        <translation>&amp;Samtycke till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="203"/>
        <source>Receiving &amp;units</source>
        <translation>&amp;Mottagande enheter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="204"/>
        <source>Receiving units</source>
        <translation>Mottagande enheter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="208"/>
        <source>&amp;Data they may receive</source>
        <translation>&amp;Uppgifter de får ta emot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="209"/>
        <source>Data they may receive</source>
        <translation>Uppgifter de får ta emot</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="213"/>
        <source>&amp;Purpose</source>
        <translation>S&amp;yfte</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="217"/>
        <source>Given on</source>
        <translation>Lämnat den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="218"/>
        <source>&amp;Given on</source>
        <translation>&amp;Lämnat den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="221"/>
        <source>Valid until</source>
        <translation>Gäller till och med</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="224"/>
        <source>The last day it is in force: at most 12 months after it was given. It ends earlier at a discharge or a withdrawal.</source>
        <translation>Sista dagen samtycket gäller: högst 12 månader efter att det lämnades. Det upphör tidigare vid utskrivning eller om det återkallas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="229"/>
        <source>&amp;Valid until</source>
        <translation>&amp;Gäller till och med</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="236"/>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="239"/>
        <source>Programme description</source>
        <translation>Programbeskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="240"/>
        <source>&amp;Handed over to the person, in writing</source>
        <translation>&amp;Överlämnad skriftligt till personen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="242"/>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="249"/>
        <source>Save consent</source>
        <translation>Spara samtycke</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="659"/>
        <source>Correct a note</source>
        <translation>Rätta en anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="659"/>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="662"/>
        <source>Correcting the note of {date}: “{text}”</source>
        <translation>Du rättar anteckningen från {date}: ”{text}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="669"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="673"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="676"/>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="680"/>
        <source>A note is signed with your name when saved and can never be changed or deleted; mistakes are fixed with a correction.</source>
        <translation>En anteckning signeras med ditt namn när den sparas och kan aldrig ändras eller raderas. Fel rättar du med en rättelse.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="686"/>
        <source>Sign and save</source>
        <translation>Signera och spara</translation>
    </message>
</context>
<context>
    <name>OsaDialogs</name>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="347"/>
        <source>{workplace}, {start} – {end}</source>
        <translation>{workplace}, {start} – {end}</translation>
    </message>
</context>
<context>
    <name>OsaSection</name>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="486"/>
        <source>Ending in the next 3 months</source>
        <translation>Slutar inom de närmaste 3 månaderna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="491"/>
        <source>&amp;New placement…</source>
        <translation>&amp;Ny placering…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="492"/>
        <source>After-OSA &amp;plan…</source>
        <translation>&amp;Plan för tiden efter OSA…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="501"/>
        <source>Placements ending in the next 3 months</source>
        <translation>Placeringar som slutar inom de närmaste 3 månaderna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="515"/>
        <source>Each row is a place; bars are placements, marked with the participant&apos;s number. Dark blue: running. Light blue, dashed edge: planned. Orange edge: no after-OSA plan and the end is near. Double-click a bar to open the participant.</source>
        <translation>Varje rad är en plats. Staplarna är placeringar, märkta med deltagarens nummer. Mörkblå: pågår. Ljusblå med streckad kant: planerad. Orange kant: ingen plan för tiden efter OSA och slutet närmar sig. Dubbelklicka på en stapel för att öppna deltagarens akt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="530"/>
        <source>Capacity, next 6 months</source>
        <translation>Kapacitet de närmaste 6 månaderna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="535"/>
        <source>New &amp;workplace…</source>
        <translation>Ny a&amp;rbetsplats…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="536"/>
        <source>&amp;Change…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="543"/>
        <location filename="../../desktop/ui/osa/section.py" line="546"/>
        <source>Workplaces</source>
        <translation>Arbetsplatser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="566"/>
        <source>OSA</source>
        <translation>OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="590"/>
        <source>No placement ends in the next 3 months.</source>
        <translation>Ingen placering slutar inom de närmaste 3 månaderna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="594"/>
        <source>{count} placements end in the next 3 months; {without} without a plan.</source>
        <translation>Placeringar som slutar inom de närmaste 3 månaderna: {count}, varav {without} utan plan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="616"/>
        <source>{name} – {places} places</source>
        <translation>{name} – antal platser: {places}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="634"/>
        <source>No active workplaces yet. Add one under Workplaces.</source>
        <translation>Det finns inga aktiva arbetsplatser ännu. Lägg till en under Arbetsplatser.</translation>
    </message>
</context>
<context>
    <name>OsaTab</name>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="109"/>
        <source>AF coding (eligibility for OSA)</source>
        <translation>Funktionshinderkodning hos AF (för rätt till OSA)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="114"/>
        <source>Change &amp;AF coding…</source>
        <translation>Ändra &amp;funktionshinderkodning…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="126"/>
        <source>&amp;New placement…</source>
        <translation>&amp;Ny placering…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="127"/>
        <source>C&amp;hange…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="128"/>
        <source>&amp;Start…</source>
        <translation>&amp;Starta…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="129"/>
        <source>&amp;End…</source>
        <translation>&amp;Avsluta…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="130"/>
        <source>&amp;Follow-up contact…</source>
        <translation>&amp;Uppföljning…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="131"/>
        <source>After-OSA &amp;plan…</source>
        <translation>&amp;Plan för tiden efter OSA…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="145"/>
        <source>OSA placements</source>
        <translation>OSA-placeringar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="147"/>
        <source>The chosen placement</source>
        <translation>Den valda placeringen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="213"/>
        <source>Not requested yet.</source>
        <translation>Inte begärd ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="216"/>
        <source>{decision} on {date}</source>
        <translation>{decision} {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="220"/>
        <source>requested {date}</source>
        <translation>begärd {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="224"/>
        <source>certificates: {gathered} of {total}</source>
        <translation>intyg: {gathered} av {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="227"/>
        <source>AF case officer: {name}</source>
        <translation>AF-handläggare: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="238"/>
        <source>Urgent: no after-OSA plan, and the placement at {workplace} ends {date}.</source>
        <translation>Brådskande: det finns ingen plan för tiden efter OSA, och placeringen på {workplace} slutar {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="244"/>
        <source>No after-OSA plan yet; the placement at {workplace} ends {date}.</source>
        <translation>Det finns ännu ingen plan för tiden efter OSA. Placeringen på {workplace} slutar {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="251"/>
        <source>The placement at {workplace} ends {date}, after the 14-month limit of the participation ({limit}).</source>
        <translation>Placeringen på {workplace} slutar {date}, efter 14-månadersgränsen för deltagandet ({limit}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="283"/>
        <source>Hours per week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="284"/>
        <source>Wage-subsidy decision</source>
        <translation>Beslut om lönebidrag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="285"/>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="290"/>
        <source>Extension decided by AF</source>
        <translation>Förlängning beslutad av AF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="291"/>
        <source>until {date}, decided {decided}: {reason}</source>
        <translation>till {date}, beslutad {decided}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="303"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="316"/>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="317"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="320"/>
        <source>Contact with AF re-established</source>
        <translation>Kontakt med AF återupptas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="325"/>
        <source>Job-search coaching</source>
        <translation>Coachning i arbetssökandet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="331"/>
        <source>None yet.</source>
        <translation>Inga ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="332"/>
        <source>Follow-ups with the workplace</source>
        <translation>Uppföljningar med arbetsplatsen</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="331"/>
        <source>Bac&amp;kups…</source>
        <translation>Säkerhets&amp;kopior…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="338"/>
        <source>Loading the overview</source>
        <translation>Översikten läses in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="355"/>
        <location filename="../../desktop/ui/participants/overview.py" line="372"/>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="358"/>
        <source>Only &amp;my participants</source>
        <translation>Bara &amp;mina deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="360"/>
        <source>Only the people you are the responsible staff member for (their record)</source>
        <translation>Bara de personer som du är ansvarig personal för (anges i personens akt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="362"/>
        <source>Show hand&amp;led items</source>
        <translation>Visa hanterade &amp;uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="363"/>
        <source>Mark as &amp;handled…</source>
        <translation>Markera som &amp;hanterad…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="412"/>
        <source>Outcome model</source>
        <translation>Utfallsmodell</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="416"/>
        <source>Where everyone enrolled by the date stands: on the path to work or studies, off the path but still enrolled, or discharged.</source>
        <translation>Var alla som har skrivits in till och med datumet befinner sig: på vägen mot arbete eller studier, utanför vägen men fortfarande inskrivna, eller utskrivna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="425"/>
        <source>&amp;On</source>
        <translation>&amp;Per</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="429"/>
        <source>Date for the figures</source>
        <translation>Datum för siffrorna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="470"/>
        <source>First steps</source>
        <translation>Första stegen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="473"/>
        <source>The register has no participants yet. To start:</source>
        <translation>Registret har inga deltagare ännu. Så kommer du igång:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="480"/>
        <source>3. Register the participants: a new referral for each person, or import the unit&apos;s list from an Excel file.</source>
        <translation>3. Registrera deltagarna: en ny remiss för varje person, eller importera enhetens lista från en Excel-fil.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="484"/>
        <source>Add &amp;staff…</source>
        <translation>&amp;Lägg till personal…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="486"/>
        <source>Unit se&amp;ttings…</source>
        <translation>&amp;Enhetens inställningar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="488"/>
        <source>&amp;New referral…</source>
        <translation>&amp;Ny remiss…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="490"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importera från Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="511"/>
        <source>1. Add an account for each staff member, with their full name.</source>
        <translation>1. Lägg till ett konto för var och en i personalen, med fullständigt namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="513"/>
        <source>({count} accounts so far.)</source>
        <translation>({count} konton hittills.)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="515"/>
        <source>An administrator does this under Users.</source>
        <translation>Det gör en administratör under Användare.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="517"/>
        <source>2. Check the unit&apos;s name, municipality and auto-lock in Settings.</source>
        <translation>2. Kontrollera enhetens namn, kommun och automatisk låsning under Inställningar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="520"/>
        <source>2. Give the unit&apos;s name and municipality in Settings: they are printed on every form.</source>
        <translation>2. Ange enhetens namn och kommun under Inställningar. De skrivs ut på alla blanketter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="524"/>
        <source>An administrator does this.</source>
        <translation>Det gör en administratör.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="535"/>
        <source>Show the people behind this number</source>
        <translation>Visa personerna bakom siffran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="540"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="545"/>
        <source>(no unit name yet)</source>
        <translation>(enheten har inget namn än)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="548"/>
        <source>Signed in as {name}</source>
        <translation>Inloggad som {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="661"/>
        <source>Nothing to do.</source>
        <translation>Inget att göra.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="665"/>
        <source>Nothing to do for your participants.</source>
        <translation>Inget att göra för dina deltagare.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="668"/>
        <source>You are not the responsible staff member of any participant yet: it is chosen in each person&apos;s record.</source>
        <translation>Du är inte ansvarig personal för någon deltagare ännu. Det väljs i varje persons akt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="760"/>
        <source>{counted} people counted (everyone enrolled by this date). {share} follow the path; the goal is {goal}.</source>
        <translation>Antal räknade personer: {counted} (alla som har skrivits in till och med det här datumet). {share} följer vägen. Målet är {goal}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="549"/>
        <source>Register: {path}</source>
        <translation>Register: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="554"/>
        <source>Reading the register…</source>
        <translation>Läser registret…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="555"/>
        <source>Working out the to-do list…</source>
        <translation>Tar fram listan Att göra…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="556"/>
        <location filename="../../desktop/ui/participants/overview.py" line="748"/>
        <source>Counting the outcome model…</source>
        <translation>Räknar fram utfallsmodellen…</translation>
    </message>
</context>
<context>
    <name>ParticipantList</name>
    <message>
        <location filename="../../desktop/services/participant_list.py" line="39"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../desktop/services/participant_list.py" line="40"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/services/participant_list.py" line="41"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/participant_list.py" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/services/participant_list.py" line="43"/>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../desktop/services/participant_list.py" line="44"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/services/participant_list.py" line="45"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/services/participant_list.py" line="46"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/services/participant_list.py" line="86"/>
        <source>ends {date}</source>
        <translation>slutar gälla {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/participant_list.py" line="89"/>
        <source>until {date}</source>
        <translation>gäller till och med {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/participant_list.py" line="93"/>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../../desktop/services/participant_list.py" line="151"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
</context>
<context>
    <name>ParticipantsSection</name>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="177"/>
        <source>Search name, personnummer or number</source>
        <translation>Sök på namn, personnummer eller nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="178"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="181"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="182"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="187"/>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="188"/>
        <source>All phases</source>
        <translation>Alla faser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="192"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="194"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="195"/>
        <source>&amp;New referral…</source>
        <translation>&amp;Ny remiss…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="196"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importera från Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="197"/>
        <source>Progress s&amp;heets…</source>
        <translation>Utvecklings&amp;blad…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="198"/>
        <source>Progress sheets for a group or everyone enrolled</source>
        <translation>Utvecklingsblad för en grupp eller alla inskrivna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="200"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exportera till Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="202"/>
        <source>The list as shown, with its search and filters, as an Excel file</source>
        <translation>Listan som den visas, med sökning och filter, som Excel-fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="211"/>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="228"/>
        <location filename="../../desktop/ui/participants/section.py" line="268"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="280"/>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="283"/>
        <source>All staff</source>
        <translation>All personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="312"/>
        <source>{count} people</source>
        <translation>Antal personer: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="360"/>
        <source>Save the participant list</source>
        <translation>Spara deltagarlistan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="362"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="377"/>
        <source>1 person saved to {file}.</source>
        <translation>1 person har sparats i {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="379"/>
        <source>{count} people saved to {file}.</source>
        <translation>{count} personer har sparats i {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="398"/>
        <source>Writing the list…</source>
        <translation>Skriver listan…</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="179"/>
        <location filename="../../desktop/ui/ambassadors/printing.py" line="95"/>
        <source>Made with Färdväg {date}</source>
        <translation>Skapad med Färdväg {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="186"/>
        <location filename="../../desktop/ui/ambassadors/printing.py" line="108"/>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
</context>
<context>
    <name>PeopleListDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="220"/>
        <source>{count} people</source>
        <translation>Antal personer: {count}</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="123"/>
        <source>The information-sharing consent in force (Consents tab)</source>
        <translation>Det samtycke till informationsdelning som gäller nu (fliken Samtycken)</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="99"/>
        <source>Kind of period</source>
        <translation>Typ av period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="101"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="102"/>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="103"/>
        <source>Half-year</source>
        <translation>Halvår</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="104"/>
        <location filename="../../desktop/ui/reports/section.py" line="112"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="105"/>
        <source>Dates</source>
        <translation>Valda datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="109"/>
        <source>Which part of the year</source>
        <translation>Vilken del av året</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="115"/>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="115"/>
        <source>Last day</source>
        <translation>Sista dagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="120"/>
        <location filename="../../desktop/ui/reports/section.py" line="121"/>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="123"/>
        <location filename="../../desktop/ui/reports/section.py" line="124"/>
        <source>Next period</source>
        <translation>Nästa period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="156"/>
        <source>Quarter {number}</source>
        <translation>Kvartal {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="158"/>
        <source>Half-year {number}</source>
        <translation>Halvår {number}</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="138"/>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="143"/>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="148"/>
        <source>&amp;Personnummer</source>
        <translation>&amp;Personnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="152"/>
        <source>YYYYMMDD-NNNN or samordningsnummer</source>
        <translation>ÅÅÅÅMMDD-XXXX eller samordningsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="156"/>
        <source>Se&amp;x</source>
        <translation>&amp;Kön</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="160"/>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="164"/>
        <source>Municipality of &amp;residence</source>
        <translation>&amp;Bostadskommun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="169"/>
        <source>&amp;Interpreter (language)</source>
        <translation>To&amp;lk (språk)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="174"/>
        <source>Res&amp;ponsible staff</source>
        <translation>&amp;Ansvarig personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="186"/>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
</context>
<context>
    <name>PersonWindow</name>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="80"/>
        <source>Enrol</source>
        <translation>Skrivs in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="82"/>
        <source>Not enrolled: {reason}</source>
        <translation>Ej inskriven: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="244"/>
        <source>Create progress sheet…</source>
        <translation>Skapa utvecklingsblad…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="246"/>
        <source>Print action plan with contract…</source>
        <translation>Skriv ut åtgärdsplan med kontrakt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="282"/>
        <source>&amp;Save details</source>
        <translation>&amp;Spara uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="291"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="297"/>
        <source>Record the next &amp;step</source>
        <translation>Registrera nästa &amp;steg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="300"/>
        <source>&amp;Take back the latest step…</source>
        <translation>&amp;Ta tillbaka senaste steget…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="308"/>
        <source>The path</source>
        <translation>Vägen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="311"/>
        <source>Path</source>
        <translation>Väg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="315"/>
        <location filename="../../desktop/ui/participants/person_window.py" line="324"/>
        <source>Action plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="320"/>
        <source>&amp;New goal…</source>
        <translation>&amp;Nytt mål…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="321"/>
        <source>&amp;Change goal…</source>
        <translation>Än&amp;dra mål…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="332"/>
        <source>&amp;New note…</source>
        <translation>&amp;Ny anteckning…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="338"/>
        <location filename="../../desktop/ui/participants/person_window.py" line="346"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="353"/>
        <location filename="../../desktop/ui/participants/person_window.py" line="364"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="359"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Ny kontakt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="360"/>
        <source>&amp;Change contact…</source>
        <translation>Än&amp;dra kontakt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="361"/>
        <source>&amp;Remove contact</source>
        <translation>&amp;Ta bort kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="373"/>
        <location filename="../../desktop/ui/participants/person_window.py" line="395"/>
        <source>Recovery capital</source>
        <translation>Återhämtningskapital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="380"/>
        <source>&amp;New check-in…</source>
        <translation>&amp;Ny avstämning…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="402"/>
        <source>Drug tests</source>
        <translation>Drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="410"/>
        <source>OSA</source>
        <translation>OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="417"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="438"/>
        <source>The register is locked.</source>
        <translation>Registret är låst.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="454"/>
        <source>14 months reached {date}</source>
        <translation>14-månadersgränsen: {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="471"/>
        <source>Social</source>
        <translation>Socialt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="472"/>
        <source>Physical</source>
        <translation>Fysiskt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="473"/>
        <source>Human</source>
        <translation>Humant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="474"/>
        <source>Cultural</source>
        <translation>Kulturellt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="505"/>
        <source>Correct this note…</source>
        <translation>Rätta den här anteckningen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="510"/>
        <source>{date} · {kind} · signed by {author} {signed}</source>
        <translation>{date} · {kind} · signerad av {author} {signed}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="519"/>
        <source>Corrects the note of {date}.</source>
        <translation>Rättar anteckningen från {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="524"/>
        <source>Corrected by a later note.</source>
        <translation>Rättad genom en senare anteckning.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="532"/>
        <source>No notes yet.</source>
        <translation>Inga anteckningar ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="552"/>
        <source>Take back a step</source>
        <translation>Ta tillbaka ett steg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="553"/>
        <source>Take back “{step}” of {date}? It stays in the register as taken back.</source>
        <translation>Vill du ta tillbaka ”{step}” från {date}? Steget finns kvar i registret, markerat som tillbakataget.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="586"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="201"/>
        <source>OSA placement</source>
        <translation>OSA-placering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="201"/>
        <source>New placement</source>
        <translation>Ny placering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="216"/>
        <source>&amp;Participant</source>
        <translation>&amp;Deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="224"/>
        <source>&amp;Workplace</source>
        <translation>&amp;Arbetsplats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="226"/>
        <source>&amp;Start</source>
        <translation>&amp;Startdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="231"/>
        <source>Planned &amp;end</source>
        <translation>&amp;Planerat slutdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="234"/>
        <source>At most 12 months; longer only with an extension decided by AF.</source>
        <translation>Högst 12 månader. Längre bara om AF beslutar om förlängning.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="242"/>
        <source> hours</source>
        <translation> timmar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="243"/>
        <source>&amp;Hours per week</source>
        <translation>&amp;Timmar per vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="246"/>
        <source>Wage-subsidy &amp;decision (AF reference)</source>
        <translation>Beslut om &amp;lönebidrag (AF:s referens)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="251"/>
        <source>S&amp;upervisor at the workplace</source>
        <translation>&amp;Handledare på arbetsplatsen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="255"/>
        <source>E&amp;xtension decided by AF</source>
        <translation>&amp;Förlängning beslutad av AF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="264"/>
        <source>New e&amp;nd</source>
        <translation>&amp;Nytt slutdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="273"/>
        <source>AF&apos;s &amp;decision date</source>
        <translation>AF:s &amp;beslutsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="283"/>
        <source>&amp;Reason</source>
        <translation>&amp;Orsak</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="294"/>
        <source>Save placement</source>
        <translation>Spara placering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="296"/>
        <source>Nobody is enrolled.</source>
        <translation>Ingen är inskriven.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="298"/>
        <source>Add a workplace in the OSA section first.</source>
        <translation>Lägg först till en arbetsplats i avsnittet OSA.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="320"/>
        <source>Choose the participant.</source>
        <translation>Välj deltagare.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="323"/>
        <source>Choose the workplace.</source>
        <translation>Välj arbetsplats.</translation>
    </message>
</context>
<context>
    <name>PlacementsModel</name>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="61"/>
        <source>Workplace</source>
        <translation>Arbetsplats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="62"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="63"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="64"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="65"/>
        <source>After-OSA plan</source>
        <translation>Plan för tiden efter OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="75"/>
        <source>{date} (extended)</source>
        <translation>{date} (förlängd)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="80"/>
        <source>Yes: {step}</source>
        <translation>Ja: {step}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/tab.py" line="81"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../desktop/ui/common/progress.py" line="24"/>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/progress.py" line="27"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/progress.py" line="56"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>ProgressSheet</name>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="125"/>
        <source>{whole}.{fraction}</source>
        <translation>{whole},{fraction}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="432"/>
        <source>Progress sheet</source>
        <translation>Utvecklingsblad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="433"/>
        <source>Your progress</source>
        <translation>Din utveckling</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="436"/>
        <location filename="../../desktop/core/progress_sheet.py" line="437"/>
        <location filename="../../desktop/reports/progress_xlsx.py" line="126"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="440"/>
        <source>Enrolment periods</source>
        <translation>Inskrivningsperioder</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="441"/>
        <source>Your time with us</source>
        <translation>Din tid hos oss</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="444"/>
        <source>The path</source>
        <translation>Vägen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="445"/>
        <source>Your path so far</source>
        <translation>Din väg hittills</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="448"/>
        <source>Action plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="449"/>
        <source>Your goals</source>
        <translation>Dina mål</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="452"/>
        <source>Drug tests</source>
        <translation>Drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="453"/>
        <source>Your tests</source>
        <translation>Dina drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="456"/>
        <location filename="../../desktop/core/progress_sheet.py" line="600"/>
        <location filename="../../desktop/reports/progress_xlsx.py" line="129"/>
        <source>OSA</source>
        <translation>OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="457"/>
        <source>Your OSA job</source>
        <translation>Ditt OSA-jobb</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="460"/>
        <location filename="../../desktop/reports/progress_xlsx.py" line="131"/>
        <source>Recovery capital</source>
        <translation>Återhämtningskapital</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="461"/>
        <source>How life is going</source>
        <translation>Hur du har det</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="464"/>
        <source>Consent</source>
        <translation>Samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="465"/>
        <source>Sharing information about you</source>
        <translation>Att dela uppgifter om dig</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="467"/>
        <location filename="../../desktop/reports/progress_xlsx.py" line="132"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="469"/>
        <location filename="../../desktop/core/progress_sheet.py" line="470"/>
        <location filename="../../desktop/reports/progress_xlsx.py" line="130"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="472"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="474"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="474"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="476"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="476"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="477"/>
        <location filename="../../desktop/core/progress_sheet.py" line="706"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="479"/>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="480"/>
        <source>How it ended</source>
        <translation>Hur det slutade</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="482"/>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="483"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="484"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="486"/>
        <source>Life area</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="487"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="489"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="491"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="492"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="494"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="494"/>
        <source>By</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="496"/>
        <location filename="../../desktop/core/progress_sheet.py" line="699"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="497"/>
        <source>How far</source>
        <translation>Hur det går</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="500"/>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="501"/>
        <source>We talk about it next</source>
        <translation>Vi pratar om det igen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="503"/>
        <source>Follow-ups done</source>
        <translation>Gjorda uppföljningar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="504"/>
        <source>Latest follow-up</source>
        <translation>Senaste uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="506"/>
        <source>Substance</source>
        <translation>Substans</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="507"/>
        <source>Tested for</source>
        <translation>Testat för</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="509"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="512"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="513"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="515"/>
        <source>Cut-off</source>
        <translation>Gränsvärde</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="516"/>
        <source>Limit</source>
        <translation>Gräns</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="518"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="519"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="520"/>
        <source>Workplace</source>
        <translation>Arbetsplats</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="521"/>
        <source>Hours a week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="523"/>
        <source>Months done</source>
        <translation>Genomförda månader</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="524"/>
        <source>Months so far</source>
        <translation>Månader hittills</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="526"/>
        <source>Months left</source>
        <translation>Månader kvar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="528"/>
        <location filename="../../desktop/core/progress_sheet.py" line="529"/>
        <location filename="../../desktop/core/progress_sheet.py" line="601"/>
        <source>After OSA</source>
        <translation>Efter OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="532"/>
        <source>Plan responsible</source>
        <translation>Ansvarig för planen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="533"/>
        <source>Who helps</source>
        <translation>Vem som hjälper dig</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="536"/>
        <source>Contact with AF</source>
        <translation>Kontakt med AF</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="537"/>
        <source>Meeting Arbetsförmedlingen</source>
        <translation>Möte med Arbetsförmedlingen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="539"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="540"/>
        <source>Written by</source>
        <translation>Skriven av</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="541"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="542"/>
        <source>Remark</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="543"/>
        <source>What</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="545"/>
        <source>No goals in the action plan.</source>
        <translation>Inga mål i åtgärdsplanen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="546"/>
        <source>No goals yet.</source>
        <translation>Inga mål ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="549"/>
        <source>No drug tests in the period.</source>
        <translation>Inga drogtester under perioden.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="550"/>
        <source>No tests in this period.</source>
        <translation>Inga drogtester under den här perioden.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="553"/>
        <source>No OSA placement.</source>
        <translation>Ingen OSA-placering.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="554"/>
        <source>No OSA job yet.</source>
        <translation>Inget OSA-jobb ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="557"/>
        <source>No check-ins in the period.</source>
        <translation>Inga avstämningar under perioden.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="558"/>
        <source>We have not talked about this in the period.</source>
        <translation>Vi har inte pratat om det här under perioden.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="560"/>
        <source>No notes in the period.</source>
        <translation>Inga anteckningar under perioden.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="568"/>
        <source>Social capital</source>
        <translation>Socialt kapital</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="569"/>
        <source>Physical capital</source>
        <translation>Fysiskt kapital</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="570"/>
        <source>Human capital</source>
        <translation>Humant kapital</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="571"/>
        <source>Cultural capital</source>
        <translation>Kulturellt kapital</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="575"/>
        <source>People around you</source>
        <translation>Människorna omkring dig</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="576"/>
        <source>Home, money and everyday life</source>
        <translation>Boende, pengar och vardag</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="577"/>
        <source>Health and skills</source>
        <translation>Hälsa och kunskaper</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="578"/>
        <source>Values and belonging</source>
        <translation>Värderingar och tillhörighet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="584"/>
        <source>Phase 1: building routines and taking care of your health</source>
        <translation>Fas 1: skapa rutiner och ta hand om din hälsa</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="587"/>
        <source>Phase 2: how society works, group activities and work training</source>
        <translation>Fas 2: hur samhället fungerar, gruppaktiviteter och arbetsträning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="590"/>
        <source>A time with extra support</source>
        <translation>En tid med extra stöd</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="591"/>
        <source>Phase 3: your OSA job</source>
        <translation>Fas 3: ditt OSA-jobb</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="592"/>
        <source>After OSA: the next step to work or studies</source>
        <translation>Efter OSA: nästa steg mot arbete eller studier</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="597"/>
        <source>Phase 1</source>
        <translation>Fas 1</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="598"/>
        <source>Phase 2</source>
        <translation>Fas 2</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="599"/>
        <source>Extra support</source>
        <translation>Extra stöd</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="604"/>
        <source>looking for a job with Arbetsförmedlingen</source>
        <translation>söka jobb med hjälp av Arbetsförmedlingen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="607"/>
        <source>a new OSA job</source>
        <translation>ett nytt OSA-jobb</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="608"/>
        <source>another job with support from Arbetsförmedlingen</source>
        <translation>ett annat jobb med stöd från Arbetsförmedlingen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="611"/>
        <source>studies</source>
        <translation>studier</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="612"/>
        <source>support from Försäkringskassan</source>
        <translation>stöd från Försäkringskassan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="615"/>
        <source>something else, which we plan together</source>
        <translation>något annat, som vi planerar tillsammans</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="618"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="619"/>
        <source>We at the unit</source>
        <translation>Vi på enheten</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="620"/>
        <source>Another authority</source>
        <translation>En annan myndighet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="623"/>
        <source>Not started yet</source>
        <translation>Inte börjat ännu</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="624"/>
        <source>Working on it</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="625"/>
        <source>Done ✓</source>
        <translation>Klart ✓</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="626"/>
        <source>Put aside</source>
        <translation>Lagt åt sidan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="695"/>
        <source>Internal number</source>
        <translation>Internt nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="698"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="700"/>
        <source>Phase now</source>
        <translation>Nuvarande fas</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="703"/>
        <source>Responsible staff</source>
        <translation>Ansvarig personal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="709"/>
        <source>Enrolled since</source>
        <translation>Inskriven sedan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="712"/>
        <source>14 months reached</source>
        <translation>14-månadersgränsen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="715"/>
        <source>Days enrolled in all</source>
        <translation>Inskrivna dagar totalt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="723"/>
        <source>Your contact person</source>
        <translation>Din kontaktperson</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="728"/>
        <source>With us since</source>
        <translation>Hos oss sedan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="733"/>
        <source>Where you are now</source>
        <translation>Där du är nu</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="738"/>
        <source>Your time with us lasts until</source>
        <translation>Din tid hos oss varar till</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="745"/>
        <source>Tests in the period</source>
        <translation>Drogtester under perioden</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="747"/>
        <source>Tests in this period</source>
        <translation>Tester under perioden</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="752"/>
        <source>Tests with only negative results</source>
        <translation>Drogtester med bara negativa resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="754"/>
        <source>Negative tests</source>
        <translation>Negativa tester</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="762"/>
        <source>Tests with a positive result</source>
        <translation>Drogtester med positivt resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="767"/>
        <source>Missed tests (no-show, refused)</source>
        <translation>Missade drogtester (uteblivet, vägrat)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="774"/>
        <source>Drug-free for</source>
        <translation>Drogfri i</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="776"/>
        <source>weeks</source>
        <translation>veckor</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="783"/>
        <source>Drug-free since</source>
        <translation>Drogfri sedan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="791"/>
        <source>Months left of the OSA</source>
        <translation>Månader kvar av OSA-placeringen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="793"/>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="799"/>
        <source>Information sharing allowed until</source>
        <translation>Uppgifter får delas till och med</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="801"/>
        <source>We may share information until</source>
        <translation>Vi får dela uppgifter till och med</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="816"/>
        <source>Period {start} to {end}. Made {date}.</source>
        <translation>Period {start} till {end}. Skapat {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="821"/>
        <source>Hi {name}!</source>
        <translation>Hej {name}!</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="823"/>
        <source>Here is how things have gone for you from {start} to {end}. We go through it together, and you can keep this paper.</source>
        <translation>Här ser du hur det har gått för dig från {start} till {end}. Vi går igenom det tillsammans, och du får behålla pappret.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="869"/>
        <source>If something here is wrong, or you have questions, talk to {name}.</source>
        <translation>Om något här är fel, eller om du har frågor, prata med {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="873"/>
        <source>us</source>
        <translation>oss</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="918"/>
        <source>You were referred to us</source>
        <translation>Du fick en remiss till oss</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="920"/>
        <source>You started</source>
        <translation>Du började</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="922"/>
        <source>You moved on</source>
        <translation>Du gick vidare</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="924"/>
        <source>Your time with us ended</source>
        <translation>Din tid hos oss slutade</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="952"/>
        <source>Enrol</source>
        <translation>Skrivs in</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="954"/>
        <source>Not enrolled: {reason}</source>
        <translation>Ej inskriven: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="997"/>
        <source>Intake</source>
        <translation>Handläggning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1001"/>
        <source>Referred</source>
        <translation>Inremitterad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1006"/>
        <source>Not enrolled</source>
        <translation>Ej inskriven</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1011"/>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1013"/>
        <source>Discharged</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1380"/>
        <source>Schedule: random days, as many a week as the phase sets ({low}–{high}), {method}.</source>
        <translation>Schema: slumpade dagar, så många i veckan som fasen anger ({low}–{high}), {method}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1451"/>
        <source>No plan for after OSA yet: the placement ends {date}.</source>
        <translation>Ingen plan för tiden efter OSA ännu: placeringen slutar {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="511"/>
        <location filename="../../desktop/core/progress_sheet.py" line="1136"/>
        <location filename="../../desktop/core/progress_sheet.py" line="1286"/>
        <location filename="../../desktop/reports/progress_pdf.py" line="966"/>
        <source>Negative</source>
        <translation>Negativt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="510"/>
        <location filename="../../desktop/core/progress_sheet.py" line="1137"/>
        <location filename="../../desktop/reports/progress_pdf.py" line="960"/>
        <source>Positive</source>
        <translation>Positivt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1176"/>
        <source>Tested</source>
        <translation>Testat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1177"/>
        <source>Missed</source>
        <translation>Missat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1178"/>
        <source>Not taken</source>
        <translation>Inte lämnat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1179"/>
        <source>Could not be analysed</source>
        <translation>Kunde inte analyseras</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1180"/>
        <source>Exempted</source>
        <translation>Undantag</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1181"/>
        <source>You told us you had used</source>
        <translation>Du berättade att du hade använt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1228"/>
        <location filename="../../desktop/core/progress_sheet.py" line="1655"/>
        <source>Drug-free since {date}</source>
        <translation>Drogfri sedan {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1234"/>
        <source>No {substance} in your latest tests. Well done!</source>
        <translation>Dina senaste prov var negativa för {substance}. Bra jobbat!</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1237"/>
        <source>Your {substance} values are going down. Keep it up!</source>
        <translation>Dina värden för {substance} går ner. Fortsätt så!</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1240"/>
        <source>Your {substance} values went up last time. Let us talk about what helps.</source>
        <translation>Dina värden för {substance} gick upp förra gången. Låt oss prata om vad som kan hjälpa dig.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1244"/>
        <source>Your {substance} values are about the same as last time.</source>
        <translation>Dina värden för {substance} är ungefär som förra gången.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1247"/>
        <source>Too few tests of {substance} to say more yet.</source>
        <translation>Det finns ännu för få prov för att säga mer om {substance}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1259"/>
        <source>All negative</source>
        <translation>Allt negativt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1273"/>
        <source>cut-off {cutoff}</source>
        <translation>gränsvärde {cutoff}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1282"/>
        <source>Positive: {substances}</source>
        <translation>Positivt: {substances}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1316"/>
        <source>{tests} tests in the period: {negative} negative, {positive} positive, {missed} missed, {other} other.</source>
        <translation>Drogtester under perioden: {tests}. Negativa: {negative}, positiva: {positive}, missade: {missed}, övriga: {other}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1331"/>
        <source>Negative in every test: {names}.</source>
        <translation>Negativt i alla tester: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1341"/>
        <source>You have taken {tests} tests. {negative} of them were negative.</source>
        <translation>Du har lämnat {tests} prov. {negative} av dem var negativa.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1350"/>
        <source>Every test in this period was negative for {names}.</source>
        <translation>Alla tester under perioden var negativa för {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1358"/>
        <source>{missed} tests were missed. Tell us if something makes it hard to come.</source>
        <translation>{missed} prov blev inte av. Säg till om något gör det svårt för dig att komma.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1371"/>
        <source>Schedule: fixed days ({days}), {method}.</source>
        <translation>Schema: fasta dagar ({days}), {method}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1386"/>
        <source>Schedule: random days, {target} a week ({low}–{high}), {method}.</source>
        <translation>Schema: slumpade dagar, {target} per vecka ({low}–{high}), {method}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1394"/>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1395"/>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1396"/>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1397"/>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1398"/>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1399"/>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1400"/>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1461"/>
        <source>You work at {workplace} from {start} to {end}.</source>
        <translation>Du arbetar på {workplace} från {start} till {end}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1467"/>
        <source>After OSA the plan is {step}.</source>
        <translation>Planen efter OSA: {step}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1474"/>
        <source>We will make a plan together for what comes after your OSA.</source>
        <translation>Vi gör en plan tillsammans för tiden efter ditt OSA-jobb.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1484"/>
        <source>You worked {months} months at {workplace}.</source>
        <translation>Du arbetade {months} månader på {workplace}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1494"/>
        <source>You have {months} months left of your OSA.</source>
        <translation>Du har {months} månader kvar av ditt OSA-jobb.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1497"/>
        <source>You have 1 month left of your OSA.</source>
        <translation>Du har 1 månad kvar av ditt OSA-jobb.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1501"/>
        <source>You have {weeks} weeks left of your OSA.</source>
        <translation>Du har {weeks} veckor kvar av ditt OSA-jobb.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1503"/>
        <source>Your OSA ends in a few days.</source>
        <translation>Ditt OSA-jobb slutar om några dagar.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1519"/>
        <source>Higher on {date} than on {first}: {names}.</source>
        <translation>Högre den {date} än den {first}: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1525"/>
        <source>Lower on {date} than on {first}: {names}.</source>
        <translation>Lägre den {date} än den {first}: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1530"/>
        <source>The same on {date} as on {first}.</source>
        <translation>Samma den {date} som den {first}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1546"/>
        <source>No information-sharing consent in force on {date}.</source>
        <translation>Inget samtycke till informationsdelning gäller den {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1553"/>
        <source>Right now we do not share information about you with anyone outside the unit.</source>
        <translation>Just nu delar vi inte uppgifter om dig med någon utanför vår enhet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1565"/>
        <source>Information-sharing consent given {given}, in force until {until}: {units}.</source>
        <translation>Samtycke till informationsdelning lämnat {given}, gäller till och med {until}: {units}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1575"/>
        <source>You have said yes to us sharing information with {units} until {until}.</source>
        <translation>Du har sagt ja till att vi delar uppgifter med {units} till och med {until}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1581"/>
        <source>You can take back that yes whenever you like: just tell us.</source>
        <translation>Du kan ta tillbaka ditt ja när du vill. Säg bara till.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1599"/>
        <source>Corrects the note of {date}.</source>
        <translation>Rättar anteckningen från {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1604"/>
        <source>Corrected by a later note.</source>
        <translation>Rättad genom en senare anteckning.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1639"/>
        <source>You have been with us for {months} months.</source>
        <translation>Du har varit hos oss i {months} månader.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1642"/>
        <source>You have been with us for a month.</source>
        <translation>Du har varit hos oss i en månad.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1647"/>
        <source>Drug-free for {weeks} weeks</source>
        <translation>Drogfri i {weeks} veckor</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1652"/>
        <source>Drug-free for 1 week</source>
        <translation>Drogfri i 1 vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1664"/>
        <source>Your values are going down: {names}.</source>
        <translation>Dina värden går ner: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1671"/>
        <source>You have reached {done} of your {total} goals.</source>
        <translation>Du har nått {done} av dina {total} mål.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1683"/>
        <source>Things have got better in {count} of 4 areas of your life.</source>
        <translation>Det har blivit bättre på {count} av 4 områden i ditt liv.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/progress_sheet.py" line="1694"/>
        <source>Next: {goal}, by {date}.</source>
        <translation>Nästa steg: {goal}, senast {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_pdf.py" line="786"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_pdf.py" line="788"/>
        <source>You are here</source>
        <translation>Här är du nu</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_pdf.py" line="795"/>
        <source>14 months</source>
        <translation>14-månadersgränsen</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_pdf.py" line="797"/>
        <source>Your time ends</source>
        <translation>Din tid slutar</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_pdf.py" line="802"/>
        <source>This sheet&apos;s period</source>
        <translation>Bladets period</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_xlsx.py" line="127"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/progress_xlsx.py" line="128"/>
        <source>Tests</source>
        <translation>Tester</translation>
    </message>
</context>
<context>
    <name>ProgressSheetDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="113"/>
        <source>Create progress sheet</source>
        <translation>Skapa utvecklingsblad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="123"/>
        <source>&amp;For</source>
        <translation>&amp;För</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="125"/>
        <source>For the &amp;staff: everything, with the figures</source>
        <translation>För &amp;personalen: allt, med siffrorna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="127"/>
        <source>For the p&amp;articipant: plain words, to go through together</source>
        <translation>För &amp;deltagaren: enkla ord, att gå igenom tillsammans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="134"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="137"/>
        <source>P&amp;DF, to print</source>
        <translation>P&amp;DF, för utskrift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="138"/>
        <source>&amp;Excel, to work with the figures</source>
        <translation>&amp;Excel, för att arbeta med siffrorna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="143"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="146"/>
        <source>The current enrolment</source>
        <translation>Den nuvarande inskrivningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="147"/>
        <source>The last 3 months</source>
        <translation>De senaste 3 månaderna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="148"/>
        <source>The last 6 months</source>
        <translation>De senaste 6 månaderna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="149"/>
        <source>The last 12 months</source>
        <translation>De senaste 12 månaderna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="150"/>
        <source>Dates of my choice</source>
        <translation>Datum som jag väljer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="154"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="154"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="159"/>
        <source>each person&apos;s own</source>
        <translation>var och ens egen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="162"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="165"/>
        <source>Include the period&apos;s &amp;notes</source>
        <translation>Ta med periodens &amp;anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="168"/>
        <source>One file per person, in a folder</source>
        <translation>En fil per person, i en mapp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="169"/>
        <source>One PDF with everyone, to print</source>
        <translation>En PDF med alla, för utskrift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="177"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="183"/>
        <source>File names hold the internal number and the date, never a name. Every sheet made is written to the log.</source>
        <translation>Filnamnen innehåller det interna numret och datumet, aldrig ett namn. Varje blad som skapas skrivs i loggen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="199"/>
        <source>&amp;Create…</source>
        <translation>&amp;Skapa…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="228"/>
        <source>A progress sheet for {name} ({number}).</source>
        <translation>Ett utvecklingsblad för {name} ({number}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="234"/>
        <source>Progress sheets for a group or for everyone enrolled, made in one go.</source>
        <translation>Utvecklingsblad för en grupp eller för alla inskrivna, i ett svep.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="238"/>
        <source>Everyone enrolled ({count})</source>
        <translation>Alla inskrivna ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="244"/>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="327"/>
        <source>Nobody to make a progress sheet for.</source>
        <translation>Det finns ingen att göra ett utvecklingsblad för.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="334"/>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel-filer (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="334"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="353"/>
        <source>Making the progress sheet…</source>
        <translation>Skapar utvecklingsbladet…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="366"/>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="385"/>
        <location filename="../../desktop/ui/screenshots.py" line="291"/>
        <source>Making {count} progress sheets…</source>
        <translation>Skapar {count} utvecklingsblad…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="394"/>
        <source>Save the progress sheet</source>
        <translation>Spara utvecklingsbladet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="400"/>
        <source>Choose a folder for the progress sheets</source>
        <translation>Välj en mapp för utvecklingsbladen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="409"/>
        <source>Replace files?</source>
        <translation>Ersätta filer?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="411"/>
        <source>{count} of the files are already in the folder ({first}…). Replace them?</source>
        <translation>{count} av filerna finns redan i mappen ({first}…). Ersätta dem?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="429"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Avbrutet: inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="445"/>
        <location filename="../../desktop/ui/screenshots.py" line="298"/>
        <source>Sheet {done} of {total}: {number}</source>
        <translation>Blad {done} av {total}: {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="470"/>
        <source>Saved {file}.</source>
        <translation>Sparade {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="478"/>
        <source>Cancelled after {count} files. Those are written and logged, in {folder}.</source>
        <translation>Avbrutet efter {count} filer. De är skrivna och loggade, i {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="483"/>
        <source>Saved {count} files in {folder}.</source>
        <translation>Sparade {count} filer i {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="500"/>
        <source>Stop making the sheets?</source>
        <translation>Sluta skapa utvecklingsbladen?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/progress_dialog.py" line="502"/>
        <source>The progress sheets are still being made. Stop and close? The files already written stay.</source>
        <translation>Utvecklingsbladen håller fortfarande på att skapas. Vill du avbryta och stänga? De filer som redan har skapats finns kvar.</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="675"/>
        <source>Test provider</source>
        <translation>Provtagningsleverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="677"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="683"/>
        <source>Methods</source>
        <translation>Metoder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="693"/>
        <source>Substances</source>
        <translation>Substanser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="694"/>
        <source>&amp;Visits</source>
        <translation>&amp;Besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="695"/>
        <source>Drop-in</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="696"/>
        <source>Booking needed</source>
        <translation>Bokning krävs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="701"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="702"/>
        <source>&amp;Answer within</source>
        <translation>&amp;Svarstid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="703"/>
        <source>In use</source>
        <translation>Används</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="703"/>
        <source>&amp;Active</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="707"/>
        <source>Prices</source>
        <translation>Priser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="713"/>
        <source>Price from</source>
        <translation>Priset gäller från</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="718"/>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="731"/>
        <source>Price per test</source>
        <translation>Pris per test</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="721"/>
        <source>Add &amp;price</source>
        <translation>Lägg till &amp;pris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="722"/>
        <source>&amp;Remove new price</source>
        <translation>&amp;Ta bort nytt pris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="728"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="736"/>
        <source>Save provider</source>
        <translation>Spara leverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="740"/>
        <source>from {date}: {price} kr</source>
        <translation>från {date}: {price} kr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="754"/>
        <source>There is already a price from that day.</source>
        <translation>Det finns redan ett pris från den dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="791"/>
        <source>Choose at least one method.</source>
        <translation>Välj minst en metod.</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="848"/>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="850"/>
        <source>Test providers</source>
        <translation>Provtagningsleverantörer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="851"/>
        <source>&amp;New provider…</source>
        <translation>&amp;Ny leverantör…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="852"/>
        <source>&amp;Change…</source>
        <translation>Än&amp;dra…</translation>
    </message>
</context>
<context>
    <name>ProvidersTableModel</name>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="805"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="806"/>
        <source>Methods</source>
        <translation>Metoder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="807"/>
        <source>Substances</source>
        <translation>Substanser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="808"/>
        <source>Price now</source>
        <translation>Pris nu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="809"/>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="810"/>
        <source>Answer (days)</source>
        <translation>Svarstid (dagar)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="811"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="823"/>
        <source>{price} kr</source>
        <translation>{price} kr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="825"/>
        <source>Booking needed</source>
        <translation>Bokning krävs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="825"/>
        <source>Drop-in</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="828"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="828"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/selftest.py" line="216"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop/ui/common/widgets.py" line="264"/>
        <source>Save changes?</source>
        <translation>Spara ändringar?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/widgets.py" line="265"/>
        <source>What you typed in this window has not been saved. Save it before closing?</source>
        <translation>Det du har skrivit i fönstret är inte sparat. Vill du spara innan fönstret stängs?</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="360"/>
        <source>Use the recovery key</source>
        <translation>Använd återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="364"/>
        <source>Type the key from the recovery sheet (spaces, dashes and small letters do not matter), then choose a new password for your account. Set new passwords for the others afterwards under Users.</source>
        <translation>Skriv in nyckeln från återställningsbladet (mellanslag, bindestreck och små bokstäver spelar ingen roll) och välj sedan ett nytt lösenord för ditt konto. Ge de andra användarna nya lösenord efteråt under Användare.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="372"/>
        <source>Recovery &amp;key</source>
        <translation>Återställningsnyc&amp;kel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="374"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="376"/>
        <source>&amp;New password</source>
        <translation>&amp;Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="376"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="380"/>
        <source>R&amp;epeat new password</source>
        <translation>&amp;Upprepa nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="381"/>
        <source>Repeat new password</source>
        <translation>Upprepa nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="389"/>
        <source>Open and set password</source>
        <translation>Öppna och spara lösenordet</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="231"/>
        <source>The recovery key</source>
        <translation>Återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="236"/>
        <source>If every password is forgotten, this key is the only way into the register. It is shown only now. Print the recovery sheet, or write the key down by hand, and keep it locked away, apart from this computer.</source>
        <translation>Om alla lösenord glöms bort är den här nyckeln det enda sättet att komma in i registret. Den visas bara nu. Skriv ut återställningsbladet eller skriv ner nyckeln för hand, och förvara den inlåst på ett annat ställe än vid datorn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="251"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="254"/>
        <source>Save the recovery sheet as &amp;PDF…</source>
        <translation>Spara återställningsbladet som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="261"/>
        <source>I have &amp;printed or written down the key and it is locked away.</source>
        <translation>Jag har &amp;skrivit ut eller skrivit ner nyckeln och den är inlåst.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="286"/>
        <source>Save the recovery sheet</source>
        <translation>Spara återställningsbladet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="288"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="307"/>
        <source>The file could not be saved there. Choose another folder.</source>
        <translation>Filen kunde inte sparas där. Välj en annan mapp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="311"/>
        <source>Saved as {path}. Print it now, then delete the file: the key should exist on paper only.</source>
        <translation>Sparat som {path}. Skriv ut den nu och radera sedan filen. Nyckeln ska bara finnas på papper.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../desktop/reports/recovery_sheet.py" line="33"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/recovery_sheet.py" line="39"/>
        <source>Färdväg register of {unit}</source>
        <translation>Färdväg – register för {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/recovery_sheet.py" line="48"/>
        <source>File: {file} · register id {id} · created {date}</source>
        <translation>Fil: {file} · register-id {id} · skapat {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/recovery_sheet.py" line="77"/>
        <source>What the key does</source>
        <translation>Vad nyckeln gör</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/recovery_sheet.py" line="80"/>
        <source>The key opens the register if every password is forgotten or if the file with the users&apos; keys is lost. An administrator then sets new passwords.</source>
        <translation>Nyckeln öppnar registret om alla lösenord har glömts bort eller om nyckelfilen har kommit bort. En administratör ger sedan användarna nya lösenord.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/recovery_sheet.py" line="85"/>
        <source>Whoever has this key and a copy of the register can read everything in it: personal data, health data and criminal history.</source>
        <translation>Den som har den här nyckeln och en kopia av registret kan läsa allt i det: personuppgifter, uppgifter om hälsa och uppgifter om lagöverträdelser.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/recovery_sheet.py" line="93"/>
        <source>How to keep it</source>
        <translation>Så förvarar du nyckeln</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/recovery_sheet.py" line="96"/>
        <source>Keep this sheet locked away, apart from the computer, for example in the unit manager&apos;s safe.</source>
        <translation>Förvara det här bladet inlåst på ett annat ställe än vid datorn, till exempel i enhetschefens kassaskåp.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/recovery_sheet.py" line="101"/>
        <source>Do not type the key into e-mail, documents or other programs, and do not photograph it. If you saved this sheet as a file, delete the file once it is printed.</source>
        <translation>Skriv inte in nyckeln i e-post, dokument eller andra program, och fotografera den inte. Om du har sparat bladet som en fil ska du radera filen när bladet är utskrivet.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/recovery_sheet.py" line="107"/>
        <source>To use it: start Färdväg and choose “Use recovery key” on the sign-in screen. Spaces, dashes and small letters do not matter.</source>
        <translation>Så använder du nyckeln: starta Färdväg och välj ”Använd återställningsnyckeln” på inloggningsskärmen. Mellanslag, bindestreck och små bokstäver spelar ingen roll.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/recovery_sheet.py" line="112"/>
        <source>If the register is given a new key, this sheet stops working: destroy it and keep the new one instead.</source>
        <translation>Om registret får en ny nyckel slutar det här bladet att fungera. Förstör det då och förvara det nya bladet i stället.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/recovery_sheet.py" line="122"/>
        <source>Kept by</source>
        <translation>Förvaras av</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/recovery_sheet.py" line="123"/>
        <source>Where</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/recovery_sheet.py" line="124"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="214"/>
        <source>New referral</source>
        <translation>Ny remiss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="216"/>
        <source>Referral &amp;date</source>
        <translation>Remiss&amp;datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="218"/>
        <source>Referred &amp;by</source>
        <translation>Inremitterad a&amp;v</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="221"/>
        <source>Referrer (&amp;unit, person)</source>
        <translation>&amp;Inremittent (enhet, person)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="223"/>
        <source>&amp;Reason for referral</source>
        <translation>&amp;Orsak till remiss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="225"/>
        <source>Register referral</source>
        <translation>Registrera remiss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="238"/>
        <source>Possible duplicate</source>
        <translation>Möjlig dubblett</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="240"/>
        <source>Someone with the same birth date and a similar name is already in the register: {names}. Register a new person anyway?</source>
        <translation>Det finns redan någon i registret med samma födelsedatum och ett liknande namn: {names}. Vill du registrera en ny person ändå?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="271"/>
        <source>Already in the register</source>
        <translation>Finns redan i registret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="274"/>
        <source>Open {name}</source>
        <translation>Öppna {name}</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../../desktop/ui/reports/models.py" line="168"/>
        <source>The workbook shows this as {shown}.</source>
        <translation>Arbetsboken visar det här som {shown}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/models.py" line="174"/>
        <source>Double-click to see the {count} people behind it.</source>
        <translation>Dubbelklicka för att se de {count} personerna bakom siffran.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="341"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="347"/>
        <source>Show 1–4 as &lt;5 in the workbook</source>
        <translation>Visa 1–4 som &lt;5 i arbetsboken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="351"/>
        <source>Counts from 1 to 4 are shown as &lt;5 in the workbook, so that nobody can be recognised from a small number. The screen shows them greyed.</source>
        <translation>Antal från 1 till 4 visas som &lt;5 i arbetsboken, så att ingen kan kännas igen utifrån ett litet tal. På skärmen visas de i grått.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="356"/>
        <source>Cost &amp;parameters…</source>
        <translation>&amp;Kostnadsparametrar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="357"/>
        <source>&amp;Export workbook…</source>
        <translation>&amp;Exportera arbetsboken…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="367"/>
        <source>Working on the figures</source>
        <translation>Siffrorna tas fram</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="380"/>
        <source>The workbook&apos;s sheets</source>
        <translation>Arbetsbokens blad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="396"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="425"/>
        <source>Counting the figures for {period}…</source>
        <translation>Räknar fram siffrorna för {period}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="449"/>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="492"/>
        <location filename="../../desktop/ui/reports/section.py" line="659"/>
        <source>Every export, oldest first</source>
        <translation>Alla exporter, äldst först</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="581"/>
        <source>Export workbook</source>
        <translation>Exportera arbetsboken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="597"/>
        <source>Export the steering group&apos;s workbook</source>
        <translation>Exportera styrgruppens arbetsbok</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="599"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="621"/>
        <source>Writing the workbook for {period}…</source>
        <translation>Skriver arbetsboken för {period}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="630"/>
        <source>Go on and write {name}?</source>
        <translation>Vill du fortsätta och skriva {name}?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="634"/>
        <source>{name} already exists. Färdväg replaces its sheets Sammanfattning, Flöde, Utfallsmodell, OSA, Drogtester, Demografi, Kostnad–nytta, Definitioner and Historik and keeps all the others. The original is first copied to {copy}.</source>
        <translation>{name} finns redan. Färdväg ersätter bladen Sammanfattning, Flöde, Utfallsmodell, OSA, Drogtester, Demografi, Kostnad–nytta, Definitioner och Historik och behåller alla andra. Originalet kopieras först till {copy}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="641"/>
        <source>Wrote {path}.</source>
        <translation>Sparade {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports/section.py" line="646"/>
        <source>The original was copied to {copy}.</source>
        <translation>Originalet kopierades till {copy}.</translation>
    </message>
</context>
<context>
    <name>RestoreGuide</name>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="417"/>
        <location filename="../../desktop/ui/admin/backups.py" line="526"/>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="421"/>
        <source>Choose the backup to go back to. The register you have now is not deleted: it is moved aside beside it, and kept. Whatever was entered after the backup was made is not in the restored register; look it up in the register moved aside and enter it again.</source>
        <translation>Välj den säkerhetskopia du vill gå tillbaka till. Registret som du har nu raderas inte: det flyttas undan, sparas bredvid och finns kvar. Det som registrerades efter att säkerhetskopian gjordes finns inte i det återställda registret. Leta upp det i registret som flyttades undan och registrera det igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="431"/>
        <location filename="../../desktop/ui/admin/backups.py" line="476"/>
        <source>Backup folder</source>
        <translation>Säkerhetskopieringsmapp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="432"/>
        <source>The folder holding the backups</source>
        <translation>Mappen med säkerhetskopiorna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="434"/>
        <source>C&amp;hoose folder…</source>
        <translation>&amp;Välj mapp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="436"/>
        <source>&amp;Folder</source>
        <translation>&amp;Mapp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="447"/>
        <source>With the user name and password you had the day the backup was made, it is checked in full again and the restore is written in its log. Without them, its files are compared with those that passed every check when it was made.</source>
        <translation>Med det användarnamn och lösenord som du hade den dag säkerhetskopian gjordes kontrolleras den fullständigt igen, och återställningen skrivs i dess logg. Utan dem jämförs dess filer med de filer som klarade alla kontroller när den gjordes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="456"/>
        <source>User &amp;name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="456"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="464"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="495"/>
        <source>There is no backup in this folder.</source>
        <translation>Det finns ingen säkerhetskopia i den här mappen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="500"/>
        <source>Reading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="522"/>
        <source>Type the user name too, or leave both empty.</source>
        <translation>Skriv också användarnamnet, eller lämna båda tomma.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="528"/>
        <source>Put the backup from {when} in the register&apos;s place?

The register there now is moved aside and kept.</source>
        <translation>Vill du ersätta registret med säkerhetskopian från {when}?

Registret som finns där nu flyttas undan och sparas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="542"/>
        <source>The register that was there is kept as {path}.</source>
        <translation>Registret som fanns där har sparats som {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="550"/>
        <source>Backup restored</source>
        <translation>Säkerhetskopian är återställd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="551"/>
        <source>The register is back as it was on {when}.</source>
        <translation>Registret är nu återställt till hur det var {when}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/backups.py" line="571"/>
        <source>Restoring…</source>
        <translation>Återställer…</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="463"/>
        <source>Correct a result</source>
        <translation>Rätta ett resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="463"/>
        <source>Test result</source>
        <translation>Provresultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="475"/>
        <source>Correcting the result of {date}: {summary}</source>
        <translation>Du rättar resultatet från {date}: {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="493"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="496"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="497"/>
        <source>&amp;Taken</source>
        <translation>Provtagnings&amp;tid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="511"/>
        <source>&amp;Provider</source>
        <translation>&amp;Leverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="513"/>
        <source>No provider</source>
        <translation>Ingen leverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="517"/>
        <source>&amp;Method</source>
        <translation>&amp;Metod</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="520"/>
        <source>&amp;Sample id</source>
        <translation>&amp;Prov-id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="524"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Utfall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="535"/>
        <source>Substance</source>
        <translation>Substans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="536"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="537"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="538"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="539"/>
        <source>Cut-off</source>
        <translation>Gränsvärde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="551"/>
        <source>Set the rest to &amp;negative</source>
        <translation>Sätt resten till &amp;negativt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="553"/>
        <source>Every substance shown that is still “not tested” becomes negative.</source>
        <translation>Alla substanser som visas och fortfarande står som ”Ej testat” sätts till negativt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="560"/>
        <source>Values</source>
        <translation>Värden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="562"/>
        <source>C&amp;omment</source>
        <translation>K&amp;ommentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="566"/>
        <source>A result is saved with your name and never changed; a mistake is fixed with a correction.</source>
        <translation>Ett resultat sparas med ditt namn och ändras aldrig. Fel rättar du med en rättelse.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="577"/>
        <source>Save correction</source>
        <translation>Spara rättelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="577"/>
        <source>Save result</source>
        <translation>Spara resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="627"/>
        <source>{substance}: write the value as a number, e.g. 120 or 0,5.</source>
        <translation>{substance}: skriv värdet som ett tal, t.ex. 120 eller 0,5.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="629"/>
        <source>{substance}: write the cut-off as a number, e.g. 50.</source>
        <translation>{substance}: skriv gränsvärdet som ett tal, t.ex. 50.</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="65"/>
        <source>Taken</source>
        <translation>Provtagningstid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="66"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="67"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="68"/>
        <source>Provider</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="69"/>
        <source>Sample id</source>
        <translation>Prov-id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="70"/>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="71"/>
        <source>Entered by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="93"/>
        <source>{price} kr</source>
        <translation>{price} kr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="100"/>
        <source>Corrected later</source>
        <translation>Rättat senare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/tab.py" line="103"/>
        <source>Correction of {date}</source>
        <translation>Rättelse av resultatet från {date}</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../desktop/core/retention.py" line="198"/>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="199"/>
        <source>contacts</source>
        <translation>kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="200"/>
        <source>action-plan goals</source>
        <translation>mål i åtgärdsplanen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="201"/>
        <source>goal follow-ups</source>
        <translation>uppföljningar av mål</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="202"/>
        <source>texts of goal follow-ups</source>
        <translation>texter i uppföljningar av mål</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="203"/>
        <source>recovery-capital check-ins</source>
        <translation>avstämningar av återhämtningskapital</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="204"/>
        <source>drug-test schedules</source>
        <translation>scheman för drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="205"/>
        <source>AF codings</source>
        <translation>funktionshinderkodningar (AF)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="206"/>
        <source>OSA follow-ups</source>
        <translation>uppföljningar av OSA-placeringar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="207"/>
        <source>consents</source>
        <translation>samtycken</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="208"/>
        <source>withdrawals of consent</source>
        <translation>återkallelser av samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="209"/>
        <source>consents entered by mistake</source>
        <translation>samtycken registrerade av misstag</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="210"/>
        <source>scanned consent forms</source>
        <translation>inskannade samtyckesblanketter</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="211"/>
        <source>disclosure-log lines</source>
        <translation>rader i utlämningsloggen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="212"/>
        <source>handled to-do items</source>
        <translation>hanterade punkter i Att göra</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="213"/>
        <source>sections in sent weekly summaries</source>
        <translation>avsnitt i skickade veckosammanfattningar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="216"/>
        <source>steps on the path (codes and dates)</source>
        <translation>steg på vägen (koder och datum)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="217"/>
        <source>drug-test results (without comments)</source>
        <translation>drogtestresultat (utan kommentarer)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="218"/>
        <source>OSA placements (dates and codes)</source>
        <translation>OSA-placeringar (datum och koder)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="248"/>
        <source>name, personnummer and contact details</source>
        <translation>namn, personnummer och kontaktuppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/core/retention.py" line="256"/>
        <source>nothing</source>
        <translation>inget</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="188"/>
        <location filename="../../desktop/ui/admin/retention.py" line="201"/>
        <source>Records due for deletion</source>
        <translation>Poster att radera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="194"/>
        <source>Keep the research sample (people born on the 5th, 15th or 25th of a month)</source>
        <translation>Bevara forskningsurvalet (personer som är födda den 5:e, 15:e eller 25:e i månaden)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="205"/>
        <source>No records are due for deletion today.</source>
        <translation>Inga poster ska raderas i dag.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="207"/>
        <source>What deleting the chosen row removes</source>
        <translation>Det här tas bort om den valda raden raderas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="225"/>
        <source>Tick &amp;all</source>
        <translation>Kryssa i &amp;alla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="227"/>
        <source>Tick &amp;none</source>
        <translation>Kryssa &amp;ur alla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="229"/>
        <source>&amp;Delete ticked…</source>
        <translation>&amp;Radera ikryssade…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="242"/>
        <source>Deletion lists made:</source>
        <translation>Skapade raderingslistor:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="244"/>
        <source>Deletion lists made</source>
        <translation>Skapade raderingslistor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="246"/>
        <source>&amp;Save deletion list (PDF)…</source>
        <translation>&amp;Spara raderingslistan (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="283"/>
        <source>A record is due for deletion {years} years after its last entry, once the person is no longer on the path. Change the years under Settings.</source>
        <translation>En post ska raderas {years} år efter den senaste registreringen, när personen inte längre är aktuell i programmet. Du ändrar antalet år under Inställningar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="287"/>
        <source>{count} more are kept as the research sample.</source>
        <translation>Ytterligare {count} bevaras som forskningsurval.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="300"/>
        <source>List {number} of {date}, records: {count}</source>
        <translation>Lista {number} från {date}, poster: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="321"/>
        <source>Deleted: {deleted}
Kept without identity: {kept}
In the register since {first}.</source>
        <translation>Raderas: {deleted}
Behålls utan identitet: {kept}
I registret sedan {first}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="377"/>
        <source>Cancelled: nothing was deleted.</source>
        <translation>Avbrutet: inget raderades.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="385"/>
        <source>Deleting records…</source>
        <translation>Raderar poster…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="399"/>
        <source>Records deleted: {count} (deletion list {number}).</source>
        <translation>Raderade poster: {count} (raderingslista {number}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="404"/>
        <source>Save the deletion list for the archive with “Save deletion list (PDF)…”.</source>
        <translation>Spara raderingslistan för arkivet med ”Spara raderingslistan (PDF)…”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="407"/>
        <source>The deletion list for the archive is saved as {path}.</source>
        <translation>Raderingslistan för arkivet har sparats som {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="416"/>
        <source>Save the deletion list</source>
        <translation>Spara raderingslistan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/retention.py" line="418"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="45"/>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="46"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="232"/>
        <source>Test schedule</source>
        <translation>Schema för drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="234"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="245"/>
        <source>&amp;Weekdays</source>
        <translation>&amp;Veckodagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="246"/>
        <source>Weekdays</source>
        <translation>Veckodagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="252"/>
        <source>&amp;Target per week</source>
        <translation>&amp;Mål per vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="256"/>
        <source>Blank: the phase&apos;s setting ({value} a week)</source>
        <translation>Tomt: fasens inställning ({value} per vecka)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="263"/>
        <source>Minimum per week</source>
        <translation>Minst per vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="267"/>
        <source>Maximum per week</source>
        <translation>Högst per vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="270"/>
        <source>&amp;Minimum, maximum</source>
        <translation>M&amp;inst, högst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="275"/>
        <source>Spacing</source>
        <translation>Mellanrum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="276"/>
        <source>&amp;No two days in a row</source>
        <translation>&amp;Aldrig två dagar i rad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="280"/>
        <source>&amp;Method</source>
        <translation>Met&amp;od</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="283"/>
        <source>&amp;Provider</source>
        <translation>&amp;Leverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="285"/>
        <source>Not chosen</source>
        <translation>Inte vald</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="289"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="291"/>
        <source>Ends on</source>
        <translation>Slutar den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="295"/>
        <source>End</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="297"/>
        <source>&amp;End</source>
        <translation>Sl&amp;ut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="300"/>
        <source>Random days are drawn on the day itself, the first time someone opens that day&apos;s list. Public holidays and closed days are skipped. Nobody is tested while not enrolled. Every change is kept.</source>
        <translation>Slumpade dagar lottas samma dag, första gången någon öppnar dagens lista. Helgdagar och stängda dagar hoppas över. Ingen testas under tid då personen inte är inskriven. Alla ändringar sparas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="309"/>
        <source>Save schedule</source>
        <translation>Spara schema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="322"/>
        <source>Write the target as a number, e.g. 1,5.</source>
        <translation>Skriv målet som ett tal, t.ex. 1,5.</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="134"/>
        <source>New password for {name}</source>
        <translation>Nytt lösenord för {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="137"/>
        <source>{name} must choose a password of their own at the next sign-in.</source>
        <translation>{name} måste välja ett eget lösenord vid nästa inloggning.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="145"/>
        <source>&amp;New password</source>
        <translation>&amp;Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="145"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="148"/>
        <source>R&amp;epeat password</source>
        <translation>&amp;Upprepa lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="148"/>
        <source>Repeat password</source>
        <translation>Upprepa lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="150"/>
        <source>Set password</source>
        <translation>Spara lösenordet</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="58"/>
        <source>&amp;Unit name</source>
        <translation>&amp;Enhetens namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="59"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="62"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="63"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Lås efter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="67"/>
        <source>La&amp;nguage</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="70"/>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="73"/>
        <source>&amp;Years to keep records after the last entry</source>
        <translation>&amp;Bevarandetid efter senaste registreringen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="82"/>
        <source>No backups are made</source>
        <translation>Inga säkerhetskopior görs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="83"/>
        <source>C&amp;hoose…</source>
        <translation>Väl&amp;j…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="88"/>
        <location filename="../../desktop/ui/admin/settings.py" line="146"/>
        <source>Backup folder</source>
        <translation>Säkerhetskopieringsmapp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="89"/>
        <source>&amp;Backup folder</source>
        <translation>Säkerhetskopierings&amp;mapp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="92"/>
        <source>Preferably on another disk, such as your network home drive. A backup is made when Färdväg closes, at most once a day, and each is checked before an older one is removed.</source>
        <translation>Helst på en annan disk, till exempel din hemkatalog på nätverket. En säkerhetskopia görs när Färdväg stängs, högst en gång per dag, och varje kopia kontrolleras innan en äldre tas bort.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="100"/>
        <source>Keep &amp;daily backups</source>
        <translation>Behåll &amp;dagliga säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="102"/>
        <source>Keep &amp;weekly backups</source>
        <translation>Behåll &amp;veckovisa säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="104"/>
        <source>Keep m&amp;onthly backups</source>
        <translation>Behåll må&amp;nadsvisa säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="106"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="113"/>
        <source>&amp;Consent lists…</source>
        <translation>Sam&amp;tyckeslistor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="115"/>
        <source>Kinds of consent, receiving units and data categories on consent forms</source>
        <translation>Typer av samtycke, mottagande enheter och typer av uppgifter på samtyckesblanketter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="120"/>
        <source>Consent form &amp;texts…</source>
        <translation>Samtyckesblankettens te&amp;xter…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="122"/>
        <source>The words printed on the consent form, in Swedish and English</source>
        <translation>Orden som skrivs ut på samtyckesblanketten, på svenska och engelska</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="142"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="234"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="92"/>
        <source>Färdväg – sign in</source>
        <translation>Färdväg – logga in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="105"/>
        <source>Open another register…</source>
        <translation>Öppna ett annat register…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="106"/>
        <source>Create a new register…</source>
        <translation>Skapa ett nytt register…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="113"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="115"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="115"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="118"/>
        <source>Sign-in message</source>
        <translation>Meddelande om inloggningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="122"/>
        <location filename="../../desktop/ui/sign_in.py" line="284"/>
        <source>&amp;Sign in</source>
        <translation>Logga &amp;in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="126"/>
        <source>Use the &amp;recovery key…</source>
        <translation>Använd återställnings&amp;nyckeln…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="130"/>
        <source>Restore a &amp;backup…</source>
        <translation>Återställ en &amp;säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="172"/>
        <source>Register: {path}</source>
        <translation>Register: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="194"/>
        <source>Type your user name.</source>
        <translation>Skriv ditt användarnamn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="240"/>
        <source>The register is damaged</source>
        <translation>Registret är skadat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="243"/>
        <source>Färdväg checked the register file after you signed in and found damage in it. What you see may be incomplete, and saving may fail. Do not delete any of the register&apos;s files. Finish what you are doing, then contact whoever looks after the unit&apos;s computers: the latest backup can be restored.</source>
        <translation>Färdväg kontrollerade registerfilen efter att du loggade in och hittade skador i den. Det du ser kan vara ofullständigt, och det kan hända att det inte går att spara. Radera inga av registrets filer. Avsluta det du håller på med och kontakta sedan den som sköter enhetens datorer: den senaste säkerhetskopian kan återställas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="290"/>
        <source>Sign in (wait {seconds} s)</source>
        <translation>Logga in (vänta {seconds} s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="330"/>
        <source>The backup from {when} is restored. Sign in to go on.</source>
        <translation>Säkerhetskopian från {when} har återställts. Logga in för att fortsätta.</translation>
    </message>
</context>
<context>
    <name>StartPlacementDialog</name>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="369"/>
        <location filename="../../desktop/ui/osa/dialogs.py" line="377"/>
        <source>Start placement</source>
        <translation>Starta placering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="372"/>
        <source>&amp;Started on</source>
        <translation>&amp;Startdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="374"/>
        <source>The participant moves to the OSA phase on this day.</source>
        <translation>Deltagaren går över till OSA-fasen den här dagen.</translation>
    </message>
</context>
<context>
    <name>Steering</name>
    <message>
        <location filename="../../desktop/core/steering.py" line="718"/>
        <location filename="../../desktop/core/steering.py" line="1887"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="719"/>
        <source>From its first to its last day, both included. Flows count what happened from the first day to the reference day; states are read at the end of the reference day.</source>
        <translation>Från periodens första till sista dag, båda inräknade. Flöden räknar det som hände från första dagen till referensdagen. Lägesuppgifter läses av vid referensdagens slut.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="726"/>
        <location filename="../../desktop/core/steering.py" line="1890"/>
        <source>Reference day</source>
        <translation>Referensdag</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="727"/>
        <source>The period&apos;s last day, or the day the figures were taken if the period was not over then. Nothing dated after it is read, so later steps never change the figures.</source>
        <translation>Periodens sista dag, eller dagen då siffrorna togs ut om perioden inte var slut då. Inget som är daterat efter den dagen räknas med, så senare steg ändrar aldrig siffrorna.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="735"/>
        <location filename="../../desktop/core/steering.py" line="1886"/>
        <source>Figures taken on</source>
        <translation>Uttagsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="736"/>
        <source>The day the figures were taken from the register. A step recorded later but dated inside the period changes them when they are taken again; Historik keeps what each export showed.</source>
        <translation>Dagen då siffrorna togs ut ur registret. Ett steg som registreras senare men är daterat inom perioden ändrar siffrorna när de tas ut igen. Bladet Historik sparar vad varje export visade.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="744"/>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="745"/>
        <source>The previous period of the same length (the month, quarter, half-year or year before; for dates, as many days right before), counted the same way.</source>
        <translation>Närmast föregående period av samma längd (månaden, kvartalet, halvåret eller året före; för valda datum lika många dagar direkt före), räknad på samma sätt.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="752"/>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="753"/>
        <source>This period minus the previous one (a share in percentage points). Not shown when either number is hidden.</source>
        <translation>Den här perioden minus den föregående (för en andel i procentenheter). Visas inte när något av talen är dolt.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="760"/>
        <source>Small numbers</source>
        <translation>Små tal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="761"/>
        <source>When small numbers are hidden (the default), a count from 1 to 4 is shown as &lt;5, and a mean, median, share or change computed from such a count is not shown. Totals stay visible. The workbook names nobody.</source>
        <translation>När små tal döljs (standard) visas ett antal från 1 till 4 som &lt;5, och ett medelvärde, en median, en andel eller en förändring som räknats fram ur ett sådant antal visas inte. Totalsummor visas alltid. Arbetsboken namnger ingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="769"/>
        <location filename="../../desktop/core/steering.py" line="1663"/>
        <source>Referrals</source>
        <translation>Remisser</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="770"/>
        <source>Referrals dated in the period. Each referral counts once, so a person referred twice counts twice; “people referred” counts each person once.</source>
        <translation>Remisser daterade inom perioden. Varje remiss räknas en gång, så en person som remitterats två gånger räknas två gånger. ”Remitterade personer” räknar varje person en gång.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="777"/>
        <source>Referrals by referrer</source>
        <translation>Remisser per inremittent</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="778"/>
        <source>The referrals in the period by the referrer recorded with each one. The rows add up to the referrals.</source>
        <translation>Periodens remisser fördelade på den inremittent som registrerats för varje remiss. Raderna summerar till antalet remisser.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="785"/>
        <source>Not enrolled</source>
        <translation>Ej inskrivna</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="793"/>
        <location filename="../../desktop/core/steering.py" line="1675"/>
        <source>Enrolments</source>
        <translation>Inskrivningar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="802"/>
        <location filename="../../desktop/core/steering.py" line="1681"/>
        <source>First enrolments</source>
        <translation>Förstagångsinskrivningar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="803"/>
        <source>Enrolments in the period that are the person&apos;s first enrolment ever: new participants (the plan is 20 a year).</source>
        <translation>Inskrivningar under perioden som är personens allra första inskrivning: nya deltagare (planen är 20 per år).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="810"/>
        <location filename="../../desktop/core/steering.py" line="1687"/>
        <source>Re-enrolments</source>
        <translation>Återinskrivningar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="818"/>
        <location filename="../../desktop/core/steering.py" line="1693"/>
        <source>Discharges</source>
        <translation>Utskrivningar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="826"/>
        <location filename="../../desktop/core/steering.py" line="1699"/>
        <source>Participants in the period</source>
        <translation>Deltagare under perioden</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="827"/>
        <source>People enrolled at some time in the period: an enrolment that started on or before the reference day and was not discharged before the first day. Each person once, however many enrolments.</source>
        <translation>Personer som var inskrivna någon gång under perioden: en inskrivning som började senast på referensdagen och inte avslutades med utskrivning före periodens första dag. Varje person räknas en gång, oavsett antal inskrivningar.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="835"/>
        <source>Mean number enrolled</source>
        <translation>Genomsnittligt antal inskrivna</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="836"/>
        <source>The days each person was enrolled within the period (the enrolment day counts, the discharge day does not), added up and divided by the period&apos;s days up to the reference day; one decimal.</source>
        <translation>Antalet dagar som varje person var inskriven under perioden (inskrivningsdagen räknas, utskrivningsdagen inte), sammanlagt och delat med periodens antal dagar till och med referensdagen. En decimal.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="844"/>
        <source>Awaiting a decision</source>
        <translation>Väntar på beslut</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="845"/>
        <source>People with a referral and no decision yet at the end of the reference day.</source>
        <translation>Personer med en remiss men ännu inget beslut vid referensdagens slut.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="851"/>
        <location filename="../../desktop/core/steering.py" line="1705"/>
        <source>Enrolled at the end</source>
        <translation>Inskrivna vid slutet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="852"/>
        <source>People enrolled at the end of the reference day; someone discharged that day is not.</source>
        <translation>Personer som är inskrivna vid referensdagens slut. Den som skrevs ut den dagen räknas inte.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="858"/>
        <source>Enrolled by phase</source>
        <translation>Inskrivna per fas</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="866"/>
        <location filename="../../desktop/core/steering.py" line="1711"/>
        <source>Counted in the outcome model</source>
        <translation>Räknade i utfallsmodellen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="875"/>
        <source>Outcome groups and categories</source>
        <translation>Utfallsgrupper och kategorier</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="876"/>
        <source>On the path: newly enrolled (phase 1–2); in OSA; after OSA with AF, or discharged to subsidised work via AF; discharged to a private job or studies; discharged to long-term benefit. Off the path: enrolled, in extra support. Discharged before the goal: prison, care, unreachable, not OSA-eligible, not ready; for other reasons: moved, other.</source>
        <translation>På vägen: nyinskrivna (fas 1–2); i OSA; efter OSA hos AF, eller utskrivna till subventionerad anställning via AF; utskrivna till arbete i privat sektor eller studier; utskrivna till långvarig ersättning. Utanför vägen: inskrivna, med extra stöd. Utskrivna innan målet nåtts: fängelse, vård, ej nåbara, inte OSA-berättigade, inte redo. Utskrivna av andra skäl: flyttat, annat.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="886"/>
        <source>Share on the path</source>
        <translation>Andel på vägen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="887"/>
        <source>Those on the path divided by everyone counted in the outcome model, on the reference day.</source>
        <translation>Antalet på vägen delat med alla som räknas i utfallsmodellen, på referensdagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="895"/>
        <source>The collaboration agreement&apos;s goal: 50 % of those who start manage a year&apos;s employment (OSA, UVA), start studies or become entitled to long-term benefit from Försäkringskassan.</source>
        <translation>Samverkansavtalets mål: 50 % av dem som börjar klarar ett års anställning (OSA, UVA), börjar studera eller får rätt till långvarig ersättning från Försäkringskassan.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="903"/>
        <location filename="../../desktop/core/steering.py" line="1741"/>
        <source>OSA placements started</source>
        <translation>Påbörjade OSA-placeringar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="904"/>
        <source>Placements that have started (active or ended, not planned) with a start date in the period.</source>
        <translation>Placeringar som har startat (pågående eller avslutade, inte planerade) med startdatum inom perioden.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="911"/>
        <source>OSA placements active</source>
        <translation>Pågående OSA-placeringar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="912"/>
        <source>Placements started on or before the reference day and not ended by the end of it; one past its planned end counts until it is recorded as ended. By month: on the month&apos;s last day.</source>
        <translation>Placeringar som startat senast på referensdagen och inte avslutats vid dagens slut. En placering som passerat sitt planerade slut räknas tills den registreras som avslutad. Per månad: på månadens sista dag.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="920"/>
        <location filename="../../desktop/core/steering.py" line="1753"/>
        <source>OSA placements ended</source>
        <translation>Avslutade OSA-placeringar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="921"/>
        <source>Placements recorded as ended with an end date in the period: completed (ran its course) or ended early (before its planned end, whatever the reason). Completed and ended early add up to ended.</source>
        <translation>Placeringar som registrerats som avslutade med slutdatum inom perioden: genomförda (fullföljda enligt plan) eller avbrutna i förtid (före det planerade slutet, oavsett orsak). Genomförda och avbrutna i förtid summerar till avslutade.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="929"/>
        <source>Mean length of OSA placements</source>
        <translation>Genomsnittlig längd på OSA-placeringar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="930"/>
        <source>The mean length of the placements ended in the period, start to end, in months of 30.4375 days (an average calendar month); one decimal.</source>
        <translation>Genomsnittlig längd för de placeringar som avslutades under perioden, från start till slut, i månader om 30,4375 dagar (en genomsnittlig kalendermånad). En decimal.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="937"/>
        <source>OSA by workplace</source>
        <translation>OSA per arbetsplats</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="938"/>
        <source>The same figures for each workplace, every workplace listed even with nothing in it, with its number of places.</source>
        <translation>Samma siffror för varje arbetsplats, med antal platser. Alla arbetsplatser visas, även de som inte har några placeringar.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="945"/>
        <source>OSA by month</source>
        <translation>OSA per månad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="946"/>
        <source>The same figures for each calendar month; the first and last month hold only the period&apos;s days.</source>
        <translation>Samma siffror för varje kalendermånad. Första och sista månaden omfattar bara periodens dagar.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="953"/>
        <location filename="../../desktop/core/steering.py" line="1759"/>
        <source>Drug-test results</source>
        <translation>Drogtestresultat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="961"/>
        <source>Drug-test results by result</source>
        <translation>Drogtestresultat per utfall</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="962"/>
        <source>Each result in exactly one column: negative (every substance negative), positive (at least one substance positive), no-show, refused, dilute or invalid, medical exemption, admitted use. The columns add up to the total.</source>
        <translation>Varje resultat i exakt en kolumn: negativt (alla substanser negativa), positivt (minst en substans positiv), uteblivet, vägrat, utspätt eller ogiltigt, medicinskt undantag, erkänt bruk. Kolumnerna summerar till det totala antalet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="970"/>
        <location filename="../../desktop/core/steering.py" line="1449"/>
        <source>People who gave a sample</source>
        <translation>Personer som lämnat prov</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="971"/>
        <source>Different people with a sample taken (negative, positive or dilute) in the period; not the sum of the months.</source>
        <translation>Antal olika personer som lämnat prov (negativt, positivt eller utspätt) under perioden. Inte summan av månaderna.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="978"/>
        <source>Drug-test cost</source>
        <translation>Kostnad för drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="786"/>
        <source>Decisions “not enrolled” dated in the period, each decision once, by the reason recorded with it. The reasons add up to the total.</source>
        <translation>Beslut om ”ej inskriven” daterade inom perioden, varje beslut en gång, fördelade på den orsak som registrerats för beslutet. Orsakerna summerar till det totala antalet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="794"/>
        <source>Enrolments dated in the period (the day the contract was signed). Each enrolment counts once: a person discharged and enrolled again within the period counts twice; “people enrolled” counts each person once.</source>
        <translation>Inskrivningar daterade inom perioden (dagen då kontraktet skrevs under). Varje inskrivning räknas en gång: en person som skrivs ut och skrivs in igen under perioden räknas två gånger. ”Inskrivna personer” räknar varje person en gång.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="811"/>
        <source>Enrolments in the period that are the person&apos;s second or later, after a discharge. First enrolments and re-enrolments add up to the enrolments.</source>
        <translation>Inskrivningar under perioden som är personens andra eller senare, efter en utskrivning. Förstagångsinskrivningar och återinskrivningar summerar till antalet inskrivningar.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="819"/>
        <source>Discharges dated in the period, each once, by the outcome recorded. The outcomes add up to the total.</source>
        <translation>Utskrivningar daterade inom perioden, var och en en gång, fördelade på det registrerade utfallet. Utfallen summerar till det totala antalet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="859"/>
        <source>The people enrolled at the end of the reference day by their phase that day. The phases add up to the enrolled.</source>
        <translation>De personer som är inskrivna vid referensdagens slut, fördelade på den fas de var i den dagen. Faserna summerar till antalet inskrivna.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="867"/>
        <source>The outcome model on the reference day: everyone with an enrolment that started on or before it, those discharged earlier too, each in exactly one category, from the path as it stood that day.</source>
        <translation>Utfallsmodellen på referensdagen: alla med en inskrivning som började senast den dagen, även de som skrivits ut tidigare, var och en i exakt en kategori, utifrån vägen så som den såg ut den dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="894"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="954"/>
        <source>Results as they stand (a correction replaces what it corrects) with a test date in the period; every result counts once, a no-show too.</source>
        <translation>Resultaten som de ser ut nu (en rättelse ersätter det den rättar) med provtagningsdatum inom perioden. Varje resultat räknas en gång, även ett uteblivet prov.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="979"/>
        <source>The sum of each result&apos;s price, the provider&apos;s price on the test day; a result without a price, such as a no-show, costs 0.</source>
        <translation>Summan av alla resultats pris, dvs. leverantörens pris på provtagningsdagen. Ett resultat utan pris, till exempel ett uteblivet prov, kostar 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="986"/>
        <source>Drug tests by month</source>
        <translation>Drogtester per månad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="987"/>
        <source>The same by calendar month of the test date; the first and last month hold only the period&apos;s days.</source>
        <translation>Samma sak per kalendermånad för provtagningsdatumet. Första och sista månaden omfattar bara periodens dagar.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="994"/>
        <source>People (demographics)</source>
        <translation>Personer (demografi)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="995"/>
        <source>Enrolled in the period: people with an enrolment in the period (a first or a re-enrolment), each once, age in whole years on their first enrolment day in the period. Participants in the period: people enrolled at some time in the period, each once, age in whole years on the reference day.</source>
        <translation>Inskrivna under perioden: personer med en inskrivning under perioden (en första inskrivning eller en återinskrivning), var och en en gång, med ålder i hela år på sin första inskrivningsdag under perioden. Deltagare under perioden: personer som var inskrivna någon gång under perioden, var och en en gång, med ålder i hela år på referensdagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1004"/>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1005"/>
        <source>As recorded; read from the personnummer when it was not given.</source>
        <translation>Som det är registrerat. Om det inte har angetts hämtas det från personnumret.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1010"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1011"/>
        <source>Of the people with a birth date: the mean age (one decimal), the median (the middle age, or the mean of the two middle ones), the youngest and the oldest.</source>
        <translation>För personer med känt födelsedatum: medelålder (en decimal), median (den mittersta åldern, eller medelvärdet av de två mittersta), den yngsta och den äldsta.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1018"/>
        <source>Age bands</source>
        <translation>Åldersgrupper</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1019"/>
        <source>The people by age in whole years; without a birth date: unknown.</source>
        <translation>Personerna efter ålder i hela år. Utan födelsedatum: okänd.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1024"/>
        <source>Budget and state grant</source>
        <translation>Budget och statsbidrag</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1025"/>
        <source>The municipality&apos;s budgeted cost a year (2021: management 400, salaries 1,740, other staff costs 164, material 10, services 65 kSEK; 2,379 kSEK in all) and the state grant (1,908 kSEK). Every parameter can be changed in Färdväg.</source>
        <translation>Kommunens budgeterade kostnad per år (2021: ledning 400, löner 1&#xa0;740, övriga personalkostnader 164, material 10, tjänster 65 tkr; totalt 2&#xa0;379 tkr) och statsbidraget (1&#xa0;908 tkr). Alla parametrar kan ändras i Färdväg.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1033"/>
        <source>Alternative cost a year</source>
        <translation>Alternativkostnad per år</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1034"/>
        <source>What one person with ongoing drug use costs a year. NUTEK (2006), amphetamine and heroin, inflation-adjusted to 2020: municipality 327,116, justice system 769,937, society in total 1,977,339 SEK. SOU 2011:6, narcotics, adjusted 2011–2020: 304,211, 847,391 and 2,517,832 SEK.</source>
        <translation>Vad en person med pågående missbruk kostar per år. NUTEK (2006), amfetamin och heroin, inflationsjusterat till 2020: kommunen 327&#xa0;116, rättsväsendet 769&#xa0;937, samhället totalt 1&#xa0;977&#xa0;339 kr. SOU 2011:6, narkotika, justerat 2011–2020: 304&#xa0;211, 847&#xa0;391 och 2&#xa0;517&#xa0;832 kr.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1043"/>
        <source>The evaluation&apos;s computation</source>
        <translation>Utvärderingens beräkning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1044"/>
        <source>Participants a year × the alternative cost a year (20 × 327,116 = 6,542,320 SEK for the municipality), and the same minus the municipality&apos;s budgeted cost.</source>
        <translation>Deltagare per år × alternativkostnaden per år (20 × 327&#xa0;116 = 6&#xa0;542&#xa0;320 kr för kommunen), och samma belopp minus kommunens budgeterade kostnad.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1051"/>
        <source>One person to retirement</source>
        <translation>En person fram till pension</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1052"/>
        <source>The municipality&apos;s alternative cost for one person from the age at start to the retirement age: (65 − 30) × 327,116 = 11,449,060 SEK, the evaluation&apos;s “about 11.5 million”.</source>
        <translation>Kommunens alternativkostnad för en person från åldern vid start till pensionsåldern: (65 − 30) × 327&#xa0;116 = 11&#xa0;449&#xa0;060 kr, utvärderingens ”cirka 11,5 miljoner”.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1060"/>
        <source>The period&apos;s computation</source>
        <translation>Periodens beräkning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1061"/>
        <source>The same for the period&apos;s own participants: person-years enrolled (the mean number enrolled × the period&apos;s length in years: months / 12, or days / 365.25 for dates or a period not yet over) × the alternative cost a year, and the same minus the budget for the period&apos;s length.</source>
        <translation>Samma beräkning för periodens egna deltagare: inskrivna personår (genomsnittligt antal inskrivna × periodens längd i år: månader / 12, eller dagar / 365,25 för valda datum eller en period som inte är slut) × alternativkostnaden per år, och samma belopp minus budgeten för periodens längd.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1368"/>
        <source>Started</source>
        <translation>Påbörjade</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1369"/>
        <source>Active at the end</source>
        <translation>Pågående vid slutet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1370"/>
        <source>Ended</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1371"/>
        <source>Completed</source>
        <translation>Genomförda</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1372"/>
        <source>Ended early</source>
        <translation>Avbrutna i förtid</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1441"/>
        <source>Negative</source>
        <translation>Negativt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1442"/>
        <source>Positive</source>
        <translation>Positivt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1443"/>
        <source>No-show</source>
        <translation>Uteblivet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1444"/>
        <source>Refused</source>
        <translation>Vägrat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1445"/>
        <source>Dilute or invalid</source>
        <translation>Utspätt eller ogiltigt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1446"/>
        <source>Medical exemption</source>
        <translation>Medicinskt undantag</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1447"/>
        <source>Admitted use</source>
        <translation>Erkänt bruk</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1448"/>
        <source>Results in total</source>
        <translation>Resultat totalt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1450"/>
        <source>Cost, SEK</source>
        <translation>Kostnad, kr</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1669"/>
        <source>Not enrolled (decisions)</source>
        <translation>Ej inskrivna (beslut)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1717"/>
        <source>On the path</source>
        <translation>På vägen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1723"/>
        <source>Off the path</source>
        <translation>Utanför vägen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1729"/>
        <source>Discharged (outcome model)</source>
        <translation>Utskrivna (utfallsmodellen)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1735"/>
        <source>Share on the path (goal 50 %)</source>
        <translation>Andel på vägen (mål 50 %)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1747"/>
        <source>OSA placements active at the end</source>
        <translation>OSA-placeringar pågående vid slutet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1765"/>
        <source>Positive results</source>
        <translation>Positiva resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1771"/>
        <source>No-shows</source>
        <translation>Uteblivna prov</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1777"/>
        <source>Drug-test cost, SEK</source>
        <translation>Kostnad för drogtester, kr</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1888"/>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <location filename="../../desktop/core/steering.py" line="1889"/>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="118"/>
        <location filename="../../desktop/services/steering.py" line="119"/>
        <source>charts</source>
        <translation>diagram</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="120"/>
        <source>images</source>
        <translation>bilder</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="121"/>
        <source>drawings or shapes</source>
        <translation>teckningar eller figurer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="122"/>
        <location filename="../../desktop/services/steering.py" line="123"/>
        <source>pivot tables</source>
        <translation>pivottabeller</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="124"/>
        <source>macros</source>
        <translation>makron</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="125"/>
        <location filename="../../desktop/services/steering.py" line="126"/>
        <source>embedded objects</source>
        <translation>inbäddade objekt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="127"/>
        <location filename="../../desktop/services/steering.py" line="128"/>
        <source>form controls</source>
        <translation>formulärkontroller</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="129"/>
        <location filename="../../desktop/services/steering.py" line="130"/>
        <source>slicers</source>
        <translation>utsnitt</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="131"/>
        <source>timelines</source>
        <translation>tidslinjer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/steering.py" line="132"/>
        <source>a data model</source>
        <translation>en datamodell</translation>
    </message>
</context>
<context>
    <name>TestList</name>
    <message>
        <location filename="../../desktop/reports/test_list.py" line="53"/>
        <source>Drug tests {date}</source>
        <translation>Drogtester {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/test_list.py" line="59"/>
        <source>Tick the box when the sample is taken and write the sample id and the time. Enter the results in Färdväg.</source>
        <translation>Kryssa i rutan när provet är taget och skriv prov-id och tid. Registrera resultaten i Färdväg.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/test_list.py" line="73"/>
        <source>Nobody is to be tested on this day.</source>
        <translation>Ingen ska testas den här dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/test_list.py" line="88"/>
        <source>Provider: {provider}</source>
        <translation>Leverantör: {provider}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/test_list.py" line="97"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/test_list.py" line="98"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/test_list.py" line="99"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/test_list.py" line="100"/>
        <source>Provider</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/test_list.py" line="101"/>
        <source>Sample id</source>
        <translation>Prov-id</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/test_list.py" line="102"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/test_list.py" line="147"/>
        <source>{count} to be tested</source>
        <translation>Antal som ska testas: {count}</translation>
    </message>
</context>
<context>
    <name>TextBlock</name>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="392"/>
        <source>own wording</source>
        <translation>egen formulering</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="394"/>
        <source>Reset to standard text</source>
        <translation>Återställ till standardtext</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/form_texts.py" line="396"/>
        <source>Put the shipped wording back in this block</source>
        <translation>Sätt tillbaka den levererade texten i det här fältet</translation>
    </message>
</context>
<context>
    <name>Todo</name>
    <message>
        <location filename="../../desktop/core/todo.py" line="207"/>
        <source>The 14-month limit is reached on {date}.</source>
        <translation>14-månadersgränsen nås {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="225"/>
        <source>Action-plan goal overdue: {goal}</source>
        <translation>Mål i åtgärdsplanen försenat: {goal}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="247"/>
        <source>Follow-up due: {goal}</source>
        <translation>Dags för uppföljning: {goal}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="269"/>
        <source>Referral of {date} still without a decision.</source>
        <translation>Remissen från {date} saknar fortfarande beslut.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="300"/>
        <source>Drawn for a test on {date}; no result yet.</source>
        <translation>Lottad till provtagning {date}; inget resultat ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="320"/>
        <source>No-show at the drug test on {date}.</source>
        <translation>Uteblev från drogtestet {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="348"/>
        <source>{substance} values are rising.</source>
        <translation>Värdena för {substance} stiger.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="381"/>
        <source>Enrolled in phase 1–2 without a drug-test schedule.</source>
        <translation>Inskriven i fas 1–2 utan schema för drogtester.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="403"/>
        <source>OSA ends {date} and there is no plan for after OSA.</source>
        <translation>OSA-placeringen slutar {date} och det finns ingen plan för tiden efter OSA.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="430"/>
        <source>The OSA placement runs past the 14-month limit ({date}).</source>
        <translation>OSA-placeringen pågår längre än 14-månadersgränsen ({date}).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="469"/>
        <source>The consent “{consent_kind}” ends on {date}.</source>
        <translation>Samtycket ”{consent_kind}” slutar gälla {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="509"/>
        <source>Enrolled without a valid consent to share information.</source>
        <translation>Inskriven utan giltigt samtycke till att dela uppgifter.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="539"/>
        <source>Consent withdrawn on {date}: tell {consent_unit} that it is withdrawn.</source>
        <translation>Samtycket återkallades {date}: meddela {consent_unit} att det är återkallat.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="580"/>
        <source>The backup folder cannot be reached. Connect the network drive, then make a backup under File → Backups.</source>
        <translation>Säkerhetskopieringsmappen går inte att nå. Anslut nätverksenheten och gör sedan en säkerhetskopia under Arkiv → Säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="585"/>
        <source>There is no good backup yet. Make one under File → Backups.</source>
        <translation>Det finns ingen lyckad säkerhetskopia än. Gör en under Arkiv → Säkerhetskopior.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="588"/>
        <source>The last good backup is from {date}, more than two days ago. Make one under File → Backups.</source>
        <translation>Den senaste lyckade säkerhetskopian är från {date}, mer än två dagar sedan. Gör en under Arkiv → Säkerhetskopior.</translation>
    </message>
</context>
<context>
    <name>TodoTableModel</name>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="116"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="116"/>
        <source>What</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="116"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="120"/>
        <source>Handled</source>
        <translation>Hanterad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="122"/>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="124"/>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="125"/>
        <source>Soon</source>
        <translation>Snart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="126"/>
        <source>Note</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="140"/>
        <source>The unit</source>
        <translation>Enheten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="146"/>
        <source>Responsible: {name}</source>
        <translation>Ansvarig: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="153"/>
        <source>Handled by {name} on {date}: {reason}</source>
        <translation>Hanterad av {name} {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/ui/common/charts.py" line="139"/>
        <location filename="../../desktop/ui/common/charts.py" line="205"/>
        <source>Trend chart</source>
        <translation>Trenddiagram</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/charts.py" line="235"/>
        <location filename="../../desktop/ui/common/charts.py" line="447"/>
        <source>No values yet</source>
        <translation>Inga värden ännu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/charts.py" line="240"/>
        <source>{name}: no values</source>
        <translation>{name}: inga värden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/charts.py" line="244"/>
        <source>{name}: {value} on {date}</source>
        <translation>{name}: {value} den {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/charts.py" line="252"/>
        <source>{name}: first {first} on {first_date}, latest {latest} on {latest_date} ({count} values)</source>
        <translation>{name}: först {first} den {first_date}, senast {latest} den {latest_date} ({count} värden)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/charts.py" line="266"/>
        <source>Line at {value}: {label}</source>
        <translation>Referenslinje vid {value}: {label}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/charts.py" line="498"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="118"/>
        <source>The unit</source>
        <translation>Enheten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="119"/>
        <source>Shown on screen and on everything Färdväg prints.</source>
        <translation>Visas på skärmen och på allt som Färdväg skriver ut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="122"/>
        <source>&amp;Unit name</source>
        <translation>&amp;Enhetens namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="123"/>
        <source>e.g. Chansen</source>
        <translation>t.ex. Chansen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="124"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="125"/>
        <source>e.g. Borås stad</source>
        <translation>t.ex. Borås stad</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="59"/>
        <location filename="../../desktop/ui/admin/users.py" line="86"/>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="60"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Lägg till användare…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="61"/>
        <source>Set &amp;password…</source>
        <translation>&amp;Nytt lösenord…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="62"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="63"/>
        <source>&amp;Enable again…</source>
        <translation>Aktivera &amp;igen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="143"/>
        <source>Remove user</source>
        <translation>Ta bort användare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="145"/>
        <source>Remove {name}? They can no longer sign in. What they did stays in the log. If they may have kept a copy of the register, also give the register a new key.</source>
        <translation>Vill du ta bort {name}? Personen kan då inte längre logga in. Det personen har gjort finns kvar i loggen. Om personen kan ha sparat en kopia av registret ska du också ge registret en ny nyckel.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="28"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="28"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="28"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="38"/>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="40"/>
        <source>Must change password</source>
        <translation>Måste byta lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/users.py" line="41"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="387"/>
        <source>Consent entered by mistake</source>
        <translation>Samtycke registrerat av misstag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="391"/>
        <source>Use this only for an entry that was a mistake, such as the wrong person or the wrong dates. If the person changed their mind, withdraw the consent instead.</source>
        <translation>Använd det här bara för en registrering som blev fel, till exempel fel person eller fel datum. Om personen har ändrat sig ska du återkalla samtycket i stället.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="397"/>
        <source>&amp;Why it was a mistake</source>
        <translation>&amp;Varför det blev fel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="398"/>
        <source>Mark as entered by mistake</source>
        <translation>Markera som registrerat av misstag</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="59"/>
        <source>Welcome to Färdväg</source>
        <translation>Välkommen till Färdväg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="64"/>
        <source>Färdväg keeps the unit&apos;s participants, plans, notes, drug tests and placements in one encrypted register on this computer. Nobody can read it without a password. This guide creates the register, names the unit and makes you its first administrator.</source>
        <translation>Färdväg samlar enhetens deltagare, planer, anteckningar, drogtester och arbetsplaceringar i ett krypterat register på den här datorn. Ingen kan läsa det utan lösenord. Den här guiden skapar registret, ger enheten ett namn och gör dig till registrets första administratör.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="76"/>
        <source>Choose another &amp;place…</source>
        <translation>Välj en annan &amp;plats…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="77"/>
        <source>&amp;Open an existing register…</source>
        <translation>Öppna ett befintligt &amp;register…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="93"/>
        <source>The register will be saved as: {path}</source>
        <translation>Registret sparas som: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="99"/>
        <source>Where to save the register</source>
        <translation>Var registret ska sparas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="101"/>
        <source>Färdväg register (*.fardvag)</source>
        <translation>Färdväg-register (*.fardvag)</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="313"/>
        <location filename="../../desktop/ui/consent/dialogs.py" line="338"/>
        <source>Withdraw consent</source>
        <translation>Återkalla samtycke</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="317"/>
        <source>Withdrawn on</source>
        <translation>Återkallat den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="318"/>
        <source>&amp;Withdrawn on</source>
        <translation>Återkallat &amp;den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="319"/>
        <source>&amp;How</source>
        <translation>På vilket &amp;sätt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="320"/>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="323"/>
        <source>From this day on nothing under this consent may be shared. What was shared before stays shared: the units that received it are told that the consent is withdrawn.</source>
        <translation>Från och med den dagen får ingenting lämnas ut med stöd av det här samtycket. Det som redan har lämnats ut förblir utlämnat: de enheter som har fått uppgifterna får besked om att samtycket är återkallat.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="348"/>
        <source>These units have received data under this consent; tell them:</source>
        <translation>De här enheterna har fått uppgifter med stöd av samtycket. Meddela dem:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="355"/>
        <source>No unit has received data about the person under this consent.</source>
        <translation>Ingen enhet har fått uppgifter om personen med stöd av det här samtycket.</translation>
    </message>
</context>
<context>
    <name>WorkplaceDialog</name>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="125"/>
        <source>Workplace</source>
        <translation>Arbetsplats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="125"/>
        <source>New workplace</source>
        <translation>Ny arbetsplats</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="127"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="128"/>
        <source>Organisational &amp;unit</source>
        <translation>Organisatorisk &amp;enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="131"/>
        <source>&amp;Employer type</source>
        <translation>&amp;Typ av arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="135"/>
        <source>&amp;Organisation number</source>
        <translation>&amp;Organisationsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="138"/>
        <source>&amp;Address</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="140"/>
        <source>&amp;Supervisor</source>
        <translation>&amp;Handledare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="143"/>
        <source>Supervisor&apos;s &amp;phone</source>
        <translation>Handledarens tele&amp;fon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="146"/>
        <source>Supervisor&apos;s &amp;e-mail</source>
        <translation>Handledarens e-&amp;post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="149"/>
        <source>&amp;Kinds of work</source>
        <translation>A&amp;rbetsuppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="151"/>
        <source>e.g. recycling, forestry</source>
        <translation>t.ex. återvinning, skogsarbete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="155"/>
        <source>Number of p&amp;laces</source>
        <translation>Antal p&amp;latser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="157"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="157"/>
        <source>A&amp;ctive: takes new placements</source>
        <translation>A&amp;ktiv: tar emot nya placeringar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/dialogs.py" line="160"/>
        <source>Save workplace</source>
        <translation>Spara arbetsplats</translation>
    </message>
</context>
<context>
    <name>WorkplacesModel</name>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="147"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="148"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="149"/>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="150"/>
        <source>Org. number</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="151"/>
        <source>Supervisor</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="152"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="153"/>
        <source>Kinds of work</source>
        <translation>Arbetsuppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="154"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="155"/>
        <source>Free now</source>
        <translation>Lediga nu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="156"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="171"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/osa/section.py" line="171"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>_ChoiceList</name>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="554"/>
        <source>&amp;Add entry</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="555"/>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="556"/>
        <source>Re&amp;move</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consent/dialogs.py" line="589"/>
        <source>One of the programme&apos;s own entries: untick it to stop using it.</source>
        <translation>En av programmets egna poster: kryssa ur den för att sluta använda den.</translation>
    </message>
</context>
</TS>
