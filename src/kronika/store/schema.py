"""The tables, one definition for SQLite and PostgreSQL. Migrations create them (migrations/)."""
from __future__ import annotations

from sqlalchemy import (BigInteger, Column, ForeignKey, Index, Integer, MetaData, String, Table, Text,
                        UniqueConstraint)

metadata = MetaData()

# Dates are ISO strings (YYYY-MM-DD): they sort and compare the same in both databases.
documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", Text),
    Column("canonical_url", Text, index=True),
    Column("title", Text),
    Column("language", String(8), index=True),
    Column("published", String(10), index=True),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("simhash", BigInteger),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="SET NULL")),
    Column("fetch_meta", Text),       # JSON: status, etag, last-modified, fetched_at, file path
    Column("added_at", String(32), nullable=False),
)

document_urls = Table(  # every address a document was met under (syndication, redirects)
    "document_urls", metadata,
    Column("url", Text, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
)

simhash_bands = Table(  # four 16-bit bands of each simhash: near duplicates share at least one
    "simhash_bands", metadata,
    Column("band", Integer, primary_key=True),
    Column("value", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
)

stories = Table(
    "stories", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", Text),
    Column("date", String(10), index=True),
    Column("created_at", String(32), nullable=False),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("type", String(16)),
    Column("mode", String(16)),
    Column("date", String(10), index=True),
    Column("date_end", String(10)),
    Column("date_precision", String(8)),
    Column("location_city", Text),
    Column("location_country", String(4)),
    Column("countries", Text, nullable=False, default="[]"),      # JSON list, also in event_countries
    Column("organizations", Text, nullable=False, default="[]"),
    Column("topics", Text, nullable=False, default="[]"),         # JSON list, also in event_topics
    Column("evidence", Text, nullable=False, default="{}"),
    Column("summary", Text),                                      # searchable text of the event
    Column("subjects", Text, nullable=False, default="[]"),       # added in migration 0002
    Column("date_basis", String(12)),                             # added in migration 0002
    # the document's language, copied (migration 0008): the events list filters on it newest first
    # through ix_events_language_date instead of joining every document in that language
    Column("language", String(8)),
    # the passage of the document the event is told in, character offsets (migration 0009); NULL: all of it
    Column("region_start", Integer),
    Column("region_end", Integer),
    Column("status", String(12), nullable=False, default="new", index=True),  # new|approved|rejected
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="SET NULL"), index=True),
    Column("curated", Text, nullable=False, default="[]"),        # fields an analyst changed
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    UniqueConstraint("document_id", "position"),
    Index("ix_events_date_type", "date", "type"),
    Index("ix_events_language_date", "language", "date"),
)

event_countries = Table(
    "event_countries", metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("country", String(4), primary_key=True),
    # the event's date, copied by a trigger (migration 0010): the list reads a country's events newest first
    Column("date", String(10)),
    Index("ix_event_countries_country_date", "country", "date", "event_id"),
)

event_topics = Table(
    "event_topics", metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("topic", String(24), primary_key=True),
    Column("date", String(10)),  # the event's, as in event_countries
    Index("ix_event_topics_topic_date", "topic", "date", "event_id"),
)

event_persons = Table(
    "event_persons", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("name_original", Text),
    Column("country", String(4)),
    Column("role", Text),
    Column("evidence", Text, nullable=False, default="[]"),
)

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", Text, nullable=False, unique=True),
    Column("name", Text),
    Column("kind", String(12), nullable=False, default="feed"),   # feed | sitemap | page
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_checked", String(32)),
    Column("last_status", Integer),
    Column("last_error", Text),
    Column("failures", Integer, nullable=False, default=0),
    Column("added_at", String(32), nullable=False),
)

audit_log = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False, index=True),
    Column("actor", Text, nullable=False),
    Column("action", String(24), nullable=False),
    Column("entity", String(16), nullable=False),
    Column("entity_id", Integer, nullable=False),
    Column("field", Text),
    Column("before", Text),
    Column("after", Text),
    Index("ix_audit_entity", "entity", "entity_id"),
)

# ---------------------------------------------------------------- workspace (migration 0003)
users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("role", String(12), nullable=False),            # viewer | editor | admin
    Column("password_hash", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("language", String(8)),                         # the workspace's language for them (migration 0007)
)

sessions = Table(
    "sessions", metadata,
    Column("token_hash", String(64), primary_key=True),    # SHA-256 of the cookie value
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("expires", String(32), nullable=False),
)

api_tokens = Table(  # personal tokens for scripts (web/tokens.py); only the SHA-256 of a token is kept
    "api_tokens", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("label", String(64), nullable=False),
    Column("scope", String(12), nullable=False),                  # viewer | editor
    Column("created_at", String(32), nullable=False),
    Column("last_used", String(32)),
)

login_failures = Table(
    "login_failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False),
    Column("address", String(64), nullable=False),
    Column("at", String(32), nullable=False, index=True),
)

# ---------------------------------------------------------------- back-fill (migration 0005)
backfill_chunks = Table(  # one row per stored chunk of an input file: a re-run skips these
    "backfill_chunks", metadata,
    Column("input", Text, primary_key=True),                # the input's key: absolute path and size
    Column("first_offset", BigInteger, primary_key=True),   # offset of the chunk's first record
    Column("records", Integer, nullable=False),
    Column("kept", Integer, nullable=False),                # past the prefilter
    Column("stored", Integer, nullable=False),
    Column("duplicates", Integer, nullable=False),
    Column("failed", Integer, nullable=False),
    Column("done_at", String(32), nullable=False),
)

# ---------------------------------------------------------------- machine drafts (migration 0006)
drafts = Table(  # what a language model drafted for a report, so a second run does not ask again
    "drafts", metadata,
    Column("digest", String(64), primary_key=True),          # sha256 of kind, language, model and inputs
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), index=True),  # none: a report's
    Column("kind", String(16), nullable=False),              # summary | headline | conclusions
    Column("lang", String(8), nullable=False),
    Column("model", Text, nullable=False),
    Column("text", Text),                                    # none: the draft was dropped (see note)
    Column("note", Text),
    Column("created_at", String(32), nullable=False),
)
