<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/cli.py" line="40"/>
        <source>Standard input ended before all passwords were read.</source>
        <translation>Standardinmatningen tog slut innan alla lösenord hade lästs in.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="43"/>
        <source>Repeat</source>
        <translation>Upprepa</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="44"/>
        <source>The two entries were not the same.</source>
        <translation>De två inmatningarna stämde inte överens.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="51"/>
        <source>Recovery key. Write it down or print it now and keep it locked away: it is shown only this once, and it opens the register if every password is forgotten.</source>
        <translation>Återställningsnyckel. Skriv ner den eller skriv ut den nu och förvara den inlåst. Den visas bara den här gången, och den öppnar registret om alla lösenord har glömts bort.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="67"/>
        <source>Password for {user}</source>
        <translation>Lösenord för {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="73"/>
        <location filename="../../desktop/cli.py" line="124"/>
        <location filename="../../desktop/cli.py" line="259"/>
        <source>New password for {user}</source>
        <translation>Nytt lösenord för {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="78"/>
        <source>Created the register {path}.</source>
        <translation>Registret {path} har skapats.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="85"/>
        <source>key</source>
        <translation>nyckeln</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="86"/>
        <source>encrypted</source>
        <translation>krypterad</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="87"/>
        <source>SQLCipher page check</source>
        <translation>SQLCiphers sidkontroll</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="88"/>
        <source>SQLite structure check</source>
        <translation>SQLites strukturkontroll</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="89"/>
        <source>audit chain</source>
        <translation>loggkedjan</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="94"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="94"/>
        <source>FAILED</source>
        <translation>FEL</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="103"/>
        <source>Password for the new user {user}</source>
        <translation>Lösenord för den nya användaren {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="106"/>
        <source>Added {user}.</source>
        <translation>{user} har lagts till.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="113"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="115"/>
        <source>Password changed.</source>
        <translation>Lösenordet har ändrats.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="122"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="127"/>
        <source>{user} can sign in with the new password. Set new passwords for the others.</source>
        <translation>{user} kan logga in med det nya lösenordet. Ge de andra användarna nya lösenord.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="139"/>
        <source>Removed {user}. If they may have kept a copy of the register, run rotate-key.</source>
        <translation>{user} har tagits bort. Om personen kan ha sparat en kopia av registret ska du köra rotate-key.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="150"/>
        <source>The register has a new key. The old recovery key no longer works.</source>
        <translation>Registret har fått en ny nyckel. Den gamla återställningsnyckeln fungerar inte längre.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="232"/>
        <source>No list for {date}: not a staffed day, or nobody opened it that day.</source>
        <translation>Det finns ingen lista för {date}: det är inte en bemannad dag, eller så öppnade ingen listan den dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="246"/>
        <source>Wrote the list for {date} ({count} people) to {path}.</source>
        <translation>Listan för {date} (antal personer: {count}) har sparats i {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="262"/>
        <source>Created the demo register {path} (user demo).</source>
        <translation>Demoregistret {path} har skapats (användare demo).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="269"/>
        <source>Färdväg: the unit&apos;s encrypted register. Without a command: the window.</source>
        <translation>Färdväg: enhetens krypterade register. Utan kommando öppnas fönstret.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="272"/>
        <location filename="../../desktop/cli.py" line="301"/>
        <location filename="../../desktop/cli.py" line="362"/>
        <source>show this help and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="277"/>
        <source>show the version and exit</source>
        <translation>visa versionen och avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="279"/>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="280"/>
        <source>show technical details</source>
        <translation>visa tekniska detaljer</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="285"/>
        <source>check that this installation works, headless; exit code 0 if it does</source>
        <translation>kontrollera att installationen fungerar, utan fönster; slutkod 0 om den gör det</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="291"/>
        <source>register file (default: the last one used, or {path})</source>
        <translation>registerfil (standard: den som användes senast, eller {path})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="344"/>
        <source>list everyone: number, name, status, phase</source>
        <translation>lista alla: nummer, namn, status, fas</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="345"/>
        <source>as JSON</source>
        <translation>som JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="347"/>
        <source>the outcome model and people counts for a date, as JSON</source>
        <translation>utfallsmodellen och antal personer på ett visst datum, som JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="349"/>
        <location filename="../../desktop/cli.py" line="355"/>
        <source>the date (default: today)</source>
        <translation>datumet (standard: i dag)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="350"/>
        <source>create a demo register with fictitious people</source>
        <translation>skapa ett demoregister med påhittade personer</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="352"/>
        <source>write a document: tests-today (the day&apos;s drug-test list)</source>
        <translation>skapa ett dokument: tests-today (dagens lista över drogtester)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="354"/>
        <source>what to write</source>
        <translation>vad som ska skapas</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="356"/>
        <source>the PDF to write</source>
        <translation>PDF-filen som ska skapas</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="359"/>
        <source>render every screen to PNG files, with a throw-away register</source>
        <translation>spara varje skärm som en PNG-fil, med ett tillfälligt register</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="364"/>
        <source>folder for the PNG files</source>
        <translation>mapp för PNG-filerna</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="393"/>
        <source>Wrote {count} screenshots to {folder}.</source>
        <translation>{count} skärmbilder har sparats i {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="307"/>
        <source>register file</source>
        <translation>registerfil</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="310"/>
        <source>your user name</source>
        <translation>ditt användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="314"/>
        <source>read passwords from standard input, one per line</source>
        <translation>läs lösenord från standardinmatningen, ett per rad</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="319"/>
        <source>create a new register and its first administrator</source>
        <translation>skapa ett nytt register och dess första administratör</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="321"/>
        <location filename="../../desktop/cli.py" line="327"/>
        <source>full name shown in the program</source>
        <translation>fullständigt namn som visas i programmet</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="323"/>
        <source>check the key, the file and the audit chain</source>
        <translation>kontrollera nyckeln, filen och loggkedjan</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="324"/>
        <source>add a user (administrators only)</source>
        <translation>lägg till en användare (bara administratörer)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="325"/>
        <source>the new user&apos;s name</source>
        <translation>den nya användarens användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="333"/>
        <source>admin: also users, settings and the audit log</source>
        <translation>admin: även användare, inställningar och loggen</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="335"/>
        <source>change your own password</source>
        <translation>byt ditt eget lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="339"/>
        <source>open with the recovery key and set a new password for a user</source>
        <translation>öppna med återställningsnyckeln och ge en användare ett nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="341"/>
        <source>remove a user (administrators only)</source>
        <translation>ta bort en användare (bara administratörer)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="342"/>
        <source>the user to remove</source>
        <translation>användaren som ska tas bort</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="343"/>
        <source>give the register a new key and recovery key</source>
        <translation>ge registret en ny nyckel och en ny återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="411"/>
        <source>Unexpected error ({kind}). Run again with --debug for details.</source>
        <translation>Oväntat fel ({kind}). Kör igen med --debug för att se detaljer.</translation>
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
        <location filename="../../desktop/ui/common/dialogs.py" line="52"/>
        <source>Add user</source>
        <translation>Lägg till användare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="55"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="56"/>
        <source>&amp;Full name</source>
        <translation>&amp;Fullständigt namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="60"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="62"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="62"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="65"/>
        <source>R&amp;epeat password</source>
        <translation>&amp;Upprepa lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="65"/>
        <source>Repeat password</source>
        <translation>Upprepa lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="69"/>
        <source>Tell the new user this password in person. They choose one of their own at the first sign-in.</source>
        <translation>Ge lösenordet till den nya användaren personligen. Vid första inloggningen väljer användaren ett eget lösenord.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="77"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="141"/>
        <source>The first administrator</source>
        <translation>Den första administratören</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="144"/>
        <source>That is you. Administrators add the other staff, change settings and read the log.</source>
        <translation>Det är du. Administratörer lägger till övrig personal, ändrar inställningar och läser loggen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="148"/>
        <source>&amp;Create register</source>
        <translation>&amp;Skapa registret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="151"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="152"/>
        <source>&amp;Full name</source>
        <translation>&amp;Fullständigt namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="154"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="154"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="157"/>
        <source>R&amp;epeat password</source>
        <translation>&amp;Upprepa lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="157"/>
        <source>Repeat password</source>
        <translation>Upprepa lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="162"/>
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
    <name>App</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="240"/>
        <source>Färdväg is locked. Sign in to go on.</source>
        <translation>Färdväg är låst. Logga in för att fortsätta.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="244"/>
        <source>Färdväg was locked after {minutes} minutes without activity.</source>
        <translation>Färdväg låstes efter {minutes} minuter utan aktivitet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="250"/>
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
        <location filename="../../desktop/core/errors.py" line="30"/>
        <source>The user name or the password is wrong.</source>
        <translation>Användarnamnet eller lösenordet är fel.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="39"/>
        <source>After several failed attempts you must wait {seconds} s.</source>
        <translation>Efter flera misslyckade försök måste du vänta {seconds} sekunder.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="48"/>
        <source>Too many failed sign-in attempts. Wait {seconds} s before you try again.</source>
        <translation>För många misslyckade inloggningsförsök. Vänta {seconds} sekunder innan du försöker igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="61"/>
        <source>The register file is damaged and cannot be opened safely. Do not delete it: contact whoever looks after the unit&apos;s computers, and restore the latest backup.</source>
        <translation>Registerfilen är skadad och kan inte öppnas på ett säkert sätt. Radera den inte. Kontakta den som sköter enhetens datorer och återställ den senaste säkerhetskopian.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="75"/>
        <source>The register was saved by a newer version of Färdväg (format {found}, this version reads up to {supported}). Install the newer version; the register was not changed.</source>
        <translation>Registret har sparats av en nyare version av Färdväg (format {found}, den här versionen kan läsa upp till {supported}). Installera den nyare versionen. Registret har inte ändrats.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="88"/>
        <source>The register is open by {user} on the computer {computer} since {since}. Ask them to close Färdväg, then try again.</source>
        <translation>Registret har varit öppet hos {user} på datorn {computer} sedan {since}. Be personen att stänga Färdväg och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="101"/>
        <source>The file with the register&apos;s keys is missing. Open the register with the recovery key, then set new passwords.</source>
        <translation>Nyckelfilen till registret saknas. Öppna registret med återställningsnyckeln och välj sedan nya lösenord.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="109"/>
        <source>There is no register at {path}.</source>
        <translation>Det finns inget register på {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="116"/>
        <source>There is already a register at {path}. Choose another file name.</source>
        <translation>Det finns redan ett register på {path}. Välj ett annat filnamn.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/errors.py" line="125"/>
        <source>Only an administrator may do this.</source>
        <translation>Det här får bara en administratör göra.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/recovery.py" line="21"/>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four, as printed on the recovery sheet.</source>
        <translation>Det är ingen återställningsnyckel. En återställningsnyckel har 32 bokstäver och siffror i grupper om fyra, så som den står på återställningsbladet.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="76"/>
        <source>The recovery key does not open this register.</source>
        <translation>Återställningsnyckeln öppnar inte det här registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="80"/>
        <source>This account is disabled. Ask an administrator to enable it again.</source>
        <translation>Det här kontot är avstängt. Be en administratör att aktivera det igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="86"/>
        <source>The register could not be updated for this version of Färdväg and was left as it was. A copy from before the update is at {copy}.</source>
        <translation>Registret kunde inte uppdateras för den här versionen av Färdväg och har lämnats som det var. En kopia från före uppdateringen finns på {copy}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="680"/>
        <source>That user name is reserved.</source>
        <translation>Det användarnamnet är reserverat.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="684"/>
        <source>There is already a user called {username}.</source>
        <translation>Det finns redan en användare som heter {username}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="709"/>
        <source>There is no user called {username}.</source>
        <translation>Det finns ingen användare som heter {username}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="737"/>
        <source>The new password must differ from the old one.</source>
        <translation>Det nya lösenordet måste skilja sig från det gamla.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="762"/>
        <source>You cannot remove yourself.</source>
        <translation>Du kan inte ta bort dig själv.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="766"/>
        <source>The last administrator cannot be removed.</source>
        <translation>Den sista administratören kan inte tas bort.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/settings.py" line="36"/>
        <source>Give the unit a name.</source>
        <translation>Ge enheten ett namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="73"/>
        <location filename="../../desktop/core/records.py" line="90"/>
        <source>This must be filled in.</source>
        <translation>Det här måste fyllas i.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="76"/>
        <location filename="../../desktop/core/records.py" line="93"/>
        <location filename="../../desktop/core/records.py" line="102"/>
        <location filename="../../desktop/core/records.py" line="253"/>
        <location filename="../../desktop/core/settings.py" line="41"/>
        <source>At most {max} characters.</source>
        <translation>Högst {max} tecken.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="104"/>
        <source>Not a valid organisation number (NNNNNN-NNNN).</source>
        <translation>Det är inget giltigt organisationsnummer (NNNNNN-NNNN).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="107"/>
        <source>Between 1 and 100 places.</source>
        <translation>Mellan 1 och 100 platser.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="111"/>
        <location filename="../../desktop/core/records.py" line="188"/>
        <source>Not an e-mail address.</source>
        <translation>Det är ingen e-postadress.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="149"/>
        <source>Give the date of AF&apos;s decision.</source>
        <translation>Ange datumet för AF:s beslut.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="154"/>
        <source>The decision cannot come before the request.</source>
        <translation>Beslutet kan inte komma före begäran.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="211"/>
        <location filename="../../desktop/core/osa.py" line="250"/>
        <source>The end is before the start.</source>
        <translation>Slutdatumet är före startdatumet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="216"/>
        <source>An OSA placement lasts at most 12 months (until {date}); longer only with an extension decided by AF.</source>
        <translation>En OSA-placering pågår i högst 12 månader (till {date}). Den kan bara bli längre om AF beslutar om förlängning.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="227"/>
        <source>An extension ends after the planned end.</source>
        <translation>En förlängning måste sluta efter det planerade slutdatumet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="232"/>
        <source>An extension needs AF&apos;s decision date and a reason.</source>
        <translation>En förlängning kräver datum för AF:s beslut och ett skäl.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="238"/>
        <source>Between 1 and 40 hours.</source>
        <translation>Mellan 1 och 40 timmar.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="244"/>
        <source>An ended placement needs its end date and reason.</source>
        <translation>En avslutad placering behöver slutdatum och orsak.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/records.py" line="250"/>
        <source>Write the note first.</source>
        <translation>Skriv anteckningen först.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/records.py" line="284"/>
        <source>Rate from 1 to 5.</source>
        <translation>Ange ett värde från 1 till 5.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/settings.py" line="47"/>
        <source>Choose between {min} and {max} minutes.</source>
        <translation>Välj mellan {min} och {max} minuter.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/settings.py" line="52"/>
        <source>Unknown language.</source>
        <translation>Okänt språk.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="215"/>
        <source>The date {date} is in the future.</source>
        <translation>Datumet {date} ligger i framtiden.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="220"/>
        <source>The date {date} is before the latest step on the path ({latest}). Steps are recorded in the order they happened.</source>
        <translation>Datumet {date} är före det senaste steget på vägen ({latest}). Stegen registreras i den ordning de hände.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="235"/>
        <source>There is already an open referral or enrolment. Discharge or close it before a new referral.</source>
        <translation>Det finns redan en öppen remiss eller inskrivning. Skriv ut eller avsluta den innan du registrerar en ny remiss.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="256"/>
        <source>This step belongs to the intake after a referral. Record a referral first.</source>
        <translation>Det här steget hör till handläggningen efter en remiss. Registrera en remiss först.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="265"/>
        <source>Consent to the security check is already recorded.</source>
        <translation>Samtycket till säkerhetskontrollen är redan registrerat.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="272"/>
        <source>The security check needs the person&apos;s consent first (R20).</source>
        <translation>Säkerhetskontrollen kräver först personens samtycke (R20).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="278"/>
        <source>The result of the security check is already recorded.</source>
        <translation>Resultatet av säkerhetskontrollen är redan registrerat.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="287"/>
        <source>The mapping interview comes after the security check&apos;s result.</source>
        <translation>Kartläggningssamtalet kommer efter resultatet av säkerhetskontrollen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="293"/>
        <source>The mapping interview is already recorded.</source>
        <translation>Kartläggningssamtalet är redan registrerat.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="306"/>
        <source>The decision comes after the mapping interview.</source>
        <translation>Beslutet kommer efter kartläggningssamtalet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="316"/>
        <source>Not every enrolment criterion is met ({criteria}). A person who does not meet them cannot be enrolled (R2).</source>
        <translation>Alla inskrivningskriterier är inte uppfyllda ({criteria}). En person som inte uppfyller dem kan inte skrivas in (R2).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="325"/>
        <source>The security check found ongoing criminality: the person cannot be enrolled (R1).</source>
        <translation>Säkerhetskontrollen visade pågående kriminalitet: personen kan inte skrivas in (R1).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="339"/>
        <source>Enrolment needs a decision to enrol first.</source>
        <translation>Inskrivning kräver först ett beslut om inskrivning.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="343"/>
        <source>On enrolment the participant signs the contract (R3). Record the enrolment when it is signed.</source>
        <translation>Vid inskrivningen skriver deltagaren under kontraktet (R3). Registrera inskrivningen när kontraktet är underskrivet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="361"/>
        <source>Only an enrolled participant changes phase.</source>
        <translation>Bara en inskriven deltagare kan byta fas.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="367"/>
        <source>The participant is already in that phase.</source>
        <translation>Deltagaren är redan i den fasen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="371"/>
        <source>The path does not go from {from_phase} to {to_phase}.</source>
        <translation>Vägen går inte från {from_phase} till {to_phase}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="384"/>
        <source>Only an enrolled participant can be discharged.</source>
        <translation>Bara en inskriven deltagare kan skrivas ut.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/path.py" line="389"/>
        <source>Unknown step on the path.</source>
        <translation>Okänt steg på vägen.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/personnummer.py" line="39"/>
        <source>Not a valid personnummer or samordningsnummer. Write it as YYMMDD-NNNN or YYYYMMDD-NNNN; check the digits.</source>
        <translation>Det är inget giltigt personnummer eller samordningsnummer. Skriv det som ÅÅMMDD-XXXX eller ÅÅÅÅMMDD-XXXX och kontrollera siffrorna.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/participants.py" line="76"/>
        <source>{name} ({internal_no}) already has this personnummer.</source>
        <translation>{name} ({internal_no}) har redan det här personnumret.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/participants.py" line="184"/>
        <source>That person is not in the register.</source>
        <translation>Den personen finns inte i registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/participants.py" line="299"/>
        <source>The personnummer of {name} is already in the register.</source>
        <translation>Personnumret för {name} finns redan i registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/participants.py" line="418"/>
        <source>The first referral cannot be taken back.</source>
        <translation>Den första remissen kan inte tas tillbaka.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/participants.py" line="498"/>
        <source>There is already a group called {name}.</source>
        <translation>Det finns redan en grupp som heter {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/participants.py" line="685"/>
        <source>The note to correct is not this person&apos;s.</source>
        <translation>Anteckningen som ska rättas hör inte till den här personen.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="119"/>
        <source>The file {file} is not an Excel workbook (.xlsx). Open it in Excel, save it as an Excel workbook (.xlsx) and choose it again.</source>
        <translation>Filen {file} är ingen Excel-arbetsbok (.xlsx). Öppna den i Excel, spara den som Excel-arbetsbok (.xlsx) och välj den igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="137"/>
        <source>The file {file} could not be opened: {reason}</source>
        <translation>Filen {file} kunde inte öppnas: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="902"/>
        <source>Nothing was imported: choose the columns for the name and the referral date first.</source>
        <translation>Inget importerades: välj först kolumnerna för namnet och remissdatumet.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="910"/>
        <source>Nothing was imported, because some rows are rejected (rows {rows}). Fix them in the file or leave them out of it, then check the file again.</source>
        <translation>Inget importerades eftersom några rader är avvisade (rad {rows}). Rätta dem i filen eller ta bort dem ur filen, och kontrollera sedan filen igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="919"/>
        <source>There is nothing to import: the file has no rows.</source>
        <translation>Det finns inget att importera: filen har inga rader.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/drugtests.py" line="173"/>
        <source>The schedule ends before it starts.</source>
        <translation>Schemat slutar innan det börjar.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/drugtests.py" line="176"/>
        <source>Choose at least one weekday.</source>
        <translation>Välj minst en veckodag.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/drugtests.py" line="180"/>
        <source>The minimum per week must not be above the maximum (0–5).</source>
        <translation>Minsta antalet per vecka får inte vara högre än högsta antalet (0–5).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/drugtests.py" line="186"/>
        <source>At most 3 tests fit in a week without two days in a row.</source>
        <translation>Högst 3 drogtester ryms på en vecka utan två dagar i rad.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/drugtests.py" line="194"/>
        <source>The target per week must lie between the minimum and the maximum.</source>
        <translation>Målet per vecka måste ligga mellan minsta och högsta antalet.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/drugtests.py" line="252"/>
        <source>{date} is not a staffed day.</source>
        <translation>{date} är inte en bemannad dag.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/drugtests.py" line="344"/>
        <source>Give at least one substance&apos;s result, or choose an outcome instead of a result.</source>
        <translation>Ange resultatet för minst en substans, eller välj ett annat utfall än analysresultat.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/drugtests.py" line="352"/>
        <source>A value cannot be negative.</source>
        <translation>Ett värde kan inte vara mindre än noll.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/drugtests.py" line="139"/>
        <source>Days ahead are never drawn or shown: the draw is made on the day itself.</source>
        <translation>Kommande dagar lottas och visas aldrig i förväg: lottningen görs samma dag.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/drugtests.py" line="175"/>
        <source>Choose at least one staffed weekday and a tolerance below 100 %.</source>
        <translation>Välj minst en bemannad veckodag och en tolerans under 100 %.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/drugtests.py" line="226"/>
        <source>Give the provider a name.</source>
        <translation>Ge leverantören ett namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/drugtests.py" line="228"/>
        <source>Two prices start on the same day.</source>
        <translation>Två priser börjar gälla samma dag.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/drugtests.py" line="241"/>
        <source>There is already a provider called {name}.</source>
        <translation>Det finns redan en leverantör som heter {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/drugtests.py" line="442"/>
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
        <location filename="../../desktop/ui/common/dialogs.py" line="161"/>
        <location filename="../../desktop/ui/common/dialogs.py" line="183"/>
        <source>Change password</source>
        <translation>Byt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="166"/>
        <source>An administrator set your password. Choose one of your own before you go on.</source>
        <translation>En administratör har valt ditt lösenord. Välj ett eget lösenord innan du fortsätter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="173"/>
        <source>&amp;Current password</source>
        <translation>Nu&amp;varande lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="173"/>
        <source>Current password</source>
        <translation>Nuvarande lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="176"/>
        <source>&amp;New password</source>
        <translation>&amp;Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="176"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="180"/>
        <source>R&amp;epeat new password</source>
        <translation>&amp;Upprepa nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="181"/>
        <source>Repeat new password</source>
        <translation>Upprepa nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="194"/>
        <source>That is not your current password.</source>
        <translation>Det är inte ditt nuvarande lösenord.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../../desktop/db/register.py" line="634"/>
        <source>{count} entries</source>
        <translation>{count} poster</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="636"/>
        <source>first broken entry: {seq}</source>
        <translation>första brutna posten: {seq}</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="613"/>
        <source>Recovery capital</source>
        <translation>Återhämtningskapital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="614"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="616"/>
        <source>&amp;Social capital</source>
        <translation>&amp;Socialt kapital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="617"/>
        <source>&amp;Physical capital</source>
        <translation>&amp;Fysiskt kapital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="618"/>
        <source>&amp;Human capital</source>
        <translation>&amp;Humant kapital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="619"/>
        <source>&amp;Cultural capital</source>
        <translation>&amp;Kulturellt kapital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="627"/>
        <source>C&amp;omment</source>
        <translation>K&amp;ommentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="629"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
</context>
<context>
    <name>CheckinsTableModel</name>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="156"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="157"/>
        <source>Social</source>
        <translation>Socialt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="158"/>
        <source>Physical</source>
        <translation>Fysiskt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="159"/>
        <source>Human</source>
        <translation>Humant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="160"/>
        <source>Cultural</source>
        <translation>Kulturellt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="161"/>
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
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="582"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="584"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="585"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="586"/>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="587"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="588"/>
        <source>&amp;E-mail</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="589"/>
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
        <location filename="../../desktop/ui/participants/person_window.py" line="137"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="138"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="139"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="140"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="141"/>
        <source>E-mail</source>
        <translation>E-post</translation>
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
    <name>DayTableModel</name>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="58"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="59"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="60"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="61"/>
        <source>Provider</source>
        <translation>Leverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="62"/>
        <source>Result entered</source>
        <translation>Resultat registrerat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="75"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="76"/>
        <source>Yes: {result}</source>
        <translation>Ja: {result}</translation>
    </message>
</context>
<context>
    <name>DrugTestSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="885"/>
        <source>Drug-test settings</source>
        <translation>Inställningar för drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="892"/>
        <source>Staffed weekdays</source>
        <translation>Bemannade veckodagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="895"/>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="911"/>
        <source>Closed days</source>
        <translation>Stängda dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="900"/>
        <source>Closed day</source>
        <translation>Stängd dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="901"/>
        <source>&amp;Add day</source>
        <translation>&amp;Lägg till dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="902"/>
        <source>&amp;Remove day</source>
        <translation>Ta &amp;bort dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="908"/>
        <source>Swedish public holidays are skipped without being listed here.</source>
        <translation>Svenska helgdagar hoppas över utan att du behöver lägga in dem här.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="930"/>
        <source>Random tests a week, by phase</source>
        <translation>Slumpade drogtester per vecka, per fas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="936"/>
        <source>&amp;Trend tolerance</source>
        <translation>&amp;Trendtolerans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="939"/>
        <source>A value that changes less than this share since the test before counts as steady, neither falling nor rising.</source>
        <translation>Ett värde som har ändrats mindre än så här mycket sedan föregående prov räknas som oförändrat, varken sjunkande eller stigande.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="945"/>
        <source>Save settings</source>
        <translation>Spara inställningar</translation>
    </message>
</context>
<context>
    <name>DrugTests</name>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="83"/>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="84"/>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="85"/>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="86"/>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="87"/>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="88"/>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="89"/>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="133"/>
        <source>{substance} positive{amount}</source>
        <translation>{substance} positivt{amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="140"/>
        <source>{substance} negative{amount}</source>
        <translation>{substance} negativt{amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="150"/>
        <source>All negative ({count} substances)</source>
        <translation>Alla negativa ({count} substanser)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="154"/>
        <source>{substance} negative</source>
        <translation>{substance} negativt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="160"/>
        <source>{count} more negative</source>
        <translation>ytterligare negativa: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="347"/>
        <source>Not tested</source>
        <translation>Ej testat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="348"/>
        <source>Negative</source>
        <translation>Negativt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="349"/>
        <source>Positive</source>
        <translation>Positivt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="353"/>
        <source>{substance}: value</source>
        <translation>{substance}: värde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="359"/>
        <source>{substance}: unit</source>
        <translation>{substance}: enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="365"/>
        <source>{substance}: cut-off</source>
        <translation>{substance}: gränsvärde</translation>
    </message>
</context>
<context>
    <name>DrugTestsSection</name>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="105"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="106"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="108"/>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="109"/>
        <source>&amp;Providers…</source>
        <translation>&amp;Leverantörer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="110"/>
        <source>&amp;Settings…</source>
        <translation>Inställ&amp;ningar…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="111"/>
        <source>Today&apos;s tests</source>
        <translation>Dagens provtagning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="128"/>
        <source>The day&apos;s tests</source>
        <translation>Den valda dagens provtagning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="130"/>
        <source>&amp;Register result…</source>
        <translation>&amp;Registrera resultat…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="131"/>
        <source>&amp;Open record</source>
        <translation>Ö&amp;ppna akt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="132"/>
        <source>Print &amp;list (PDF)…</source>
        <translation>&amp;Skriv ut listan (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="135"/>
        <location filename="../../desktop/ui/drugtests/section.py" line="136"/>
        <source>The last 14 days</source>
        <translation>De senaste 14 dagarna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="188"/>
        <source>Drug tests</source>
        <translation>Drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="302"/>
        <source>Today&apos;s tests, {weekday} {date}</source>
        <translation>Dagens provtagning, {weekday} {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="306"/>
        <source>Tests {weekday} {date}</source>
        <translation>Provtagning {weekday} {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="315"/>
        <source>Not a staffed day: weekend, public holiday or closed. Nobody is drawn.</source>
        <translation>Ingen bemannad dag: helg, allmän helgdag eller stängt. Ingen lottas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="319"/>
        <source>Not drawn: nobody opened the list that day.</source>
        <translation>Ej lottad: ingen öppnade listan den dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="321"/>
        <source>The list has not been opened yet.</source>
        <translation>Listan har inte öppnats ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="327"/>
        <source>Nobody has a test schedule that applies on this day.</source>
        <translation>Ingen har ett schema för drogtester som gäller den här dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="330"/>
        <source>Nobody of the {eligible} with a schedule is to be tested.</source>
        <translation>Ingen ska testas (av {eligible} med schema).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="336"/>
        <source>{selected} of {eligible} with a schedule are to be tested.</source>
        <translation>{selected} av {eligible} med schema ska testas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="359"/>
        <source>Drawn at {time} by {name}.</source>
        <translation>Lottningen gjordes {time} av {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="367"/>
        <source>Opened once, at {time} by {name}.</source>
        <translation>Öppnad en gång, {time} av {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="369"/>
        <source>Opened {count} times, last at {time} by {name}.</source>
        <translation>Öppnad {count} gånger, senast {time} av {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="393"/>
        <source>{count} drawn</source>
        <translation>lottade: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="395"/>
        <source>not opened yet</source>
        <translation>inte öppnad ännu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="397"/>
        <source>not drawn</source>
        <translation>ej lottad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="485"/>
        <source>Save the test list</source>
        <translation>Spara provtagningslistan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="487"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/section.py" line="497"/>
        <source>The list could not be saved: {reason}</source>
        <translation>Listan kunde inte sparas: {reason}</translation>
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
        <location filename="../../desktop/ui/participants/dialogs.py" line="293"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="299"/>
        <source>Referred &amp;by</source>
        <translation>Inremitterad a&amp;v</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="302"/>
        <source>Referrer (&amp;unit, person)</source>
        <translation>&amp;Inremittent (enhet, person)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="304"/>
        <source>&amp;Reason for referral</source>
        <translation>&amp;Orsak till remiss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="307"/>
        <source>&amp;Result</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="312"/>
        <source>&amp;Held by</source>
        <translation>Genomfört &amp;av</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="315"/>
        <source>&amp;Summary</source>
        <translation>Sa&amp;mmanfattning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="331"/>
        <source>From the AF coding: {decision}</source>
        <translation>Enligt funktionshinderkodningen hos AF: {decision}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="336"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Skriv in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="337"/>
        <source>&amp;Not enrol</source>
        <translation>Skriv in&amp;te in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="339"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="343"/>
        <source>&amp;Reason (not enrolled)</source>
        <translation>Orsa&amp;k (ej inskriven)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="346"/>
        <source>No group</source>
        <translation>Ingen grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="349"/>
        <source>New group…</source>
        <translation>Ny grupp…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="350"/>
        <source>&amp;Group</source>
        <translation>&amp;Grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="353"/>
        <source>New group&apos;s &amp;name</source>
        <translation>&amp;Namn på ny grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="354"/>
        <source>New group&apos;s &amp;start</source>
        <translation>&amp;Startdatum för ny grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="360"/>
        <source>The participant has signed the contract</source>
        <translation>Deltagaren har skrivit under kontraktet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="361"/>
        <source>&amp;Contract</source>
        <translation>&amp;Kontrakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="364"/>
        <source>&amp;New phase</source>
        <translation>Ny &amp;fas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="368"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Utfall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="370"/>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="374"/>
        <source>Record</source>
        <translation>Registrera</translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="98"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="98"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="98"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="332"/>
        <source>Färdväg – new register</source>
        <translation>Färdväg – nytt register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="342"/>
        <source>&amp;Start using Färdväg</source>
        <translation>&amp;Börja använda Färdväg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="358"/>
        <source>The register has been created. Store the recovery key and tick the box before you go on.</source>
        <translation>Registret har skapats. Förvara återställningsnyckeln säkert och kryssa i rutan innan du fortsätter.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../desktop/ui/common/widgets.py" line="135"/>
        <source>The two passwords are not the same.</source>
        <translation>De två lösenorden stämmer inte överens.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/widgets.py" line="145"/>
        <source>Open register</source>
        <translation>Öppna register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/widgets.py" line="147"/>
        <source>Färdväg register (*.fardvag)</source>
        <translation>Färdväg-register (*.fardvag)</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="439"/>
        <source>Action-plan goal</source>
        <translation>Mål i åtgärdsplanen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="442"/>
        <source>&amp;Life area</source>
        <translation>&amp;Livsområde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="444"/>
        <source>&amp;Goal</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="447"/>
        <source>&amp;Who is responsible</source>
        <translation>&amp;Ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="451"/>
        <source>&amp;Name or unit</source>
        <translation>&amp;Namn eller enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="453"/>
        <source>Has a due date</source>
        <translation>Har ett slutdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="458"/>
        <source>&amp;Due</source>
        <translation>&amp;Senast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="460"/>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="462"/>
        <location filename="../../desktop/ui/participants/dialogs.py" line="465"/>
        <source>Follow-ups</source>
        <translation>Uppföljningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="470"/>
        <source>&amp;Add follow-up</source>
        <translation>Lägg till &amp;uppföljning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="471"/>
        <source>Mark as &amp;done</source>
        <translation>Markera som &amp;klar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="479"/>
        <source>Save goal</source>
        <translation>Spara mål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="484"/>
        <location filename="../../desktop/ui/participants/dialogs.py" line="500"/>
        <source>(done {date})</source>
        <translation>(klar {date})</translation>
    </message>
</context>
<context>
    <name>GoalsTableModel</name>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="109"/>
        <source>Life area</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="110"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="111"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="112"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="113"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="114"/>
        <source>Next follow-up</source>
        <translation>Nästa uppföljning</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/importing.py" line="212"/>
        <source>Choose the column with the name, or the columns with the first and the last name.</source>
        <translation>Välj kolumnen med namnet, eller kolumnerna med förnamnet och efternamnet.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="222"/>
        <source>Choose the column with the referral date: every person&apos;s path starts with a referral.</source>
        <translation>Välj kolumnen med remissdatumet: varje persons väg börjar med en remiss.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="581"/>
        <source>Row {row}: {reasons}</source>
        <translation>Rad {row}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="611"/>
        <location filename="../../desktop/importing.py" line="619"/>
        <source>The name is missing.</source>
        <translation>Namnet saknas.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="613"/>
        <source>The first name is missing.</source>
        <translation>Förnamnet saknas.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="615"/>
        <source>The last name is missing.</source>
        <translation>Efternamnet saknas.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="630"/>
        <source>Write both the first and the last name (“{name}”).</source>
        <translation>Skriv både förnamn och efternamn (”{name}”).</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="650"/>
        <source>Column “{column}”: “{value}” is not a date. Write dates like 2024-03-05 or 5/3/2024.</source>
        <translation>Kolumn ”{column}”: ”{value}” är inget datum. Skriv datum som 2024-03-05 eller 5/3/2024.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="724"/>
        <source>The referral date is missing.</source>
        <translation>Remissdatumet saknas.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="728"/>
        <source>The enrolment date ({enrolment}) is before the referral date ({referral}).</source>
        <translation>Inskrivningsdatumet ({enrolment}) är före remissdatumet ({referral}).</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="739"/>
        <source>The discharge date ({discharge}) is before the enrolment date ({enrolment}).</source>
        <translation>Utskrivningsdatumet ({discharge}) är före inskrivningsdatumet ({enrolment}).</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="750"/>
        <source>There is a discharge date but no enrolment date: only an enrolled participant is discharged.</source>
        <translation>Det finns ett utskrivningsdatum men inget inskrivningsdatum: bara en inskriven deltagare kan skrivas ut.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="765"/>
        <source>The phase “{value}” is not known. Write Fas 1, Fas 2, OSA, Efter OSA or Stöd.</source>
        <translation>Fasen ”{value}” är okänd. Skriv Fas 1, Fas 2, OSA, Efter OSA eller Stöd.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="775"/>
        <source>There is a phase (“{value}”) but no enrolment date: only an enrolled participant has a phase.</source>
        <translation>Det finns en fas (”{value}”) men inget inskrivningsdatum: bara en inskriven deltagare har en fas.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="789"/>
        <source>There is a discharge date but no outcome: write why the person was discharged (for example work, studies, OSA, prison, care, moved).</source>
        <translation>Det finns ett utskrivningsdatum men inget utfall: skriv varför personen skrevs ut (till exempel arbete, studier, OSA, fängelse, vård, flyttat).</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="799"/>
        <source>There is an outcome (“{value}”) but no discharge date.</source>
        <translation>Det finns ett utfall (”{value}”) men inget utskrivningsdatum.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="852"/>
        <source>The same personnummer is also on row {rows} of the file.</source>
        <translation>Samma personnummer finns också på rad {rows} i filen.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing.py" line="862"/>
        <source>{name} ({internal_no}) already has this personnummer in the register.</source>
        <translation>{name} ({internal_no}) har redan det här personnumret i registret.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="54"/>
        <source>Full name</source>
        <translation>Fullständigt namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="55"/>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="56"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="57"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="58"/>
        <source>Referral date</source>
        <translation>Remissdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="59"/>
        <source>Enrolment date</source>
        <translation>Inskrivningsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="60"/>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="61"/>
        <source>Discharge date</source>
        <translation>Utskrivningsdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="62"/>
        <source>Discharge outcome</source>
        <translation>Utfall vid utskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="77"/>
        <source>Enrolled {date}, {phase}</source>
        <translation>Inskriven {date}, {phase}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="83"/>
        <source>Discharged {date}: {outcome}</source>
        <translation>Utskriven {date}: {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="87"/>
        <source>Referred {date}</source>
        <translation>Inremitterad {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="155"/>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="289"/>
        <source>Import from Excel</source>
        <translation>Importera från Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="160"/>
        <source>Choose an Excel file (.xlsx) with one row per person under a row of headers. Every row is checked first; nothing is stored until you import, and then all rows are stored or none.</source>
        <translation>Välj en Excel-fil (.xlsx) med en rad per person under en rad med rubriker. Alla rader kontrolleras först. Ingenting sparas förrän du importerar, och då sparas antingen alla rader eller ingen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="170"/>
        <source>Excel file</source>
        <translation>Excel-fil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="171"/>
        <source>The file&apos;s path; press Enter to read it</source>
        <translation>Sökvägen till filen – tryck på Enter för att läsa in den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="173"/>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="175"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="178"/>
        <source>&amp;Read again</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="179"/>
        <source>Read the file again after changing it in Excel.</source>
        <translation>Läs in filen igen när du har ändrat den i Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="191"/>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="193"/>
        <source>Sheet:</source>
        <translation>Blad:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="198"/>
        <source>Which column holds what</source>
        <translation>Vilken kolumn innehåller vad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="202"/>
        <source>Choose the column with the full name, or the columns with the first and the last name. The referral date is needed for everyone; a discharge date needs an outcome.</source>
        <translation>Välj kolumnen med fullständigt namn, eller kolumnerna med förnamn och efternamn. Remissdatum behövs för alla, och ett utskrivningsdatum kräver ett utfall.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="233"/>
        <source>Rows in the file</source>
        <translation>Rader i filen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="255"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="289"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="357"/>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="390"/>
        <source>1 row</source>
        <translation>1 rad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="390"/>
        <source>{count} rows</source>
        <translation>{count} rader</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="398"/>
        <source>Choose the Excel file to import.</source>
        <translation>Välj Excel-filen som ska importeras.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="400"/>
        <source>This sheet is empty.</source>
        <translation>Bladet är tomt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="407"/>
        <source>There are no rows under the headers.</source>
        <translation>Det finns inga rader under rubrikerna.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="410"/>
        <source>{accepted} could be imported, {rejected} rejected. Nothing can be imported while any row is rejected: fix the rejected rows in the file or leave them out of it, save it, and read it again.</source>
        <translation>{accepted} kan importeras och {rejected} har avvisats. Ingenting kan importeras så länge någon rad är avvisad: rätta de avvisade raderna i filen eller ta bort dem ur filen, spara den och läs in den igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="418"/>
        <source>{accepted} will be imported. Check the list, then import.</source>
        <translation>{accepted} kommer att importeras. Kontrollera listan och importera sedan.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewTableModel</name>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="99"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="100"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="101"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="102"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="103"/>
        <source>After the import</source>
        <translation>Efter importen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="104"/>
        <source>Why rejected</source>
        <translation>Orsak till avvisning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="114"/>
        <source>Accepted</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/import_dialog.py" line="121"/>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/core/labels.py" line="45"/>
        <source>Signed in</source>
        <translation>Loggade in</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="46"/>
        <source>Failed sign-in</source>
        <translation>Misslyckad inloggning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="47"/>
        <source>Signed out</source>
        <translation>Loggade ut</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="48"/>
        <source>Viewed</source>
        <translation>Visade</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="49"/>
        <source>Created</source>
        <translation>Skapade</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="50"/>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="51"/>
        <source>Exported</source>
        <translation>Exporterade</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="52"/>
        <source>Printed</source>
        <translation>Skrev ut</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="53"/>
        <source>Backup</source>
        <translation>Säkerhetskopierade</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="54"/>
        <source>Restore</source>
        <translation>Återställde från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="55"/>
        <source>Key changed</source>
        <translation>Bytte nyckel</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="56"/>
        <source>User account changed</source>
        <translation>Ändrade användarkonto</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="57"/>
        <source>Register updated</source>
        <translation>Uppdaterade registret</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="58"/>
        <source>Opened with recovery key</source>
        <translation>Öppnade med återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="59"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="60"/>
        <source>Referred</source>
        <translation>Inremitterad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="61"/>
        <source>Awaiting enrolment</source>
        <translation>Väntar på inskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="62"/>
        <source>Enrolled</source>
        <translation>Inskriven</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="63"/>
        <source>Not enrolled</source>
        <translation>Ej inskriven</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="64"/>
        <location filename="../../desktop/core/labels.py" line="136"/>
        <source>Discharged</source>
        <translation>Utskriven</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="65"/>
        <location filename="../../desktop/core/path.py" line="128"/>
        <source>Phase 1</source>
        <translation>Fas 1</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="66"/>
        <location filename="../../desktop/core/path.py" line="129"/>
        <source>Phase 2</source>
        <translation>Fas 2</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="67"/>
        <location filename="../../desktop/core/path.py" line="130"/>
        <source>Extra support (off the path)</source>
        <translation>Extra stöd (utanför vägen)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="68"/>
        <location filename="../../desktop/core/path.py" line="131"/>
        <source>OSA</source>
        <translation>OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="69"/>
        <location filename="../../desktop/core/path.py" line="132"/>
        <source>After OSA</source>
        <translation>Efter OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="70"/>
        <source>Kriminalvården/Frivården</source>
        <translation>Kriminalvården/Frivården</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="71"/>
        <source>Arbetsförmedlingen</source>
        <translation>Arbetsförmedlingen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="72"/>
        <source>IFO (social services)</source>
        <translation>IFO (socialtjänsten)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="73"/>
        <source>Income-support unit</source>
        <translation>Försörjningsenheten</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="74"/>
        <source>Self-referral</source>
        <translation>Egenremiss</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="75"/>
        <location filename="../../desktop/core/labels.py" line="113"/>
        <location filename="../../desktop/core/labels.py" line="139"/>
        <location filename="../../desktop/core/labels.py" line="153"/>
        <location filename="../../desktop/core/labels.py" line="161"/>
        <location filename="../../desktop/core/labels.py" line="174"/>
        <location filename="../../desktop/core/labels.py" line="219"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="78"/>
        <source>Not motivated after information</source>
        <translation>Inte motiverad efter information</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="80"/>
        <source>Not fit physically or mentally</source>
        <translation>Inte i fysiskt eller psykiskt skick</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="81"/>
        <location filename="../../desktop/core/labels.py" line="111"/>
        <source>Not eligible for OSA</source>
        <translation>Inte OSA-berättigad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="84"/>
        <source>Security check: ongoing criminality</source>
        <translation>Säkerhetskontroll: pågående kriminalitet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="86"/>
        <source>Other reason</source>
        <translation>Annan orsak</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="87"/>
        <location filename="../../desktop/core/path.py" line="135"/>
        <source>Lives in the municipality</source>
        <translation>Bor i kommunen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="88"/>
        <location filename="../../desktop/core/path.py" line="136"/>
        <source>18 or older</source>
        <translation>18 år eller äldre</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="89"/>
        <location filename="../../desktop/core/path.py" line="137"/>
        <source>Has a criminal history</source>
        <translation>Har kriminell bakgrund</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="90"/>
        <location filename="../../desktop/core/path.py" line="138"/>
        <source>No ongoing criminality</source>
        <translation>Ingen pågående kriminalitet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="91"/>
        <location filename="../../desktop/core/path.py" line="139"/>
        <source>States motivation</source>
        <translation>Uttalad motivation</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="92"/>
        <location filename="../../desktop/core/path.py" line="140"/>
        <source>Eligible for OSA (AF coding)</source>
        <translation>OSA-berättigad (funktionshinderkodning hos AF)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="93"/>
        <source>Met</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="94"/>
        <source>Not met</source>
        <translation>Ej uppfyllt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="95"/>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="96"/>
        <source>Nothing that prevents</source>
        <translation>Inget hinder</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="97"/>
        <source>Ongoing criminality</source>
        <translation>Pågående kriminalitet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="98"/>
        <source>Job in the private sector</source>
        <translation>Arbete i privat sektor</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="99"/>
        <location filename="../../desktop/core/labels.py" line="217"/>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="102"/>
        <source>Continued OSA or other subsidised work (AF)</source>
        <translation>Fortsatt OSA eller annan subventionerad anställning (AF)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="106"/>
        <source>Long-term benefit (Försäkringskassan)</source>
        <translation>Långvarig ersättning (Försäkringskassan)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="108"/>
        <source>Prison</source>
        <translation>Fängelse</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="109"/>
        <source>In care</source>
        <translation>Vård</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="110"/>
        <source>Unreachable, stopped coming</source>
        <translation>Ej nåbar, slutat komma</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="112"/>
        <source>Moved</source>
        <translation>Flyttat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="114"/>
        <source>Referral</source>
        <translation>Remiss</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="115"/>
        <source>Consent to security check</source>
        <translation>Samtycke till säkerhetskontroll</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="116"/>
        <source>Security check result</source>
        <translation>Resultat av säkerhetskontroll</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="117"/>
        <source>Mapping interview</source>
        <translation>Kartläggningssamtal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="118"/>
        <source>Enrolment criteria</source>
        <translation>Inskrivningskriterier</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="119"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="120"/>
        <source>Enrolment</source>
        <translation>Inskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="121"/>
        <source>Phase change</source>
        <translation>Fasbyte</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="122"/>
        <source>Discharge</source>
        <translation>Utskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="123"/>
        <source>Newly enrolled (phase 1–2)</source>
        <translation>Nyinskriven (fas 1–2)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="124"/>
        <source>In OSA</source>
        <translation>I OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="125"/>
        <source>After OSA, with AF</source>
        <translation>Efter OSA, hos AF</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="126"/>
        <source>Private job or studies</source>
        <translation>Arbete i privat sektor eller studier</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="127"/>
        <source>Long-term benefit (FK)</source>
        <translation>Långvarig ersättning (FK)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="128"/>
        <source>Not yet ready for OSA</source>
        <translation>Ännu inte redo för OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="131"/>
        <source>Discharged before the goal</source>
        <translation>Utskriven innan målet nåtts</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="133"/>
        <source>Discharged, other reasons</source>
        <translation>Utskriven av andra skäl</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="134"/>
        <source>On the path</source>
        <translation>På vägen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="135"/>
        <source>Off the path, still enrolled</source>
        <translation>Utanför vägen, fortfarande inskriven</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="137"/>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="138"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="140"/>
        <source>Not stated</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="141"/>
        <location filename="../../desktop/core/labels.py" line="154"/>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="142"/>
        <source>Income</source>
        <translation>Försörjning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="143"/>
        <source>Debt</source>
        <translation>Skulder</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="144"/>
        <location filename="../../desktop/core/labels.py" line="156"/>
        <source>Health</source>
        <translation>Hälsa</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="145"/>
        <location filename="../../desktop/core/labels.py" line="157"/>
        <source>Addiction</source>
        <translation>Missbruk och beroende</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="146"/>
        <location filename="../../desktop/core/labels.py" line="159"/>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="147"/>
        <source>Support person</source>
        <translation>Stödperson</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="148"/>
        <source>AF case officer</source>
        <translation>AF-handläggare</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="149"/>
        <source>Probation officer</source>
        <translation>Frivårdsinspektör</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="150"/>
        <source>IFO social worker</source>
        <translation>Socialsekreterare (IFO)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="151"/>
        <source>Income-support officer</source>
        <translation>Handläggare för försörjningsstöd</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="152"/>
        <source>Health care</source>
        <translation>Hälso- och sjukvård</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="155"/>
        <source>Economy and debt</source>
        <translation>Ekonomi och skulder</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="158"/>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="160"/>
        <source>Social network and leisure</source>
        <translation>Socialt nätverk och fritid</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="162"/>
        <source>The participant</source>
        <translation>Deltagaren</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="163"/>
        <source>Staff</source>
        <translation>Personalen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="164"/>
        <source>A partner unit</source>
        <translation>En samverkanspart</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="165"/>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="166"/>
        <source>Ongoing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="167"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="168"/>
        <source>Dropped</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="169"/>
        <source>Conversation</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="170"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="171"/>
        <location filename="../../desktop/core/labels.py" line="221"/>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="172"/>
        <source>Group activity</source>
        <translation>Gruppaktivitet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="173"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="175"/>
        <source>Urine</source>
        <translation>Urin</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="176"/>
        <source>Saliva</source>
        <translation>Saliv</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="177"/>
        <source>Breath</source>
        <translation>Utandningsluft</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="178"/>
        <source>Blood</source>
        <translation>Blod</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="179"/>
        <source>Amphetamine</source>
        <translation>Amfetamin</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="180"/>
        <source>Cannabis (THC)</source>
        <translation>Cannabis (THC)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="181"/>
        <source>Cocaine</source>
        <translation>Kokain</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="182"/>
        <source>Opiates</source>
        <translation>Opiater</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="183"/>
        <source>Benzodiazepines</source>
        <translation>Bensodiazepiner</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="184"/>
        <source>Buprenorphine</source>
        <translation>Buprenorfin</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="185"/>
        <source>Methadone</source>
        <translation>Metadon</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="186"/>
        <source>Tramadol</source>
        <translation>Tramadol</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="187"/>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="188"/>
        <source>Analysed result</source>
        <translation>Analysresultat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="189"/>
        <source>No-show</source>
        <translation>Uteblivet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="190"/>
        <source>Refused</source>
        <translation>Vägrat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="191"/>
        <source>Dilute or invalid sample</source>
        <translation>Utspätt eller ogiltigt prov</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="192"/>
        <source>Medical exemption</source>
        <translation>Medicinskt undantag</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="193"/>
        <source>Admitted use before the test</source>
        <translation>Erkänt bruk före provet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="194"/>
        <source>Fixed weekdays</source>
        <translation>Fasta veckodagar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="195"/>
        <source>Random days</source>
        <translation>Slumpade dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="196"/>
        <source>Falling</source>
        <translation>Sjunkande</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="197"/>
        <source>Rising</source>
        <translation>Stigande</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="198"/>
        <source>Steady</source>
        <translation>Oförändrat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="199"/>
        <source>Drug-free</source>
        <translation>Drogfri</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="200"/>
        <source>Too few values</source>
        <translation>För få värden</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="201"/>
        <source>Municipal</source>
        <translation>Kommunal</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="202"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="203"/>
        <source>Non-profit organisation</source>
        <translation>Ideell organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="204"/>
        <source>State agency</source>
        <translation>Statlig myndighet</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="205"/>
        <source>Pending</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="206"/>
        <source>Granted</source>
        <translation>Beviljad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="207"/>
        <source>Denied</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="209"/>
        <source>Planned, not started</source>
        <translation>Planerad, ej påbörjad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="210"/>
        <source>Active</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="211"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="212"/>
        <source>Completed</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="213"/>
        <source>Ended early</source>
        <translation>Avbruten i förtid</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="214"/>
        <source>Job search with AF</source>
        <translation>Arbetssökande via AF</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="215"/>
        <source>New OSA</source>
        <translation>Ny OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="216"/>
        <source>Other subsidised work</source>
        <translation>Annan subventionerad anställning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="218"/>
        <source>Försäkringskassan</source>
        <translation>Försäkringskassan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="220"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="225"/>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="226"/>
        <source>user</source>
        <translation>användare</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="227"/>
        <source>settings</source>
        <translation>inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="228"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="229"/>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="230"/>
        <source>step on the path</source>
        <translation>steg på vägen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="231"/>
        <source>group</source>
        <translation>grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="232"/>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="233"/>
        <source>action-plan goal</source>
        <translation>mål i åtgärdsplanen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="234"/>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="235"/>
        <source>recovery-capital check-in</source>
        <translation>avstämning av återhämtningskapital</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="236"/>
        <source>drug-test provider</source>
        <translation>provtagningsleverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="237"/>
        <source>drug-test schedule</source>
        <translation>schema för drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="238"/>
        <source>drug-test draw</source>
        <translation>lottning av drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="239"/>
        <source>drug-test day</source>
        <translation>provtagningsdag</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="240"/>
        <source>drug-test result</source>
        <translation>drogtestresultat</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="241"/>
        <source>OSA workplace</source>
        <translation>OSA-arbetsplats</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="242"/>
        <source>AF coding</source>
        <translation>funktionshinderkodning (AF)</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="243"/>
        <source>OSA placement</source>
        <translation>OSA-placering</translation>
    </message>
    <message>
        <location filename="../../desktop/core/labels.py" line="244"/>
        <source>follow-up with the workplace</source>
        <translation>uppföljning med arbetsplatsen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="63"/>
        <source>Medical certificate</source>
        <translation>Läkarintyg</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="64"/>
        <source>Statement from the social services</source>
        <translation>Utlåtande från socialtjänsten</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="65"/>
        <source>Statement from Kriminalvården/Frivården</source>
        <translation>Utlåtande från Kriminalvården/Frivården</translation>
    </message>
    <message>
        <location filename="../../desktop/core/osa.py" line="66"/>
        <source>Statement from addiction care</source>
        <translation>Utlåtande från beroendevården</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="62"/>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="97"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="98"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="102"/>
        <source>Change &amp;password…</source>
        <translation>&amp;Byt lösenord…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="106"/>
        <source>&amp;Quit</source>
        <translation>Av&amp;sluta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="111"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="112"/>
        <source>&amp;About Färdväg</source>
        <translation>&amp;Om Färdväg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="143"/>
        <source>DEMO – fictitious people</source>
        <translation>DEMO – påhittade personer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>Signed in: {name}</source>
        <translation>Inloggad: {name}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="532"/>
        <source>Correct a note</source>
        <translation>Rätta en anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="532"/>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="535"/>
        <source>Correcting the note of {date}: “{text}”</source>
        <translation>Du rättar anteckningen från {date}: ”{text}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="542"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="546"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="549"/>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="553"/>
        <source>A note is signed with your name when saved and can never be changed or deleted; mistakes are fixed with a correction.</source>
        <translation>En anteckning signeras med ditt namn när den sparas och kan aldrig ändras eller raderas. Fel rättar du med en rättelse.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="559"/>
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
        <location filename="../../desktop/ui/osa/section.py" line="632"/>
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
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="120"/>
        <location filename="../../desktop/ui/participants/overview.py" line="125"/>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="138"/>
        <source>Outcome model</source>
        <translation>Utfallsmodell</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="141"/>
        <source>&amp;On</source>
        <translation>&amp;Per</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="145"/>
        <source>Date for the figures</source>
        <translation>Datum för siffrorna</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="181"/>
        <source>Show the people behind this number</source>
        <translation>Visa personerna bakom siffran</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="186"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="191"/>
        <source>(no unit name yet)</source>
        <translation>(enheten har inget namn än)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="195"/>
        <source>Signed in as {name} ({user})</source>
        <translation>Inloggad som {name} ({user})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="199"/>
        <source>Register: {path}</source>
        <translation>Register: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="224"/>
        <source>{counted} people counted (everyone enrolled by this date). {share} follow the path; the goal is 50 % (R8).</source>
        <translation>Antal personer som räknas: {counted} (alla som har skrivits in till och med det här datumet). {share} följer vägen. Målet är 50 % (R8).</translation>
    </message>
</context>
<context>
    <name>ParticipantsSection</name>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="118"/>
        <source>Search name, personnummer or number</source>
        <translation>Sök på namn, personnummer eller nummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="119"/>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="122"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="123"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="128"/>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="129"/>
        <source>All phases</source>
        <translation>Alla faser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="133"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="135"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="136"/>
        <source>&amp;New referral…</source>
        <translation>&amp;Ny remiss…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="137"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importera från Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="141"/>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="156"/>
        <location filename="../../desktop/ui/participants/section.py" line="188"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="198"/>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="201"/>
        <source>All staff</source>
        <translation>All personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="230"/>
        <source>{count} people</source>
        <translation>Antal personer: {count}</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="117"/>
        <source>Made with Färdväg {date}</source>
        <translation>Skapad med Färdväg {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pdf.py" line="124"/>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
</context>
<context>
    <name>PeopleListDialog</name>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="78"/>
        <source>{count} people</source>
        <translation>Antal personer: {count}</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="55"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="56"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="57"/>
        <source>Personnummer</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="59"/>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="60"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/section.py" line="61"/>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="126"/>
        <source>&amp;First name</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="131"/>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="136"/>
        <source>&amp;Personnummer</source>
        <translation>&amp;Personnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="140"/>
        <source>YYYYMMDD-NNNN or samordningsnummer</source>
        <translation>ÅÅÅÅMMDD-XXXX eller samordningsnummer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="144"/>
        <source>Se&amp;x</source>
        <translation>&amp;Kön</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="148"/>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="152"/>
        <source>Municipality of &amp;residence</source>
        <translation>&amp;Bostadskommun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="157"/>
        <source>&amp;Interpreter (language)</source>
        <translation>To&amp;lk (språk)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="162"/>
        <source>Res&amp;ponsible staff</source>
        <translation>&amp;Ansvarig personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="174"/>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
</context>
<context>
    <name>PersonWindow</name>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="72"/>
        <source>Enrol</source>
        <translation>Skrivs in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="74"/>
        <source>Not enrolled: {reason}</source>
        <translation>Ej inskriven: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="216"/>
        <source>&amp;Save details</source>
        <translation>&amp;Spara uppgifter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="224"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="230"/>
        <source>Record the next &amp;step</source>
        <translation>Registrera nästa &amp;steg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="233"/>
        <source>&amp;Take back the latest step…</source>
        <translation>&amp;Ta tillbaka senaste steget…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="241"/>
        <source>The path</source>
        <translation>Vägen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="244"/>
        <source>Path</source>
        <translation>Väg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="248"/>
        <location filename="../../desktop/ui/participants/person_window.py" line="257"/>
        <source>Action plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="253"/>
        <source>&amp;New goal…</source>
        <translation>&amp;Nytt mål…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="254"/>
        <source>&amp;Change goal…</source>
        <translation>Än&amp;dra mål…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="265"/>
        <source>&amp;New note…</source>
        <translation>&amp;Ny anteckning…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="271"/>
        <location filename="../../desktop/ui/participants/person_window.py" line="279"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="285"/>
        <location filename="../../desktop/ui/participants/person_window.py" line="296"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="291"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Ny kontakt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="292"/>
        <source>&amp;Change contact…</source>
        <translation>Än&amp;dra kontakt…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="293"/>
        <source>&amp;Remove contact</source>
        <translation>&amp;Ta bort kontakt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="305"/>
        <location filename="../../desktop/ui/participants/person_window.py" line="327"/>
        <source>Recovery capital</source>
        <translation>Återhämtningskapital</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="312"/>
        <source>&amp;New check-in…</source>
        <translation>&amp;Ny avstämning…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="334"/>
        <source>Drug tests</source>
        <translation>Drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="342"/>
        <source>OSA</source>
        <translation>OSA</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="363"/>
        <source>The register is locked.</source>
        <translation>Registret är låst.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="379"/>
        <source>14 months reached {date}</source>
        <translation>14-månadersgränsen: {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="393"/>
        <source>Social</source>
        <translation>Socialt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="394"/>
        <source>Physical</source>
        <translation>Fysiskt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="395"/>
        <source>Human</source>
        <translation>Humant</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="396"/>
        <source>Cultural</source>
        <translation>Kulturellt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="425"/>
        <source>Correct this note…</source>
        <translation>Rätta den här anteckningen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="430"/>
        <source>{date} · {kind} · signed by {author} {signed}</source>
        <translation>{date} · {kind} · signerad av {author} {signed}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="439"/>
        <source>Corrects the note of {date}.</source>
        <translation>Rättar anteckningen från {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="444"/>
        <source>Corrected by a later note.</source>
        <translation>Rättad genom en senare anteckning.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="452"/>
        <source>No notes yet.</source>
        <translation>Inga anteckningar ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="472"/>
        <source>Take back a step</source>
        <translation>Ta tillbaka ett steg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="473"/>
        <source>Take back “{step}” of {date}? It stays in the register as taken back.</source>
        <translation>Vill du ta tillbaka ”{step}” från {date}? Steget finns kvar i registret, markerat som tillbakataget.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/person_window.py" line="501"/>
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
    <name>ProviderDialog</name>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="668"/>
        <source>Test provider</source>
        <translation>Provtagningsleverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="670"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="676"/>
        <source>Methods</source>
        <translation>Metoder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="686"/>
        <source>Substances</source>
        <translation>Substanser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="687"/>
        <source>&amp;Visits</source>
        <translation>&amp;Besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="688"/>
        <source>Drop-in</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="689"/>
        <source>Booking needed</source>
        <translation>Bokning krävs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="694"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="695"/>
        <source>&amp;Answer within</source>
        <translation>&amp;Svarstid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="696"/>
        <source>In use</source>
        <translation>Används</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="696"/>
        <source>&amp;Active</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="700"/>
        <source>Prices</source>
        <translation>Priser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="706"/>
        <source>Price from</source>
        <translation>Priset gäller från</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="711"/>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="724"/>
        <source>Price per test</source>
        <translation>Pris per test</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="714"/>
        <source>Add &amp;price</source>
        <translation>Lägg till &amp;pris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="715"/>
        <source>&amp;Remove new price</source>
        <translation>&amp;Ta bort nytt pris</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="721"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="729"/>
        <source>Save provider</source>
        <translation>Spara leverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="733"/>
        <source>from {date}: {price} kr</source>
        <translation>från {date}: {price} kr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="747"/>
        <source>There is already a price from that day.</source>
        <translation>Det finns redan ett pris från den dagen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="784"/>
        <source>Choose at least one method.</source>
        <translation>Välj minst en metod.</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="841"/>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="843"/>
        <source>Test providers</source>
        <translation>Provtagningsleverantörer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="844"/>
        <source>&amp;New provider…</source>
        <translation>&amp;Ny leverantör…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="845"/>
        <source>&amp;Change…</source>
        <translation>Än&amp;dra…</translation>
    </message>
</context>
<context>
    <name>ProvidersTableModel</name>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="798"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="799"/>
        <source>Methods</source>
        <translation>Metoder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="800"/>
        <source>Substances</source>
        <translation>Substanser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="801"/>
        <source>Price now</source>
        <translation>Pris nu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="802"/>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="803"/>
        <source>Answer (days)</source>
        <translation>Svarstid (dagar)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="804"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="816"/>
        <source>{price} kr</source>
        <translation>{price} kr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="818"/>
        <source>Booking needed</source>
        <translation>Bokning krävs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="818"/>
        <source>Drop-in</source>
        <translation>Drop-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="821"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="821"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="262"/>
        <source>Use the recovery key</source>
        <translation>Använd återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="266"/>
        <source>Type the key from the recovery sheet (spaces, dashes and small letters do not matter), then choose a new password for your account. Set new passwords for the others afterwards under Users.</source>
        <translation>Skriv in nyckeln från återställningsbladet (mellanslag, bindestreck och små bokstäver spelar ingen roll) och välj sedan ett nytt lösenord för ditt konto. Ge de andra användarna nya lösenord efteråt under Användare.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="274"/>
        <source>Recovery &amp;key</source>
        <translation>Återställningsnyc&amp;kel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="276"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="278"/>
        <source>&amp;New password</source>
        <translation>&amp;Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="278"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="282"/>
        <source>R&amp;epeat new password</source>
        <translation>&amp;Upprepa nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="283"/>
        <source>Repeat new password</source>
        <translation>Upprepa nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="291"/>
        <source>Open and set password</source>
        <translation>Öppna och spara lösenordet</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="227"/>
        <source>The recovery key</source>
        <translation>Återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="232"/>
        <source>If every password is forgotten, this key is the only way into the register. It is shown only now. Print the recovery sheet, or write the key down by hand, and keep it locked away, apart from this computer.</source>
        <translation>Om alla lösenord glöms bort är den här nyckeln det enda sättet att komma in i registret. Den visas bara nu. Skriv ut återställningsbladet eller skriv ner nyckeln för hand, och förvara den inlåst på ett annat ställe än vid datorn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="247"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="250"/>
        <source>Save the recovery sheet as &amp;PDF…</source>
        <translation>Spara återställningsbladet som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="257"/>
        <source>I have &amp;printed or written down the key and it is locked away.</source>
        <translation>Jag har &amp;skrivit ut eller skrivit ner nyckeln och den är inlåst.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="282"/>
        <source>Save the recovery sheet</source>
        <translation>Spara återställningsbladet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="284"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="303"/>
        <source>The file could not be saved there. Choose another folder.</source>
        <translation>Filen kunde inte sparas där. Välj en annan mapp.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="307"/>
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
        <location filename="../../desktop/ui/participants/dialogs.py" line="202"/>
        <source>New referral</source>
        <translation>Ny remiss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="204"/>
        <source>Referral &amp;date</source>
        <translation>Remiss&amp;datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="206"/>
        <source>Referred &amp;by</source>
        <translation>Inremitterad a&amp;v</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="209"/>
        <source>Referrer (&amp;unit, person)</source>
        <translation>&amp;Inremittent (enhet, person)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="211"/>
        <source>&amp;Reason for referral</source>
        <translation>&amp;Orsak till remiss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="213"/>
        <source>Register referral</source>
        <translation>Registrera remiss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="226"/>
        <source>Possible duplicate</source>
        <translation>Möjlig dubblett</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="228"/>
        <source>Someone with the same birth date and a similar name is already in the register: {names}. Register a new person anyway?</source>
        <translation>Det finns redan någon i registret med samma födelsedatum och ett liknande namn: {names}. Vill du registrera en ny person ändå?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="259"/>
        <source>Already in the register</source>
        <translation>Finns redan i registret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/dialogs.py" line="262"/>
        <source>Open {name}</source>
        <translation>Öppna {name}</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="456"/>
        <source>Correct a result</source>
        <translation>Rätta ett resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="456"/>
        <source>Test result</source>
        <translation>Provresultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="468"/>
        <source>Correcting the result of {date}: {summary}</source>
        <translation>Du rättar resultatet från {date}: {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="486"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="489"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="490"/>
        <source>&amp;Taken</source>
        <translation>Provtagnings&amp;tid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="504"/>
        <source>&amp;Provider</source>
        <translation>&amp;Leverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="506"/>
        <source>No provider</source>
        <translation>Ingen leverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="510"/>
        <source>&amp;Method</source>
        <translation>&amp;Metod</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="513"/>
        <source>&amp;Sample id</source>
        <translation>&amp;Prov-id</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="517"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Utfall</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="528"/>
        <source>Substance</source>
        <translation>Substans</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="529"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="530"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="531"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="532"/>
        <source>Cut-off</source>
        <translation>Gränsvärde</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="544"/>
        <source>Set the rest to &amp;negative</source>
        <translation>Sätt resten till &amp;negativt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="546"/>
        <source>Every substance shown that is still “not tested” becomes negative.</source>
        <translation>Alla substanser som visas och fortfarande står som ”Ej testat” sätts till negativt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="553"/>
        <source>Values</source>
        <translation>Värden</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="555"/>
        <source>C&amp;omment</source>
        <translation>K&amp;ommentar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="559"/>
        <source>A result is saved with your name and never changed; a mistake is fixed with a correction.</source>
        <translation>Ett resultat sparas med ditt namn och ändras aldrig. Fel rättar du med en rättelse.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="570"/>
        <source>Save correction</source>
        <translation>Spara rättelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="570"/>
        <source>Save result</source>
        <translation>Spara resultat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="620"/>
        <source>{substance}: write the value as a number, e.g. 120 or 0,5.</source>
        <translation>{substance}: skriv värdet som ett tal, t.ex. 120 eller 0,5.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="622"/>
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
    <name>Roles</name>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="43"/>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="44"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="225"/>
        <source>Test schedule</source>
        <translation>Schema för drogtester</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="227"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="238"/>
        <source>&amp;Weekdays</source>
        <translation>&amp;Veckodagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="239"/>
        <source>Weekdays</source>
        <translation>Veckodagar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="245"/>
        <source>&amp;Target per week</source>
        <translation>&amp;Mål per vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="249"/>
        <source>Blank: the phase&apos;s setting ({value} a week)</source>
        <translation>Tomt: fasens inställning ({value} per vecka)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="256"/>
        <source>Minimum per week</source>
        <translation>Minst per vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="260"/>
        <source>Maximum per week</source>
        <translation>Högst per vecka</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="263"/>
        <source>&amp;Minimum, maximum</source>
        <translation>M&amp;inst, högst</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="268"/>
        <source>Spacing</source>
        <translation>Mellanrum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="269"/>
        <source>&amp;No two days in a row</source>
        <translation>&amp;Aldrig två dagar i rad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="273"/>
        <source>&amp;Method</source>
        <translation>Met&amp;od</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="276"/>
        <source>&amp;Provider</source>
        <translation>&amp;Leverantör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="278"/>
        <source>Not chosen</source>
        <translation>Inte vald</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="282"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="284"/>
        <source>Ends on</source>
        <translation>Slutar den</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="288"/>
        <source>End</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="290"/>
        <source>&amp;End</source>
        <translation>Sl&amp;ut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="293"/>
        <source>Random days are drawn on the day itself, the first time someone opens that day&apos;s list. Public holidays and closed days are skipped. Nobody is tested while not enrolled. Every change is kept.</source>
        <translation>Slumpade dagar lottas samma dag, första gången någon öppnar dagens lista. Helgdagar och stängda dagar hoppas över. Ingen testas under tid då personen inte är inskriven. Alla ändringar sparas.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="302"/>
        <source>Save schedule</source>
        <translation>Spara schema</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drugtests/dialogs.py" line="315"/>
        <source>Write the target as a number, e.g. 1,5.</source>
        <translation>Skriv målet som ett tal, t.ex. 1,5.</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="118"/>
        <source>New password for {name}</source>
        <translation>Nytt lösenord för {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="121"/>
        <source>{name} must choose a password of their own at the next sign-in.</source>
        <translation>{name} måste välja ett eget lösenord vid nästa inloggning.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="129"/>
        <source>&amp;New password</source>
        <translation>&amp;Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="129"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="132"/>
        <source>R&amp;epeat password</source>
        <translation>&amp;Upprepa lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="132"/>
        <source>Repeat password</source>
        <translation>Upprepa lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/dialogs.py" line="134"/>
        <source>Set password</source>
        <translation>Spara lösenordet</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="50"/>
        <source>&amp;Unit name</source>
        <translation>&amp;Enhetens namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="51"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="54"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="55"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Lås efter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="59"/>
        <source>La&amp;nguage</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="61"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="72"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/settings.py" line="119"/>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="65"/>
        <source>Färdväg – sign in</source>
        <translation>Färdväg – logga in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="78"/>
        <source>Open another register…</source>
        <translation>Öppna ett annat register…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="79"/>
        <source>Create a new register…</source>
        <translation>Skapa ett nytt register…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="86"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="88"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="88"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="91"/>
        <source>Sign-in message</source>
        <translation>Meddelande om inloggningen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="95"/>
        <location filename="../../desktop/ui/sign_in.py" line="214"/>
        <source>&amp;Sign in</source>
        <translation>Logga &amp;in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="99"/>
        <source>Use the &amp;recovery key…</source>
        <translation>Använd återställnings&amp;nyckeln…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="138"/>
        <source>Register: {path}</source>
        <translation>Register: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="160"/>
        <source>Type your user name.</source>
        <translation>Skriv ditt användarnamn.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="220"/>
        <source>Sign in (wait {seconds} s)</source>
        <translation>Logga in (vänta {seconds} s)</translation>
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
    <name>Todo</name>
    <message>
        <location filename="../../desktop/core/todo.py" line="116"/>
        <source>The 14-month limit is reached on {date}.</source>
        <translation>14-månadersgränsen nås {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="133"/>
        <source>Action-plan goal overdue: {goal}</source>
        <translation>Mål i åtgärdsplanen försenat: {goal}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="153"/>
        <source>Follow-up due: {goal}</source>
        <translation>Dags för uppföljning: {goal}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="173"/>
        <source>Referral of {date} still without a decision.</source>
        <translation>Remissen från {date} saknar fortfarande beslut.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="203"/>
        <source>Drawn for a test on {date}; no result yet.</source>
        <translation>Lottad till provtagning {date}; inget resultat ännu.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="221"/>
        <source>No-show at the drug test on {date}.</source>
        <translation>Uteblev från drogtestet {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="246"/>
        <source>{substance} values are rising.</source>
        <translation>Värdena för {substance} stiger.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="276"/>
        <source>Enrolled in phase 1–2 without a drug-test schedule.</source>
        <translation>Inskriven i fas 1–2 utan schema för drogtester.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="296"/>
        <source>OSA ends {date} and there is no plan for after OSA.</source>
        <translation>OSA-placeringen slutar {date} och det finns ingen plan för tiden efter OSA.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/todo.py" line="321"/>
        <source>The OSA placement runs past the 14-month limit ({date}).</source>
        <translation>OSA-placeringen pågår längre än 14-månadersgränsen ({date}).</translation>
    </message>
</context>
<context>
    <name>TodoTableModel</name>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="49"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="49"/>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="49"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="49"/>
        <source>What</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="54"/>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="55"/>
        <source>Soon</source>
        <translation>Snart</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/participants/overview.py" line="56"/>
        <source>Note</source>
        <translation>Info</translation>
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
        <location filename="../../desktop/ui/first_run.py" line="114"/>
        <source>The unit</source>
        <translation>Enheten</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="115"/>
        <source>Shown on screen and on everything Färdväg prints.</source>
        <translation>Visas på skärmen och på allt som Färdväg skriver ut.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="118"/>
        <source>&amp;Unit name</source>
        <translation>&amp;Enhetens namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="119"/>
        <source>e.g. Chansen</source>
        <translation>t.ex. Chansen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="120"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="121"/>
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
        <location filename="../../desktop/ui/first_run.py" line="89"/>
        <source>The register will be saved as: {path}</source>
        <translation>Registret sparas som: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="95"/>
        <source>Where to save the register</source>
        <translation>Var registret ska sparas</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="97"/>
        <source>Färdväg register (*.fardvag)</source>
        <translation>Färdväg-register (*.fardvag)</translation>
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
</TS>
