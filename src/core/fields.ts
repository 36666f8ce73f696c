/**
 * Header synonyms: which plan field a column header names. Exports come from CRMs,
 * planning tools and hand-made sheets in several languages, so the table is generous;
 * headers are compared in normalised form (case, accents, punctuation and units in
 * brackets removed), first whole, then by their leading or trailing words.
 */
import { normalize } from './text';
import type { Field } from './types';

const SYNONYMS: Record<Field, string[]> = {
  id: [
    'id', 'objective id', 'initiative id', 'record id', 'row id', 'item id', 'key', 'ref', 'reference',
    '#', 'no', 'number', 'code', 'objective number', 'uid', 'external id',
    // de / fr / es
    'nr', 'nummer', 'kennung', 'identifiant', 'ref', 'reference', 'identificador', 'codigo', 'numero',
  ],
  account: [
    'account', 'account name', 'customer', 'customer name', 'client', 'client name', 'company',
    'company name', 'organization name', 'opportunity account', 'account plan', 'logo',
    'kunde', 'kundenname', 'firma', 'unternehmen', 'compte', 'societe', 'entreprise', 'cuenta', 'cliente', 'empresa',
  ],
  title: [
    'title', 'name', 'objective', 'objective name', 'objective title', 'goal', 'goal name', 'goal title',
    'initiative', 'initiative name', 'initiative title', 'project', 'project name', 'program', 'programme',
    'program name', 'statement', 'item', 'what', 'subject', 'headline', 'summary', 'text', 'topic',
    'strategic objective', 'priority', 'okr', 'key result', 'action', 'action item',
    'titel', 'bezeichnung', 'ziel', 'vorhaben', 'projekt', 'massnahme', 'initiative',
    'titre', 'nom', 'intitule', 'objectif', 'projet', 'action',
    'titulo', 'nombre', 'objetivo', 'meta', 'proyecto', 'iniciativa', 'accion',
  ],
  description: [
    'description', 'details', 'detail', 'notes', 'note', 'comments', 'comment', 'why', 'rationale',
    'purpose', 'scope', 'objective description', 'goal description', 'initiative description', 'body',
    'context', 'outcome', 'expected outcome', 'success criteria', 'narrative',
    'beschreibung', 'bemerkung', 'bemerkungen', 'erlauterung', 'kommentar',
    'commentaire', 'commentaires', 'details', 'remarques',
    'descripcion', 'detalles', 'notas', 'comentarios', 'observaciones',
  ],
  organization: [
    'organization', 'organisation', 'org', 'owning organization', 'owning org', 'owning team', 'business unit',
    'bu', 'department', 'dept', 'team', 'division', 'function', 'group', 'unit', 'who', 'region team',
    'responsible team', 'responsible department', 'cost center',
    'abteilung', 'bereich', 'geschaftsbereich', 'organisationseinheit', 'fachbereich',
    'departement', 'service', 'equipe', 'direction', 'unite',
    'departamento', 'area', 'equipo', 'unidad', 'unidad de negocio', 'division',
  ],
  leader: [
    'leader', 'lead', 'project leader', 'project lead', 'program lead', 'programme lead', 'initiative lead',
    'initiative owner', 'led by', 'champion', 'responsible', 'responsible person', 'dri', 'accountable',
    'leiter', 'projektleiter', 'projektleitung', 'verantwortlich', 'verantwortlicher',
    'responsable', 'pilote', 'lider', 'responsable del proyecto',
  ],
  manager: [
    'project manager', 'pm', 'program manager', 'programme manager', 'manager', 'delivery manager',
    'coordinator', 'project coordinator', 'scrum master',
    'projektmanager', 'chef de projet', 'gestionnaire de projet', 'gerente de proyecto', 'jefe de proyecto',
    'gerente',
  ],
  owner: [
    'owner', 'objective owner', 'goal owner', 'assigned to', 'assignee', 'business owner', 'stakeholder',
    'eigentumer', 'verantwortliche', 'proprietaire', 'propietario', 'dueno',
  ],
  sponsor: [
    'sponsor', 'executive sponsor', 'exec sponsor', 'executive', 'executive owner', 'sponsor name',
    'auftraggeber', 'commanditaire', 'patrocinador',
  ],
  budget: [
    'budget', 'funding', 'funds', 'amount', 'cost', 'costs', 'investment', 'spend', 'capex', 'opex',
    'allocated budget', 'budget amount', 'approved budget', 'estimated cost', 'total cost', 'value',
    'deal size', 'money',
    'kosten', 'betrag', 'mittel', 'investition', 'cout', 'couts', 'montant', 'financement',
    'presupuesto', 'costo', 'coste', 'importe', 'financiacion', 'inversion',
  ],
  start: [
    'start', 'start date', 'begin', 'begin date', 'kickoff', 'kick off', 'from', 'launch date', 'started',
    'beginn', 'startdatum', 'anfang', 'debut', 'date de debut', 'inicio', 'fecha de inicio', 'fecha inicio',
  ],
  end: [
    'end', 'end date', 'due', 'due date', 'deadline', 'target date', 'finish', 'finish date', 'completion',
    'completion date', 'close date', 'to', 'until', 'target completion', 'go live', 'go live date',
    'ende', 'enddatum', 'fallig', 'falligkeit', 'frist', 'termin', 'fin', 'date de fin', 'echeance',
    'fecha de fin', 'fecha fin', 'fecha limite', 'vencimiento',
  ],
  timeframe: [
    'timeframe', 'time frame', 'timeline', 'timing', 'when', 'period', 'quarter', 'fiscal year', 'fy',
    'duration', 'horizon', 'schedule', 'target quarter', 'time horizon', 'dates', 'term',
    'zeitraum', 'zeitrahmen', 'zeitplan', 'laufzeit', 'periode', 'calendrier', 'delai', 'horizon',
    'plazo', 'periodo', 'calendario', 'cronograma',
  ],
  parent: [
    'parent', 'parent goal', 'parent objective', 'parent id', 'goal id', 'parent goal id', 'supports',
    'supports goal', 'serves', 'linked goal', 'related goal', 'aligned to', 'aligns to', 'aligned goal',
    'contributes to', 'rolls up to', 'roll up to', 'parent initiative', 'strategic goal', 'under goal',
    'ubergeordnet', 'ubergeordnetes ziel', 'objectif parent', 'objetivo padre', 'meta principal',
  ],
};

