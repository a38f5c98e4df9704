"""The SQLCipher store: connection, key slots, migrations, repositories, audit log."""
