"""The failure-mode suite (issue 11): each way a register, a document or a file can fail,
with the message a user reads (in Swedish) and proof that nothing was lost."""
