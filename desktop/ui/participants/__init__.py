"""Deltagare and Översikt: the list, a person's record and its dialogs, the Excel import."""
