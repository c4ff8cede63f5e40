// Every HTTP function of the app. The Functions worker (via package.json "main") and the local host
// both load this file; each handler module registers itself with app.http at import time.
import './handlers/catalog-get';
import './handlers/recommend-post';
import './handlers/validate-post';
