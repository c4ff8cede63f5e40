// Every HTTP function of the app. The Functions worker (via package.json "main") and the local host
// both load this file; each handler module registers itself with app.http at import time.
import './handlers/catalog-get';
import './handlers/health-get';
import './handlers/interview-plan-get';
import './handlers/interview-plan-put';
import './handlers/openapi-get';
import './handlers/participants-post';
import './handlers/recommend-post';
import './handlers/recommended-models-get';
import './handlers/round-get';
import './handlers/round-template-get';
import './handlers/rounds-post';
import './handlers/submission-get';
import './handlers/submission-import-post';
import './handlers/submission-put';
import './handlers/submissions-get';
import './handlers/summary-get';
import './handlers/template-get';
import './handlers/themes-put';
import './handlers/validate-post';
import './handlers/workbook-get';
