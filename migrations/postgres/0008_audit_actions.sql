-- One vocabulary for the audit log: stable English identifiers in snake_case (see
-- helder_domain::audit::AuditAction). Earlier versions wrote a mix (`view`, `closed`,
-- `inhoud-gepubliceerd-gepland`, …); this renames the lines already stored, so the filter and
-- the labels find every line under one name. Only `action` changes: who, when, which report and
-- the detail stay as they were. `account_created`, `account_disabled` and `totp_enabled` keep
-- their names.
--
-- The log is append-only; its trigger is switched off for this one statement and on again
-- (all within the migration's transaction, so no other change can slip in meanwhile).
ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;

UPDATE audit_log SET action = CASE action
    WHEN 'view' THEN 'report_viewed'
    WHEN 'login' THEN 'logged_in'
    WHEN 'logout_everywhere' THEN 'logged_out_everywhere'
    WHEN 'settings' THEN 'settings_changed'
    WHEN 'status' THEN 'status_changed'
    WHEN 'closed' THEN 'report_closed'
    WHEN 'estimate' THEN 'amount_estimated'
    WHEN 'note' THEN 'note_added'
    WHEN 'question' THEN 'question_asked'
    WHEN 'question_mail' THEN 'question_mail_queued'
    WHEN 'answer' THEN 'reporter_answered'
    WHEN 'link' THEN 'reports_linked'
    WHEN 'assigned' THEN 'report_assigned'
    WHEN 'export' THEN 'statistics_exported'
    WHEN 'retention' THEN 'retention_applied'
    WHEN 'deleted' THEN 'report_deleted'
    WHEN 'anonymised' THEN 'report_anonymised'
    WHEN 'inhoud-opgeslagen' THEN 'content_saved'
    WHEN 'inhoud-ingediend' THEN 'content_submitted'
    WHEN 'inhoud-gepubliceerd' THEN 'content_published'
    WHEN 'inhoud-gepubliceerd-zonder-beoordeling' THEN 'content_published_unreviewed'
    WHEN 'inhoud-gepubliceerd-gepland' THEN 'content_published_scheduled'
    WHEN 'inhoud-gepland' THEN 'content_scheduled'
    WHEN 'inhoud-planning-gestopt' THEN 'content_unscheduled'
    WHEN 'inhoud-beoordeeld' THEN 'content_reviewed'
    WHEN 'inhoud-ingetrokken' THEN 'content_withdrawn'
    WHEN 'inhoud-verwijderd' THEN 'content_removed'
    WHEN 'inhoud-teruggeplaatst' THEN 'content_republished'
    WHEN 'inhoud-teruggezet' THEN 'content_restored'
    WHEN 'vaste-tekst-gewijzigd' THEN 'snippet_changed'
    WHEN 'film-geupload' THEN 'film_uploaded'
    WHEN 'film-video-vervangen' THEN 'film_video_replaced'
    WHEN 'film-poster-vervangen' THEN 'film_poster_replaced'
    WHEN 'film-ondertiteling-geupload' THEN 'film_captions_uploaded'
    WHEN 'film-tekst-bewaard' THEN 'film_text_saved'
    WHEN 'film-onderwerpen-bewaard' THEN 'film_topics_saved'
    ELSE action
END
WHERE action IN (
    'view', 'login', 'logout_everywhere', 'settings', 'status', 'closed', 'estimate',
    'note', 'question', 'question_mail', 'answer', 'link', 'assigned', 'export',
    'retention', 'deleted', 'anonymised', 'inhoud-opgeslagen', 'inhoud-ingediend',
    'inhoud-gepubliceerd', 'inhoud-gepubliceerd-zonder-beoordeling',
    'inhoud-gepubliceerd-gepland', 'inhoud-gepland', 'inhoud-planning-gestopt',
    'inhoud-beoordeeld', 'inhoud-ingetrokken', 'inhoud-verwijderd',
    'inhoud-teruggeplaatst', 'inhoud-teruggezet', 'vaste-tekst-gewijzigd',
    'film-geupload', 'film-video-vervangen', 'film-poster-vervangen',
    'film-ondertiteling-geupload', 'film-tekst-bewaard', 'film-onderwerpen-bewaard'
);

ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
