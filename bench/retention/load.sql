-- What the retention purges work through, on top of the 1,000,000 artifacts of bench/artifacts/load.sql: for each
-- of the 10,001 bench users, 20 unsaved documents made 100 days ago (due), 5 saved ones as old (kept), 5 recent
-- ones (not due); one in twenty of the due ones frozen as an application's sent copy (held); an export log per
-- document made three years ago (due); and 30 audit events per user made 40 days ago (due).
\set ON_ERROR_STOP on
\timing on

create temporary table bench_users as select id from users where email like 'bench%@bench.cvtailor.dev';

insert into generated_documents (user_id, kind, version, status, content_json, text_content, generator, saved,
                                 created_at, updated_at, attempts)
select u.id, case when d % 2 = 0 then 'CV' else 'COVER_LETTER' end, 1, 'READY', '{}', 'A bench document',
       'TEMPLATE', d > 20 and d <= 25,
       case when d <= 25 then now() - interval '100 days' else now() - interval '5 days' end, now(), 1
from bench_users u cross join generate_series(1, 30) d;

insert into applications (user_id, company, role, status, status_since, created_at, updated_at, version)
select u.id, 'Northwind', 'Engineer', 'APPLIED', now(), now(), now(), 0 from bench_users u;

insert into sent_copies (application_id, document_id, document_version, kind, format, file_name, sha256, size,
                         content, created_at)
select a.id, d.id, 1, d.kind, 'pdf', 'cv.pdf', repeat('0', 64), 3, decode('255044', 'hex'), now()
from applications a
join lateral (select id, kind from generated_documents g where g.user_id = a.user_id and not g.saved
              and g.created_at < now() - interval '90 days' order by id limit 1) d on true;

insert into export_logs (document_id, user_id, format, template, created_at)
select id, user_id, case when id % 3 = 0 then 'docx' else 'pdf' end, case when id % 3 = 0 then null else 'modern' end,
       now() - interval '3 years' from generated_documents;

insert into audit_events (user_id, type, outcome, details, created_at)
select u.id, case when e % 3 = 0 then 'LOGIN' when e % 3 = 1 then 'EXPORT' else 'GENERATION_REQUESTED' end,
       'SUCCESS', null, now() - interval '40 days' - (e || ' hours')::interval
from bench_users u cross join generate_series(1, 30) e;

analyze;
