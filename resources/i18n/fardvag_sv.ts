<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/cli.py" line="39"/>
        <source>Standard input ended before all passwords were read.</source>
        <translation>Standardinmatningen tog slut innan alla lösenord hade lästs in.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="42"/>
        <source>Repeat</source>
        <translation>Upprepa</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="43"/>
        <source>The two entries were not the same.</source>
        <translation>De två inmatningarna stämde inte överens.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="50"/>
        <source>Recovery key. Write it down or print it now and keep it locked away: it is shown only this once, and it opens the register if every password is forgotten.</source>
        <translation>Återställningsnyckel. Skriv ner den eller skriv ut den nu och förvara den inlåst. Den visas bara den här gången, och den öppnar registret om alla lösenord har glömts bort.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="66"/>
        <source>Password for {user}</source>
        <translation>Lösenord för {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="72"/>
        <location filename="../../desktop/cli.py" line="123"/>
        <source>New password for {user}</source>
        <translation>Nytt lösenord för {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="77"/>
        <source>Created the register {path}.</source>
        <translation>Registret {path} har skapats.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="84"/>
        <source>key</source>
        <translation>nyckeln</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="85"/>
        <source>encrypted</source>
        <translation>krypterad</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="86"/>
        <source>SQLCipher page check</source>
        <translation>SQLCiphers sidkontroll</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="87"/>
        <source>SQLite structure check</source>
        <translation>SQLites strukturkontroll</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="88"/>
        <source>audit chain</source>
        <translation>loggkedjan</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="93"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="93"/>
        <source>FAILED</source>
        <translation>FEL</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="102"/>
        <source>Password for the new user {user}</source>
        <translation>Lösenord för den nya användaren {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="105"/>
        <source>Added {user}.</source>
        <translation>{user} har lagts till.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="112"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="114"/>
        <source>Password changed.</source>
        <translation>Lösenordet har ändrats.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="121"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="126"/>
        <source>{user} can sign in with the new password. Set new passwords for the others.</source>
        <translation>{user} kan logga in med det nya lösenordet. Ge de andra användarna nya lösenord.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="138"/>
        <source>Removed {user}. If they may have kept a copy of the register, run rotate-key.</source>
        <translation>{user} har tagits bort. Om personen kan ha sparat en kopia av registret ska du köra rotate-key.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="149"/>
        <source>The register has a new key. The old recovery key no longer works.</source>
        <translation>Registret har fått en ny nyckel. Den gamla återställningsnyckeln fungerar inte längre.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="157"/>
        <source>Färdväg: the unit&apos;s encrypted register. Without a command: the window.</source>
        <translation>Färdväg: enhetens krypterade register. Utan kommando öppnas fönstret.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="160"/>
        <location filename="../../desktop/cli.py" line="189"/>
        <location filename="../../desktop/cli.py" line="237"/>
        <source>show this help and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="165"/>
        <source>show the version and exit</source>
        <translation>visa versionen och avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="167"/>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="168"/>
        <source>show technical details</source>
        <translation>visa tekniska detaljer</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="173"/>
        <source>check that this installation works, headless; exit code 0 if it does</source>
        <translation>kontrollera att installationen fungerar, utan fönster; slutkod 0 om den gör det</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="179"/>
        <source>register file (default: the last one used, or {path})</source>
        <translation>registerfil (standard: den som användes senast, eller {path})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="234"/>
        <source>render every screen to PNG files, with a throw-away register</source>
        <translation>spara varje skärm som en PNG-fil, med ett tillfälligt register</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="239"/>
        <source>folder for the PNG files</source>
        <translation>mapp för PNG-filerna</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="268"/>
        <source>Wrote {count} screenshots to {folder}.</source>
        <translation>{count} skärmbilder har sparats i {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="195"/>
        <source>register file</source>
        <translation>registerfil</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="198"/>
        <source>your user name</source>
        <translation>ditt användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="202"/>
        <source>read passwords from standard input, one per line</source>
        <translation>läs lösenord från standardinmatningen, ett per rad</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="207"/>
        <source>create a new register and its first administrator</source>
        <translation>skapa ett nytt register och dess första administratör</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="209"/>
        <location filename="../../desktop/cli.py" line="215"/>
        <source>full name shown in the program</source>
        <translation>fullständigt namn som visas i programmet</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="211"/>
        <source>check the key, the file and the audit chain</source>
        <translation>kontrollera nyckeln, filen och loggkedjan</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="212"/>
        <source>add a user (administrators only)</source>
        <translation>lägg till en användare (bara administratörer)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="213"/>
        <source>the new user&apos;s name</source>
        <translation>den nya användarens användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="221"/>
        <source>admin: also users, settings and the audit log</source>
        <translation>admin: även användare, inställningar och loggen</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="223"/>
        <source>change your own password</source>
        <translation>byt ditt eget lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="227"/>
        <source>open with the recovery key and set a new password for a user</source>
        <translation>öppna med återställningsnyckeln och ge en användare ett nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="229"/>
        <source>remove a user (administrators only)</source>
        <translation>ta bort en användare (bara administratörer)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="230"/>
        <source>the user to remove</source>
        <translation>användaren som ska tas bort</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="231"/>
        <source>give the register a new key and recovery key</source>
        <translation>ge registret en ny nyckel och en ny återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="286"/>
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
    <name>Action</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="11"/>
        <source>Signed in</source>
        <translation>Loggade in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="12"/>
        <source>Failed sign-in</source>
        <translation>Misslyckad inloggning</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="13"/>
        <source>Signed out</source>
        <translation>Loggade ut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="14"/>
        <source>Viewed</source>
        <translation>Visade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="15"/>
        <source>Created</source>
        <translation>Skapade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="16"/>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="17"/>
        <source>Exported</source>
        <translation>Exporterade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18"/>
        <source>Printed</source>
        <translation>Skrev ut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="19"/>
        <source>Backup</source>
        <translation>Säkerhetskopierade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="20"/>
        <source>Restore</source>
        <translation>Återställde från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="21"/>
        <source>Key changed</source>
        <translation>Bytte nyckel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="22"/>
        <source>User account changed</source>
        <translation>Ändrade användarkonto</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="23"/>
        <source>Register updated</source>
        <translation>Uppdaterade registret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="24"/>
        <source>Opened with recovery key</source>
        <translation>Öppnade med återställningsnyckeln</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="57"/>
        <source>Add user</source>
        <translation>Lägg till användare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="60"/>
        <source>&amp;User name</source>
        <translation>&amp;Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="61"/>
        <source>&amp;Full name</source>
        <translation>&amp;Fullständigt namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="65"/>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="67"/>
        <source>&amp;Password</source>
        <translation>&amp;Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="67"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="70"/>
        <source>R&amp;epeat password</source>
        <translation>&amp;Upprepa lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="70"/>
        <source>Repeat password</source>
        <translation>Upprepa lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="74"/>
        <source>Tell the new user this password in person. They choose one of their own at the first sign-in.</source>
        <translation>Ge lösenordet till den nya användaren personligen. Vid första inloggningen väljer användaren ett eget lösenord.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="82"/>
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
        <location filename="../../desktop/db/register.py" line="68"/>
        <source>The recovery key does not open this register.</source>
        <translation>Återställningsnyckeln öppnar inte det här registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="72"/>
        <source>This account is disabled. Ask an administrator to enable it again.</source>
        <translation>Det här kontot är avstängt. Be en administratör att aktivera det igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="78"/>
        <source>The register could not be updated for this version of Färdväg and was left as it was. A copy from before the update is at {copy}.</source>
        <translation>Registret kunde inte uppdateras för den här versionen av Färdväg och har lämnats som det var. En kopia från före uppdateringen finns på {copy}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="670"/>
        <source>That user name is reserved.</source>
        <translation>Det användarnamnet är reserverat.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="674"/>
        <source>There is already a user called {username}.</source>
        <translation>Det finns redan en användare som heter {username}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="699"/>
        <source>There is no user called {username}.</source>
        <translation>Det finns ingen användare som heter {username}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="727"/>
        <source>The new password must differ from the old one.</source>
        <translation>Det nya lösenordet måste skilja sig från det gamla.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="752"/>
        <source>You cannot remove yourself.</source>
        <translation>Du kan inte ta bort dig själv.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="756"/>
        <source>The last administrator cannot be removed.</source>
        <translation>Den sista administratören kan inte tas bort.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/settings.py" line="36"/>
        <source>Give the unit a name.</source>
        <translation>Ge enheten ett namn.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/settings.py" line="41"/>
        <source>At most {max} characters.</source>
        <translation>Högst {max} tecken.</translation>
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
</context>
<context>
    <name>AuditSection</name>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="80"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="82"/>
        <source>What</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="83"/>
        <source>All actions</source>
        <translation>Alla händelser</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="86"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="87"/>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="88"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Kontrollera loggkedjan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="92"/>
        <source>&amp;User</source>
        <translation>A&amp;nvändare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="94"/>
        <source>&amp;What</source>
        <translation>&amp;Händelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="111"/>
        <source>Audit log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="133"/>
        <source>Log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="140"/>
        <source>All users</source>
        <translation>Alla användare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="165"/>
        <source>{count} entries</source>
        <translation>{count} poster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="175"/>
        <source>The chain is intact: none of the {count} entries has been changed or removed.</source>
        <translation>Loggkedjan är obruten: ingen av de {count} posterna har ändrats eller tagits bort.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="182"/>
        <source>The chain is broken at entry {seq}: that entry or one before it has been changed or removed outside Färdväg.</source>
        <translation>Loggkedjan är bruten vid post {seq}: den posten eller en post före den har ändrats eller tagits bort utanför Färdväg.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="41"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="42"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="43"/>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="44"/>
        <source>What</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="45"/>
        <source>Concerns</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/audit.py" line="46"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="166"/>
        <location filename="../../desktop/ui/dialogs.py" line="188"/>
        <source>Change password</source>
        <translation>Byt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="171"/>
        <source>An administrator set your password. Choose one of your own before you go on.</source>
        <translation>En administratör har valt ditt lösenord. Välj ett eget lösenord innan du fortsätter.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="178"/>
        <source>&amp;Current password</source>
        <translation>Nu&amp;varande lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="178"/>
        <source>Current password</source>
        <translation>Nuvarande lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="181"/>
        <source>&amp;New password</source>
        <translation>&amp;Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="181"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="185"/>
        <source>R&amp;epeat new password</source>
        <translation>&amp;Upprepa nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="186"/>
        <source>Repeat new password</source>
        <translation>Upprepa nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="199"/>
        <source>That is not your current password.</source>
        <translation>Det är inte ditt nuvarande lösenord.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../../desktop/db/register.py" line="624"/>
        <source>{count} entries</source>
        <translation>{count} poster</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="626"/>
        <source>first broken entry: {seq}</source>
        <translation>första brutna posten: {seq}</translation>
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
    <name>Entity</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="28"/>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="29"/>
        <source>user</source>
        <translation>användare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="30"/>
        <source>settings</source>
        <translation>inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="31"/>
        <source>format</source>
        <translation>format</translation>
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
        <location filename="../../desktop/ui/widgets.py" line="108"/>
        <source>The two passwords are not the same.</source>
        <translation>De två lösenorden stämmer inte överens.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="118"/>
        <source>Open register</source>
        <translation>Öppna register</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="120"/>
        <source>Färdväg register (*.fardvag)</source>
        <translation>Färdväg-register (*.fardvag)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="49"/>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="74"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="75"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="79"/>
        <source>Change &amp;password…</source>
        <translation>&amp;Byt lösenord…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="83"/>
        <source>&amp;Quit</source>
        <translation>Av&amp;sluta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="88"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="89"/>
        <source>&amp;About Färdväg</source>
        <translation>&amp;Om Färdväg</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="128"/>
        <source>Signed in: {name}</source>
        <translation>Inloggad: {name}</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <location filename="../../desktop/ui/sections/overview.py" line="36"/>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/overview.py" line="40"/>
        <source>(no unit name yet)</source>
        <translation>(enheten har inget namn än)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/overview.py" line="44"/>
        <source>Signed in as {name} ({user})</source>
        <translation>Inloggad som {name} ({user})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/overview.py" line="48"/>
        <source>Register: {path}</source>
        <translation>Register: {path}</translation>
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
    <name>Roles</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="48"/>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="49"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="123"/>
        <source>New password for {name}</source>
        <translation>Nytt lösenord för {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="126"/>
        <source>{name} must choose a password of their own at the next sign-in.</source>
        <translation>{name} måste välja ett eget lösenord vid nästa inloggning.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="134"/>
        <source>&amp;New password</source>
        <translation>&amp;Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="134"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="137"/>
        <source>R&amp;epeat password</source>
        <translation>&amp;Upprepa lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="137"/>
        <source>Repeat password</source>
        <translation>Upprepa lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="139"/>
        <source>Set password</source>
        <translation>Spara lösenordet</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../../desktop/ui/sections/settings.py" line="50"/>
        <source>&amp;Unit name</source>
        <translation>&amp;Enhetens namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/settings.py" line="51"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/settings.py" line="54"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/settings.py" line="55"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Lås efter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/settings.py" line="59"/>
        <source>La&amp;nguage</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/settings.py" line="61"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/settings.py" line="72"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/settings.py" line="119"/>
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
        <location filename="../../desktop/ui/sections/users.py" line="59"/>
        <location filename="../../desktop/ui/sections/users.py" line="86"/>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/users.py" line="60"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Lägg till användare…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/users.py" line="61"/>
        <source>Set &amp;password…</source>
        <translation>&amp;Nytt lösenord…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/users.py" line="62"/>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/users.py" line="63"/>
        <source>&amp;Enable again…</source>
        <translation>Aktivera &amp;igen…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/users.py" line="143"/>
        <source>Remove user</source>
        <translation>Ta bort användare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/users.py" line="145"/>
        <source>Remove {name}? They can no longer sign in. What they did stays in the log. If they may have kept a copy of the register, also give the register a new key.</source>
        <translation>Vill du ta bort {name}? Personen kan då inte längre logga in. Det personen har gjort finns kvar i loggen. Om personen kan ha sparat en kopia av registret ska du också ge registret en ny nyckel.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <location filename="../../desktop/ui/sections/users.py" line="28"/>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/users.py" line="28"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/users.py" line="28"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/users.py" line="28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/users.py" line="38"/>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/users.py" line="40"/>
        <source>Must change password</source>
        <translation>Måste byta lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sections/users.py" line="41"/>
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
</TS>
