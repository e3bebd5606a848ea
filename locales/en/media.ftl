# Films and files: upload, captions, posters, transcripts (team only).
