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
        <location filename="../../desktop/cli.py" line="73"/>
        <location filename="../../desktop/cli.py" line="126"/>
        <source>New password for {user}</source>
        <translation>Nytt lösenord för {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="79"/>
        <source>Created the register {path}.</source>
        <translation>Registret {path} har skapats.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="86"/>
        <source>key</source>
        <translation>nyckeln</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="87"/>
        <source>encrypted</source>
        <translation>krypterad</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="88"/>
        <source>SQLCipher page check</source>
        <translation>SQLCiphers sidkontroll</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="89"/>
        <source>SQLite structure check</source>
        <translation>SQLites strukturkontroll</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="90"/>
        <source>audit chain</source>
        <translation>loggkedjan</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="95"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="95"/>
        <source>FAILED</source>
        <translation>FEL</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="104"/>
        <source>Password for the new user {user}</source>
        <translation>Lösenord för den nya användaren {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="107"/>
        <source>Added {user}.</source>
        <translation>{user} har lagts till.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="114"/>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="116"/>
        <source>Password changed.</source>
        <translation>Lösenordet har ändrats.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="123"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="130"/>
        <source>{user} can sign in with the new password. Set new passwords for the others.</source>
        <translation>{user} kan logga in med det nya lösenordet. Ge de andra användarna nya lösenord.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="143"/>
        <source>Removed {user}. If they may have kept a copy of the register, run rotate-key.</source>
        <translation>{user} har tagits bort. Om personen kan ha sparat en kopia av registret ska du köra rotate-key.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="153"/>
        <source>The register has a new key. The old recovery key no longer works.</source>
        <translation>Registret har fått en ny nyckel. Den gamla återställningsnyckeln fungerar inte längre.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="161"/>
        <source>Färdväg: the unit&apos;s encrypted register. Without a command: the window.</source>
        <translation>Färdväg: enhetens krypterade register. Utan kommando öppnas fönstret.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="164"/>
        <location filename="../../desktop/cli.py" line="186"/>
        <source>show this help and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="169"/>
        <source>show the version and exit</source>
        <translation>visa versionen och avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="171"/>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="172"/>
        <source>show technical details</source>
        <translation>visa tekniska detaljer</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="178"/>
        <source>register file (default: %(default)s)</source>
        <translation>registerfil (standard: %(default)s)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="192"/>
        <source>register file</source>
        <translation>registerfil</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="195"/>
        <source>your user name</source>
        <translation>ditt användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="199"/>
        <source>read passwords from standard input, one per line</source>
        <translation>läs lösenord från standardinmatningen, ett per rad</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="204"/>
        <source>create a new register and its first administrator</source>
        <translation>skapa ett nytt register och dess första administratör</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="206"/>
        <location filename="../../desktop/cli.py" line="212"/>
        <source>full name shown in the program</source>
        <translation>fullständigt namn som visas i programmet</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="208"/>
        <source>check the key, the file and the audit chain</source>
        <translation>kontrollera nyckeln, filen och loggkedjan</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="209"/>
        <source>add a user (administrators only)</source>
        <translation>lägg till en användare (bara administratörer)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="210"/>
        <source>the new user&apos;s name</source>
        <translation>den nya användarens användarnamn</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="218"/>
        <source>admin: also users, settings and the audit log</source>
        <translation>admin: även användare, inställningar och loggen</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="220"/>
        <source>change your own password</source>
        <translation>byt ditt eget lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="224"/>
        <source>open with the recovery key and set a new password for a user</source>
        <translation>öppna med återställningsnyckeln och ge en användare ett nytt lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="226"/>
        <source>remove a user (administrators only)</source>
        <translation>ta bort en användare (bara administratörer)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="227"/>
        <source>the user to remove</source>
        <translation>användaren som ska tas bort</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="228"/>
        <source>give the register a new key and recovery key</source>
        <translation>ge registret en ny nyckel och en ny återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="246"/>
        <source>The window is not built yet; it comes with the application shell. Use one of the commands below.</source>
        <translation>Fönstret finns inte ännu. Det kommer i en senare version av programmet. Använd något av kommandona nedan.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="265"/>
        <source>Unexpected error ({kind}). Run again with --debug for details.</source>
        <translation>Oväntat fel ({kind}). Kör igen med --debug för att se detaljer.</translation>
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
        <location filename="../../desktop/db/register.py" line="72"/>
        <source>The recovery key does not open this register.</source>
        <translation>Återställningsnyckeln öppnar inte det här registret.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="76"/>
        <source>This account is disabled. Ask an administrator to enable it again.</source>
        <translation>Det här kontot är avstängt. Be en administratör att aktivera det igen.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="82"/>
        <source>The register could not be updated for this version of Färdväg and was left as it was. A copy from before the update is at {copy}.</source>
        <translation>Registret kunde inte uppdateras för den här versionen av Färdväg och har lämnats som det var. En kopia från före uppdateringen finns på {copy}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="619"/>
        <source>That user name is reserved.</source>
        <translation>Det användarnamnet är reserverat.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="623"/>
        <source>There is already a user called {username}.</source>
        <translation>Det finns redan en användare som heter {username}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="642"/>
        <source>There is no user called {username}.</source>
        <translation>Det finns ingen användare som heter {username}.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="670"/>
        <source>The new password must differ from the old one.</source>
        <translation>Det nya lösenordet måste skilja sig från det gamla.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="695"/>
        <source>You cannot remove yourself.</source>
        <translation>Du kan inte ta bort dig själv.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="701"/>
        <source>The last administrator cannot be removed.</source>
        <translation>Den sista administratören kan inte tas bort.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../../desktop/db/register.py" line="583"/>
        <source>{count} entries</source>
        <translation>{count} poster</translation>
    </message>
    <message>
        <location filename="../../desktop/db/register.py" line="585"/>
        <source>first broken entry: {seq}</source>
        <translation>första brutna posten: {seq}</translation>
    </message>
</context>
</TS>