/** Each normalised synonym with its field; whole-header matches are checked first. */
const EXACT = new Map<string, Field>();
for (const field of Object.keys(SYNONYMS) as Field[]) {
  for (const synonym of SYNONYMS[field]) {
    const key = normalize(synonym);
    if (!EXACT.has(key)) EXACT.set(key, field);
  }
}
// Headers that matter more than their synonyms' table order suggests.
EXACT.set('goal', 'title');
EXACT.set('goal id', 'parent');
EXACT.set('strategic goal', 'parent');

// Words that, standing first or last in a longer header, say which field it is
// ("Budget (USD)", "Initiative Budget 2026", "Planned Start", "Owning Business Unit").
const PARTIAL: Array<[RegExp, Field]> = [
  [/\b(parent|supports|aligned|contributes|rolls? up)\b/, 'parent'],
  [/\b(budget|funding|cost|costs|spend|investment|capex|opex|presupuesto|kosten|montant)\b/, 'budget'],
  [/\b(start|begin|kick ?off|beginn|debut|inicio)\b/, 'start'],
  [/\b(due|deadline|end|finish|completion|target date|go live|ende|fin|echeance|vencimiento)\b/, 'end'],
  [/\b(timeframe|time frame|timeline|timing|quarter|period|horizon|schedule|zeitraum|plazo)\b/, 'timeframe'],
  [/\b(project manager|program manager|programme manager|pm)\b/, 'manager'],
  [/\b(sponsor|executive)\b/, 'sponsor'],
  [/\b(owner|assignee)\b/, 'owner'],
  [/\b(leader|lead|champion|responsible|leiter)\b/, 'leader'],
  [/\b(business unit|department|dept|team|division|org|organi[sz]ation|abteilung|bereich|departamento|equipo)\b/, 'organization'],
  [/\b(account|customer|client|company|kunde|cliente)\b/, 'account'],
  [/\b(description|details|notes|comments|rationale|why|beschreibung|descripcion)\b/, 'description'],
  [/\b(id|key|ref|number|code)$/, 'id'],
  [/\b(title|name|objective|goal|initiative|project|program|statement|titel|titre|titulo|nombre)\b/, 'title'],
];

/** Removes units and qualifiers in brackets, as in `Budget (USD)` or `Start [dd/mm]`. */
function stripBrackets(header: string): string {
  return header.replace(/[([{][^)\]}]*[)\]}]/g, ' ');
}

/** The normalised form used to compare two headers (also for an explicit `--map` name). */
export function headerKey(header: string): string {
  return normalize(stripBrackets(header));
}

/**
 * The field a header names, and how sure we are: `exact` for a whole-header synonym,
 * `partial` when a telling word stands in a longer header; null when it names none.
 */
export function fieldOfHeader(header: string): { field: Field; match: 'exact' | 'partial' } | null {
  const key = headerKey(header);
  if (!key) return null;
  const exact = EXACT.get(key);
  if (exact) return { field: exact, match: 'exact' };
  for (const [pattern, field] of PARTIAL) {
    if (pattern.test(key)) return { field, match: 'partial' };
  }
  return null;
}

/** Single words that head a one-column list of bare statements. */
const LIST_HEADER_WORDS = new Set(
  [
    'statement', 'statements', 'text', 'description', 'item', 'items', 'goal', 'goals', 'objective',
    'objectives', 'initiative', 'initiatives', 'title', 'name', 'summary', 'line', 'entry', 'okr', 'okrs',
    'priority', 'priorities', 'project', 'projects', 'what', 'ziel', 'ziele', 'objectif', 'objectifs',
    'objetivo', 'objetivos', 'beschreibung', 'descripcion',
  ].map(normalize),
);

/** True when the first line of a one-column file is a header word rather than a statement. */
export function isListHeader(text: string): boolean {
  return LIST_HEADER_WORDS.has(headerKey(text));
}
