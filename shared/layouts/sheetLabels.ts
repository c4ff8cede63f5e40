import type { Lang } from '../i18n/lang';
import { MODEL_COLUMNS } from './modelsLayout';
import { PROFILE_FIELDS } from './profileLayout';
import { SELF_ASSESSMENT_COLUMNS } from './selfAssessmentLayout';

type Path = readonly (string | number)[];

const samePath = (a: Path, b: Path) => a.length === b.length && a.every((seg, i) => seg === b[i]);

/** The model column a path below `models[i]` is typed into: `status`, `impact.A` → `ownA`, `notes`. */
function modelColumnKey(rest: Path): string | undefined {
  if (rest[0] === 'impact' && typeof rest[1] === 'string') return `own${rest[1]}`;
  return typeof rest[0] === 'string' ? rest[0] : undefined;
}

/**
 * The label the sheets show for the cell a submission path is typed into (the Profile sheet's label,
 * or the table column's header), so a message names a field exactly as the user sees it; undefined
 * for a path that has no cell of its own.
 *
 * @example
 * sheetLabel(['participant', 'name'], 'fi') // 'Osallistujan nimi'
 * sheetLabel(['models', 3, 'impact', 'A'], 'fi') // 'Oma A'
 */
export function sheetLabel(path: Path, lang: Lang): string | undefined {
  const field = PROFILE_FIELDS.find((f) => f.input !== 'formula' && samePath(f.path, path));
  if (field) return field.label[lang];
  const [table, index, ...rest] = path;
  if (typeof index !== 'number' || rest.length === 0) return undefined;
  const columns = table === 'models' ? MODEL_COLUMNS : table === 'selfAssessment' ? SELF_ASSESSMENT_COLUMNS : undefined;
  const key = table === 'models' ? modelColumnKey(rest) : typeof rest[0] === 'string' ? rest[0] : undefined;
  const column = columns?.find((c) => c.key === key && c.role === 'input');
  return column?.header[lang];
}
