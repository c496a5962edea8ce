-- 50 organisations of 2,000 members (one cohort of all 2,000 each), 5 generated documents per member (500,000),
-- one submission per member in a mix of states over 60 days, two artifacts per member with 0-3 evidence links each.
-- Per organisation 1 org admin and 5 counsellors (assigned to the cohort). Run by run.sh against a database the
-- application has migrated; :hash is the password hash of a registered user, so every bench user signs in with
-- the same passphrase. Organisation 1's admin and first counsellor were registered through the API beforehand
-- (admin1@..., counsellor1-1@...): they keep their rows and get their memberships here.
\set ON_ERROR_STOP on
\timing on

select setseed(0.17);

insert into organisations (name, slug, created_at)
select 'Bench university ' || o, 'bench-' || o, now() - interval '200 days'
from generate_series(1, 50) o;

create temporary table bench_orgs as
select id, row_number() over (order by id) as n from organisations where slug like 'bench-%';

-- everyone: members m<org>-<k>, admins admin<org>, counsellors counsellor<org>-<c>
create temporary table people_emails as
select o.id as org_id, o.n as org_n, k, 'MEMBER' as role, 'm' || o.n || '-' || k || '@reviews.bench.cvtailor.dev' as email
from bench_orgs o cross join generate_series(1, 2000) k
union all
select o.id, o.n, 0, 'ORG_ADMIN', 'admin' || o.n || '@reviews.bench.cvtailor.dev' from bench_orgs o
union all
select o.id, o.n, c, 'COUNSELLOR', 'counsellor' || o.n || '-' || c || '@reviews.bench.cvtailor.dev'
from bench_orgs o cross join generate_series(1, 5) c;

insert into users (email, password_hash, role, enabled, created_at)
select email, :'hash', 'user', true, now() - interval '150 days' from people_emails
order by org_n, role, k
on conflict (email) do nothing;

create temporary table people as
select p.*, u.id as user_id from people_emails p join users u on u.email = p.email;
create index on people (org_id, role, k);
analyze people;

insert into memberships (user_id, organisation_id, role, joined_at)
select user_id, org_id, role, now() - interval '120 days' from people order by user_id;

insert into cohorts (organisation_id, name, name_key, target_roles, created_at)
select id, 'Class of 2027', 'class of 2027', '["Software engineer","Data engineer"]', now() - interval '110 days'
from bench_orgs;

-- the cohort holds every member, and its counsellors (cohort_members also assigns counsellors to cohorts)
insert into cohort_members (cohort_id, user_id)
select c.id, p.user_id from people p join cohorts c on c.organisation_id = p.org_id
where p.role in ('MEMBER', 'COUNSELLOR')
order by c.id, p.user_id;

-- keywords: the covered ones are common, the missing ones come from 20 terms, the first ones more often, so the
-- insights' skill gaps have a ranking to make
create temporary table words as select
  array['Java', 'SQL', 'Python', 'Git', 'Linux', 'REST', 'PostgreSQL', 'Spring', 'JavaScript', 'Agile',
        'Docker', 'HTML'] as common,
  array['Kubernetes', 'Terraform', 'AWS', 'Kafka', 'GraphQL', 'TypeScript', 'React', 'Spark', 'Airflow', 'Snowflake',
        'Go', 'Rust', 'Scala', 'Azure', 'CI/CD', 'Machine learning', 'Redis', 'Elasticsearch', 'Microservices',
        'Jenkins'] as gaps;

-- 5 documents per member, in member order (so a member's documents share heap pages, as documents written over
-- weeks would not quite: this is the favourable case); 4 CVs and 1 cover letter, 3 % failed (no coverage)
insert into generated_documents (user_id, kind, version, status, generator, generator_note, saved, created_at,
                                 updated_at, coverage_json, attempts, failure_reason)
select d.user_id, d.kind, 1, d.status, 'TEMPLATE', null, d.n = 5, d.created_at, d.created_at,
       case when d.status = 'READY' then
         '{"ratio":' || round(cov.n::numeric / greatest(1, cov.n + miss.n), 3)
         || ',"covered":' || cov.list || ',"missing":' || miss.list || ',"unsupported":[],"removed":[]}'
       end,
       1, case when d.status = 'FAILED' then 'bench: failed' end
