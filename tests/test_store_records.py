"""The workspace's stores hand out small frozen model records, never rows or dicts: who is asking (by a
session or a token), accounts and their audit trail, tokens, followed feeds, the dashboard's stories,
totals and recent documents, and an event's machine drafts."""
from __future__ import annotations

import dataclasses

import pytest

from kronika.model import Account, Change, Draft, Feed, RecentDocument, StoryCount, Token, Totals, User
from kronika.pipeline import add_inputs
from kronika.store import accounts, drafts, feeds, open_store, tokens, workspace
from kronika.store.preferences import set_user_language
from kronika.web import auth
from kronika.web import tokens as web_tokens

ARTICLE = """Minister Kamikawa z wizytą w Warszawie

Warszawa, 12 marca 2024 r. – Minister spraw zagranicznych Japonii Yoko Kamikawa spotkała się w Warszawie
z ministrem spraw zagranicznych RP Radosławem Sikorskim. Rozmowy dotyczyły bezpieczeństwa w Europie i Azji.
"""


@pytest.fixture()
def store(tmp_path, migrated_db):
    s = open_store(migrated_db("k.db"))
    auth.add_user(s, "alice", "admin", "a long secret 1")
    auth.add_user(s, "bob", "editor", "a long secret 2", who="alice")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    add_inputs(s, [str(tmp_path / "a.txt")])
    return s


def _frozen(record) -> bool:
    try:
        setattr(record, dataclasses.fields(record)[0].name, None)
    except dataclasses.FrozenInstanceError:
        return True
    return False


def test_a_session_and_a_token_give_the_same_kind_of_user(store):
    token, csrf = auth.login(store, "bob", "a long secret 2", "127.0.0.1")
    by_session = auth.session_user(store, token)
    assert by_session == User(by_session.id, "bob", "editor", csrf, None, None) and _frozen(by_session)
    set_user_language(store, by_session.id, "pl")
    tid, value = web_tokens.create(store, "bob", "viewer", "ci")
    by_token = web_tokens.token_user(store, "Bearer " + value)
    # a token's scope below the account's role is the role it acts with; its language is the account's
    assert by_token == User(by_session.id, "bob", "viewer", None, "pl", tid)
    (listed,) = tokens.list_tokens(store, "bob")
    assert isinstance(listed, Token) and (listed.user, listed.label, listed.scope) == ("bob", "ci", "viewer")
    tokens.revoke(store, tid, by=by_token)
    assert web_tokens.token_user(store, "Bearer " + value) is None


def test_accounts_and_their_changes_are_records(store):
    users = accounts.list_users(store)
    assert [type(u) for u in users] == [Account, Account] and [u.name for u in users] == ["alice", "bob"]
    assert all(u.sessions == 0 for u in users) and _frozen(users[0])
    (change,) = accounts.user_history(store)
    assert isinstance(change, Change) and (change.actor, change.action, change.entity) == ("alice", "add", "user")
    assert change.before is None and change.after == {"name": "bob", "role": "editor"}  # decoded, as an event's


def test_an_events_audit_trail_is_records_with_decoded_values(store):
    from kronika.store.curate import history, set_status

    set_status(store, 1, "approved", who="bob")
    (change,) = history(store, "event", 1)
    assert isinstance(change, Change) and (change.field, change.before, change.after) == ("status", "new", "approved")


def test_feeds_and_the_dashboards_lists_are_records(store):
    fid = feeds.add_feed(store, "https://example.org/feed.rss", "Example")
    feeds.record_fetch(store, fid, 500, "HTTP 500")
    (feed,) = feeds.list_feeds(store)
    assert isinstance(feed, Feed) and (feed.kind, feed.failures, feed.last_error) == ("feed", 1, "HTTP 500")
    assert feeds.failing_feeds(store) == [feed] and _frozen(feed)
    assert workspace.totals(store) == Totals(1, 1)
    (doc,) = workspace.recent_documents(store)
    assert isinstance(doc, RecentDocument) and doc.title == "Minister Kamikawa z wizytą w Warszawie"
    (story,) = workspace.latest_stories(store)
    assert isinstance(story, StoryCount) and story.n == 1


def test_an_events_drafts_are_records(store):
    drafts.keep_draft(store, "d1", 1, "headline", "pl", "m", None, "ungrounded")
    assert drafts.event_drafts(store, 1) == [Draft("headline", "pl", "m", None, "ungrounded",
                                                   drafts.event_drafts(store, 1)[0].created_at)]
