"""Mints session cookies with the real Python libraries and prints them as JSON.

Each library reports either {"missing": "<reason>"} or a list of samples, each with the cookie,
its secret, the payload as the library itself reads it back (converted to the plain JSON the
decoder promises) and the issue time the library sees. Run with Debian's /usr/bin/python3.
"""
import asyncio
import base64
import datetime
import json
import sys
import uuid


def plain(value):
    """The JSON the decoder promises for Python values."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    if isinstance(value, str):
        return str(value)
    return value


def iso(dt):
    return dt.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def flask_samples():
    import flask
    from markupsafe import Markup

    secrets = {"dev": "dev", "docs-bytes": b'_5#y2L"F4Q8z\n\xec]/', "user": "a-user-given-secret-9f3c"}
    cases = {
        "plain": lambda s: s.update(user_id=42, username="alice"),
        "tagged": lambda s: s.update(
            pt=(1, "two", 3.5),
            raw=b"\x00\x01binary\xff",
            html=Markup("<b>bold</b> &amp; more"),
            id=uuid.UUID("12345678-1234-5678-1234-567812345678"),
            when=datetime.datetime(2015, 10, 21, 7, 28, tzinfo=datetime.timezone.utc),
            d={" t": "not a tuple"},
            name="Zo\u00eb \u2603",
        ),
        "large": lambda s: s.update(cart=[{"sku": "SKU-%04d" % i, "qty": i} for i in range(60)]),
        "login": lambda s: s.update(_user_id="7", _fresh=True, _id="f" * 128, csrf_token="c" * 40),
    }
    out = []
    for secret_name, secret in secrets.items():
        for case, fill in cases.items():
            app = flask.Flask(__name__)
            app.secret_key = secret

            @app.route("/")
            def index(fill=fill):
                fill(flask.session)
                flask.session.permanent = case == "plain"
                if case == "login":
                    flask.flash("Saved!", "success")
                return "ok"

            response = app.test_client().get("/")
            header = response.headers["Set-Cookie"]
            cookie = header.split(";", 1)[0].split("=", 1)[1]
            serializer = app.session_interface.get_signing_serializer(app)
            value, issued = serializer.loads(cookie, return_timestamp=True)
            out.append({
                "id": "flask/%s/%s" % (secret_name, case),
                "cookie": cookie,
                "secret": secret.decode("latin-1") if isinstance(secret, bytes) else secret,
                "secret_is_bytes": isinstance(secret, bytes),
                "compressed": cookie.startswith("."),
                "payload": plain(dict(value)),
                "issued_at": iso(issued),
            })
    return out


def django_samples():
    from django.conf import settings

    secret = "django-insecure-minted-in-test-0123456789"
    settings.configure(SECRET_KEY=secret, SESSION_ENGINE="django.contrib.sessions.backends.signed_cookies")
    import django

    django.setup()
    from django.contrib.sessions.backends.signed_cookies import SessionStore
    from django.core import signing
    from django.http import HttpResponse

    store = SessionStore()
    store.update({"_auth_user_id": "42", "_auth_user_backend": "django.contrib.auth.backends.ModelBackend", "cart": list(range(80))})
    store.save()
    response = HttpResponse()
    response.set_signed_cookie("theme", "dark", salt="prefs")
    samples = [
        ("django/session", store.session_key, "sessionid", None, dict(store.load())),
        ("django/dumps", signing.dumps({"a": 1, "b": [True, None]}), "", None, {"a": 1, "b": [True, None]}),
        ("django/dumps-compressed", signing.dumps({"text": "x" * 300}, compress=True), "", None, {"text": "x" * 300}),
        ("django/set_signed_cookie", response.cookies["theme"].value, "theme", "prefs", "dark"),
    ]
    return [
        {"id": i, "cookie": c, "name": n, "salt": s, "secret": secret, "payload": plain(p), "compressed": c.startswith(".")}
        for i, c, n, s, p in samples
    ]


def starlette_samples():
    from starlette.middleware.sessions import SessionMiddleware
    from starlette.requests import Request
    from starlette.responses import PlainTextResponse

    secret = "starlette-minted-secret"
    data = {"user": "alice", "n": [1, 2, 3], "nested": {"k": "v\u00e9"}}

    async def app(scope, receive, send):
        Request(scope).session.update(data)
        await PlainTextResponse("ok")(scope, receive, send)

    messages = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        messages.append(message)

    scope = {"type": "http", "method": "GET", "path": "/", "headers": [], "query_string": b"", "scheme": "http", "server": ("127.0.0.1", 80)}
    asyncio.run(SessionMiddleware(app, secret_key=secret)(scope, receive, send))
    header = next(v for k, v in messages[0]["headers"] if k == b"set-cookie").decode()
    cookie = header.split(";", 1)[0].split("=", 1)[1]
    return [{"id": "starlette/session", "cookie": cookie, "secret": secret, "payload": data}]


def collect(name, produce):
    try:
        return produce()
    except ImportError as error:
        return {"missing": "%s: %s" % (name, error)}


json.dump(
    {
        "python": sys.version.split()[0],
        "flask": collect("flask", flask_samples),
        "django": collect("django", django_samples),
        "starlette": collect("starlette", starlette_samples),
    },
    sys.stdout,
)
