-- 1,000,000 artifacts for 10,000 users (100 each) plus one user with 5,000, five labels per user, one label and
-- two taxonomy skills per artifact. Run by run.sh against a database the application has migrated; :hash is the
-- password hash of a registered user, so every bench user signs in with the same passphrase.
\set ON_ERROR_STOP on
\timing on

drop index if exists ix_artifacts_user_search;
drop index if exists ix_artifacts_search;

insert into users (email, password_hash, role, enabled, created_at)
select 'bench' || g || '@bench.cvtailor.dev', :'hash', 'user', true, now()
from generate_series(1, 10001) g;

create temporary table bench_users as
select id, case when email = 'bench10001@bench.cvtailor.dev' then 5000 else 100 end as artifacts
from users where email like 'bench%@bench.cvtailor.dev';

insert into labels (user_id, name, description, created_at)
select u.id, l.name, null, now()
from bench_users u
cross join (values ('backend'), ('data engineering'), ('leadership'), ('cloud'), ('research')) as l(name);

-- words to write titles and descriptions with: q searches hit some artifacts, not all
create temporary table words as select
  array['Realtime', 'Distributed', 'Legacy', 'Mobile', 'Secure', 'Scalable', 'Internal', 'Public', 'Automated',
        'Experimental', 'Regional', 'Global'] as adjectives,
  array['payments platform', 'fraud scoring', 'data lake', 'search service', 'billing system', 'recommendation engine',
        'booking app', 'analytics dashboard', 'identity service', 'logistics tracker', 'sensor pipeline',
        'document archive', 'trading gateway'] as nouns,
  array['Kafka', 'Kubernetes', 'PostgreSQL', 'Java', 'Python', 'Go', 'React', 'Terraform', 'Spark', 'Redis',
        'TypeScript', 'AWS', 'Azure', 'Rust', 'Scala'] as tech,
  array['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries', 'Wayne Enterprises', 'Vandelay'] as orgs;

insert into artifacts (user_id, kind, title, summary, description, organisation, role, started_on, ended_on, stack,
                       status, created_at, updated_at, version, search_text)
select a.user_id, a.kind, a.title, a.summary, a.description, a.organisation, a.role, a.started_on, a.ended_on,
       a.stack, 'READY', a.created_at, a.created_at, 0,
       lower(concat_ws(E'\n', a.title, a.summary, a.description, a.organisation, a.role))
from (
  select u.id as user_id,
         (array['PROJECT', 'POSITION', 'EDUCATION', 'CERTIFICATION', 'PUBLICATION', 'AWARD'])[1 + n % 6] as kind,
         w.adjectives[1 + (n * 7 + u.id) % 12] || ' ' || w.nouns[1 + (n * 3 + u.id) % 13] as title,
         'Delivered the ' || w.nouns[1 + (n * 3 + u.id) % 13] || ' with ' || w.tech[1 + (n + u.id) % 15] || ' and '
           || w.tech[1 + (n * 5 + u.id) % 15] || '.' as summary,
         'Designed, built and ran the ' || w.nouns[1 + (n * 3 + u.id) % 13] || ' for ' || w.orgs[1 + (u.id + n) % 8]
           || '. Cut latency by ' || (10 + n % 80) || ' percent, mentored ' || (1 + n % 9)
           || ' engineers and automated the releases with ' || w.tech[1 + (n * 11 + u.id) % 15] || '.' as description,
         w.orgs[1 + (u.id + n) % 8] as organisation,
         (array['Engineer', 'Senior engineer', 'Tech lead', 'Architect', 'Data scientist'])[1 + n % 5] as role,
         date '2010-01-01' + ((n * 37 + u.id) % 5000)::int as started_on,
         date '2010-01-01' + ((n * 37 + u.id) % 5000)::int + 30 + n % 700 as ended_on,
         '["' || w.tech[1 + (n + u.id) % 15] || '","' || w.tech[1 + (n * 5 + u.id) % 15] || '"]' as stack,
         now() - make_interval(mins => (n * 17 + u.id % 1000)::int) as created_at
  from bench_users u
  cross join lateral generate_series(1, u.artifacts) n
  cross join words w
) a;

-- one label per artifact, chosen by id
insert into artifact_labels (artifact_id, label_id)
select a.id, l.id
from artifacts a
join lateral (
  select id from labels where labels.user_id = a.user_id order by id offset (a.id % 5) limit 1
) l on true
where a.user_id in (select id from bench_users);

-- two skills of the taxonomy per artifact
insert into artifact_skills (artifact_id, skill_id, source)
select a.id, s.id, 'DECLARED'
from artifacts a
join lateral (
  select id from skills where category = 'Programming languages' order by id offset (a.id % 40) limit 2
) s on true
where a.user_id in (select id from bench_users);

create index ix_artifacts_user_search on artifacts using gin (user_id, search_vector);
analyze;