from (
  select p.user_id, n,
         case when n = 3 then 'cover_letter' else 'cv' end as kind,
         case when random() < 0.03 and n <> 5 then 'FAILED' else 'READY' end as status,
         now() - make_interval(days => 70 + (5 - n) * 7) + make_interval(secs => (random() * 86400 * 6)::int) as created_at
  from people p cross join generate_series(1, 5) n
  where p.role = 'MEMBER'
) d
cross join words w
cross join lateral (
  select count(*) as n, coalesce(json_agg(t order by t)::text, '[]') as list
  from (select distinct w.common[1 + floor(random() * 12)::int] as t
        from generate_series(1, 3 + (d.user_id % 6)::int)) c
) cov
cross join lateral (
  select count(*) as n, coalesce(json_agg(t order by t)::text, '[]') as list
  from (select distinct w.gaps[1 + floor(20 * power(random(), 2))::int] as t
        from generate_series(1, floor(random() * 5)::int + (d.user_id * 0)::int)) m
) miss
order by d.user_id, d.n;

-- one submission per member, of their newest CV; state mix: 25 % submitted, 15 % in review, 20 % changes
-- requested, 40 % approved; submitted over the last 60 days
create temporary table member_docs as
select user_id, max(id) as document_id from generated_documents
where user_id in (select user_id from people where role = 'MEMBER') group by user_id;

insert into reviews (organisation_id, owner_id, document_id, document_version, document_kind, counsellor_id,
                     previous_id, state, note, decision_note, submitted_at, first_reviewed_at, decided_at, updated_at)
select r.org_id, r.user_id, r.document_id, 1, 'cv', case when r.state <> 'SUBMITTED' then r.counsellor_id end,
       null, r.state, case when r.k % 3 = 0 then 'Applying for graduate roles, please check my projects.' end,
       case when r.state in ('APPROVED', 'CHANGES_REQUESTED') then 'Decided by the bench.' end,
       r.submitted_at, r.first_reviewed_at, r.decided_at,
       coalesce(r.decided_at, r.first_reviewed_at, r.submitted_at)
from (
  select f.*,
         case when f.state in ('APPROVED', 'CHANGES_REQUESTED')
              then least(now(), f.first_reviewed_at + make_interval(secs => (random() * 96 * 3600)::int)) end
           as decided_at
  from (
    select s.*,
           case when s.state <> 'SUBMITTED'
                then least(now(), s.submitted_at + make_interval(secs => (random() * 72 * 3600)::int)) end
             as first_reviewed_at
    from (
      select p.org_id, p.user_id, p.k, md.document_id, c.user_id as counsellor_id,
             now() - make_interval(secs => (random() * 60 * 86400)::int) as submitted_at,
             (array['SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'IN_REVIEW', 'IN_REVIEW',
                    'IN_REVIEW', 'CHANGES_REQUESTED', 'CHANGES_REQUESTED', 'CHANGES_REQUESTED', 'CHANGES_REQUESTED',
                    'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED'])
               [1 + floor(random() * 20)::int] as state
      from people p
      join member_docs md on md.user_id = p.user_id
      join people c on c.org_id = p.org_id and c.role = 'COUNSELLOR' and c.k = 1 + p.k % 5
      where p.role = 'MEMBER'
    ) s
  ) f
) r
order by r.submitted_at;

-- two artifacts per member, 0 to 3 evidence links each (1.5 on average), most of them valid; their next check a
-- month away, so the revalidation timer leaves them alone (the addresses are not encrypted)
insert into artifacts (user_id, kind, title, summary, status, created_at, updated_at, version, search_text)
select p.user_id, (array['PROJECT', 'POSITION'])[a], 'Bench artifact ' || a, 'Built and ran a service.', 'READY',
       now() - interval '100 days', now() - interval '100 days', 0, 'bench artifact ' || a || ' built and ran a service'
from people p cross join generate_series(1, 2) a
where p.role = 'MEMBER'
order by p.user_id, a;

insert into evidence_links (artifact_id, url_encrypted, kind, validation_status, last_checked_at, http_status,
                            created_at, next_check_at)
select e.artifact_id, 'bench-not-encrypted-' || e.artifact_id || '-' || e.l, 'repository', e.status,
       now() - interval '1 day', case e.status when 'VALID' then 200 when 'BROKEN' then 404 end,
       now() - interval '100 days', now() + interval '30 days' + make_interval(secs => (random() * 86400 * 30)::int)
from (
  select a.id as artifact_id, l,
         (array['VALID', 'VALID', 'VALID', 'VALID', 'VALID', 'VALID', 'VALID', 'BROKEN', 'UNREACHABLE', 'PENDING'])
           [1 + floor(random() * 10)::int] as status
  from artifacts a
  cross join lateral generate_series(1, (a.id % 4)::int) l
  where a.user_id in (select user_id from people where role = 'MEMBER')
) e
order by e.artifact_id, e.l;

-- vacuumed as autovacuum would soon after such a load (it also sets the visibility map index-only scans read)
vacuum analyze;
