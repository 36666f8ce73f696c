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
    // CRM and work-tracker exports
    'opportunity id', 'account id', 'task id', 'issue key', 'issue id', 'key result id', 'goal id number', 'item id',
    'success plan id', 'objective record id', 'record number', 'wbs', 'row number', 'sl no',
    'lfd nr', 'laufende nummer', 'id objectif', 'numero de ligne', 'id objetivo', 'nummer ziel',
    // it
    'codice', 'cod', 'numero', 'id obiettivo', 'codice obiettivo', 'id azione',
    // pt
    'codigo', 'numero', 'id objetivo', 'id iniciativa', 'codigo da acao',
  ],
  account: [
    'account', 'account name', 'customer', 'customer name', 'client', 'client name', 'company',
    'company name', 'organization name', 'opportunity account', 'account plan', 'logo',
    'kunde', 'kundenname', 'firma', 'unternehmen', 'compte', 'societe', 'entreprise', 'cuenta', 'cliente', 'empresa',
    'account plan name', 'potential customer', 'associated company', 'company name primary', 'parent account',
    'customer account', 'account owner company', 'konto', 'kontoname', 'kundenkonto', 'kunde firma', 'nom du compte',
    'nom du client', 'nombre de cuenta', 'nombre del cliente', 'klant', 'klantnaam', 'bedrijf', 'organisatie klant',
    // it
    'cliente', 'nome cliente', 'azienda', 'societa', 'ragione sociale', 'conto',
    // pt
    'conta', 'nome da conta', 'cliente', 'nome do cliente', 'empresa', 'razao social',
  ],
  title: [
    'title', 'name', 'objective', 'objective name', 'objective title', 'goal', 'goal name', 'goal title',
    'initiative', 'initiative name', 'initiative title', 'project', 'project name', 'program', 'programme',
    'program name', 'statement', 'item', 'what', 'subject', 'headline', 'summary', 'text', 'topic',
    'strategic objective', 'priority', 'okr', 'key result', 'action', 'action item',
    'titel', 'bezeichnung', 'ziel', 'vorhaben', 'projekt', 'massnahme', 'initiative',
    'titre', 'nom', 'intitule', 'objectif', 'projet', 'action',
    'titulo', 'nombre', 'objetivo', 'meta', 'proyecto', 'iniciativa', 'accion',
    'opportunity name', 'opportunity', 'topic', 'deal name', 'deal', 'task name', 'task', 'issue',
    'objective name', 'cta name', 'plan item', 'plan item name', 'item name', 'milestone', 'milestone name', 'epic name',
    'key result name', 'okr name', 'initiative', 'goal statement', 'objective statement', 'what we ll do', 'what we will do',
    'what will we do', 'what we re doing', 'the ask', 'priority name', 'workstream', 'strategic initiative',
    'ziel massnahme', 'massnahme ziel', 'ziel oder massnahme', 'massnahmen', 'ziele', 'zielsetzung', 'vorhaben name',
    'aufgabe', 'aufgabenname', 'projektname', 'initiativname', 'was', 'objectif action', 'intitule de l action',
    'nom du projet', 'nom de l objectif', 'tache', 'chantier', 'quoi', 'objetivo accion', 'nombre del proyecto',
    'nombre de la iniciativa', 'tarea', 'que', 'doel', 'doelstelling', 'actie', 'maatregel', 'projectnaam', 'taak', 'wat',
    // it
    'titolo', 'obiettivo', 'obiettivo strategico', 'obiettivo operativo', 'iniziativa', 'azione', 'progetto', 'nome progetto', 'intervento', 'attivita', 'misura', 'linea d azione', 'linea di azione', 'obiettivo azione', 'azione obiettivo', 'obiettivo iniziativa',
    // pt
    'titulo', 'objetivo', 'objetivo estrategico', 'iniciativa', 'acao', 'projeto', 'nome do projeto', 'meta', 'atividade', 'medida',
  ],
  description: [
    'description', 'details', 'detail', 'notes', 'note', 'comments', 'comment', 'why', 'rationale',
    'purpose', 'scope', 'objective description', 'goal description', 'initiative description', 'body',
    'context', 'outcome', 'expected outcome', 'success criteria', 'narrative',
    'beschreibung', 'bemerkung', 'bemerkungen', 'erlauterung', 'kommentar',
    'commentaire', 'commentaires', 'details', 'remarques',
    'descripcion', 'detalles', 'notas', 'comentarios', 'observaciones',
    'opportunity description', 'deal description', 'task notes', 'long description', 'why it matters',
    'business case', 'justification', 'background', 'hintergrund', 'begrundung', 'warum', 'pourquoi', 'justification',
    'contexte', 'por que', 'justificacion', 'contexto', 'omschrijving', 'beschrijving', 'toelichting', 'opmerkingen', 'waarom',
    // it
    'descrizione', 'dettagli', 'note', 'commenti', 'osservazioni', 'motivazione', 'contesto', 'perche',
    // pt
    'descricao', 'detalhes', 'observacoes', 'comentarios', 'notas', 'contexto', 'justificativa',
  ],
  organization: [
    'organization', 'organisation', 'org', 'owning organization', 'owning org', 'owning team', 'business unit',
    'bu', 'department', 'dept', 'team', 'division', 'function', 'group', 'unit', 'who', 'region team',
    'responsible team', 'responsible department', 'cost center',
    'abteilung', 'bereich', 'geschaftsbereich', 'organisationseinheit', 'fachbereich',
    'departement', 'service', 'equipe', 'direction', 'unite',
    'departamento', 'area', 'equipo', 'unidad', 'unidad de negocio', 'division',
    'owning business unit', 'business unit name', 'sales team', 'team name', 'section', 'section column',
    'department name', 'practice', 'line of business', 'lob', 'segment team', 'organisation unit',
    'team zustandig', 'zustandiger bereich', 'organisationseinheit', 'entite', 'pole', 'business unit responsable',
    'area responsable', 'equipo responsable', 'afdeling', 'bedrijfsonderdeel',
    // it
    'struttura', 'struttura responsabile', 'ufficio', 'settore', 'direzione', 'dipartimento', 'servizio', 'unita organizzativa', 'area responsabile', 'funzione', 'squadra', 'team responsabile',
    // pt
    'area responsavel', 'departamento', 'setor', 'diretoria', 'unidade', 'equipe', 'gerencia', 'orgao',
  ],
  leader: [
    'leader', 'lead', 'project leader', 'project lead', 'program lead', 'programme lead', 'initiative lead',
    'initiative owner', 'led by', 'champion', 'responsible', 'responsible person', 'dri', 'accountable',
    'leiter', 'projektleiter', 'projektleitung', 'verantwortlich', 'verantwortlicher',
    'responsable', 'pilote', 'lider', 'responsable del proyecto',
    'initiative leader', 'plan owner', 'objective lead', 'csm', 'customer success manager', 'account manager',
    'account executive', 'ae', 'opportunity owner', 'deal owner', 'task owner', 'assigned to person',
    'leitung', 'zustandig', 'verantwortliche person', 'porteur', 'porteur du projet', 'chef de file',
    'responsable del objetivo', 'encargado', 'trekker', 'eigenaar project', 'verantwoordelijke',
    // it
    'responsabile', 'referente', 'responsabile del progetto', 'capo progetto', 'capoprogetto',
    // pt
    'responsavel', 'lider', 'lider do projeto', 'gestor', 'gestor responsavel',
  ],
  manager: [
    'project manager', 'pm', 'program manager', 'programme manager', 'manager', 'delivery manager',
    'coordinator', 'project coordinator', 'scrum master',
    'projektmanager', 'chef de projet', 'gestionnaire de projet', 'gerente de proyecto', 'jefe de proyecto',
    'gerente',
    'project owner pm', 'projektmanagerin', 'projektmanagement', 'responsable de projet', 'pmo contact',
    'gestor de proyecto', 'projectleider', 'projectmanager',
    // it
    'project manager', 'coordinatore', 'gestore del progetto', 'responsabile di progetto',
    // pt
    'gerente de projeto', 'gerente do projeto', 'gestor do projeto', 'coordenador', 'coordenador do projeto',
  ],
  owner: [
    'owner', 'objective owner', 'goal owner', 'assigned to', 'assignee', 'business owner', 'stakeholder',
    'eigentumer', 'verantwortliche', 'proprietaire', 'propietario', 'dueno',
    'assignee email', 'owner name', 'record owner', 'created by owner', 'person', 'people', 'assigned', 'eigentuemer',
    'besitzer', 'inhaber', 'titulaire', 'duena', 'eigenaar',
    // it
    'titolare', 'proprietario', 'assegnatario', 'incaricato',
    // pt
    'proprietario', 'dono', 'atribuido a', 'encarregado',
  ],
  sponsor: [
    'sponsor', 'executive sponsor', 'exec sponsor', 'executive', 'executive owner', 'sponsor name',
    'auftraggeber', 'commanditaire', 'patrocinador',
    'executive sponsor name', 'exec', 'executive owner name', 'business sponsor', 'sponsor executif', 'sponsor ejecutivo',
    'opdrachtgever',
    // it
    'committente', 'sponsor esecutivo', 'promotore',
    // pt
    'patrocinador', 'patrocinador executivo',
  ],
  budget: [
    'budget', 'funding', 'funds', 'amount', 'cost', 'costs', 'investment', 'spend', 'capex', 'opex',
    'allocated budget', 'budget amount', 'approved budget', 'estimated cost', 'total cost', 'value',
    'deal size', 'money',
    'kosten', 'betrag', 'mittel', 'investition', 'cout', 'couts', 'montant', 'financement',
    'presupuesto', 'costo', 'coste', 'importe', 'financiacion', 'inversion',
    'amount usd', 'est revenue', 'estimated revenue', 'expected revenue', 'deal amount', 'total contract value', 'tcv',
    'acv', 'arr', 'opportunity amount', 'planned budget', 'budget allocated', 'cost estimate', '$', '$$', 'eur', 'usd',
    'budget eur', 'budget usd', 'planned cost', 'estimated budget', 'investment amount',
    'budget in eur', 'budget teur', 'budget t eur', 'mittel eur', 'aufwand', 'budget alloue', 'montant alloue',
    'enveloppe', 'monto', 'presupuesto asignado', 'begroting', 'kosten eur', 'bedrag', 'budget k',
    // it
    'importo', 'stanziamento', 'costo previsto', 'finanziamento', 'risorse', 'spesa', 'investimento', 'budget stanziato',
    // pt
    'orcamento', 'custo', 'custo previsto', 'investimento', 'verba', 'valor previsto', 'recursos',
  ],
  currency: [
    'currency', 'currency code', 'curr', 'ccy', 'cur', 'iso currency', 'budget currency', 'currency iso',
    'wahrung', 'waehrung', 'wahrungscode', 'devise', 'monnaie', 'moneda', 'divisa', 'valuta', 'moeda',
    'valute', 'munt',
  ],
  start: [
    'start', 'start date', 'begin', 'begin date', 'kickoff', 'kick off', 'from', 'launch date', 'started',
    'beginn', 'startdatum', 'anfang', 'debut', 'date de debut', 'inicio', 'fecha de inicio', 'fecha inicio',
    'start on', 'created start', 'timeline start', 'planned start', 'start date planned', 'baseline start',
    'startdatum geplant', 'beginnt', 'date debut', 'date de demarrage', 'demarrage', 'comienzo', 'fecha comienzo', 'begindatum',
    // it
    'inizio', 'data inizio', 'data di inizio', 'avvio', 'data avvio',
    // pt
    'inicio', 'data de inicio', 'data inicio',
  ],
  end: [
    'end', 'end date', 'due', 'due date', 'deadline', 'target date', 'finish', 'finish date', 'completion',
    'completion date', 'close date', 'to', 'until', 'target completion', 'go live', 'go live date',
    'ende', 'enddatum', 'fallig', 'falligkeit', 'frist', 'termin', 'fin', 'date de fin', 'echeance',
    'fecha de fin', 'fecha fin', 'fecha limite', 'vencimiento',
    'due on', 'close', 'closed date', 'est close date', 'estimated close date', 'expected close date',
    'target end', 'timeline end', 'end date planned', 'baseline finish', 'target', 'bis', 'zieltermin', 'enddatum geplant',
    'abschluss', 'fertig bis', 'date cible', 'date d echeance', 'date limite', 'fecha objetivo', 'fecha de vencimiento',
    'fecha de cierre', 'einddatum', 'deadline datum', 'opleverdatum',
    // it
    'scadenza', 'data scadenza', 'data di scadenza', 'data fine', 'data di fine', 'termine', 'entro', 'completamento',
    // pt
    'fim', 'data de fim', 'data fim', 'prazo', 'termino', 'data de termino', 'data final', 'conclusao', 'data de conclusao', 'data de entrega', 'vencimento',
  ],
  timeframe: [
    'timeframe', 'time frame', 'timeline', 'timing', 'when', 'period', 'quarter', 'fiscal year', 'fy',
    'duration', 'horizon', 'schedule', 'target quarter', 'time horizon', 'dates', 'term',
    'zeitraum', 'zeitrahmen', 'zeitplan', 'laufzeit', 'periode', 'calendrier', 'delai', 'horizon',
    'plazo', 'periodo', 'calendario', 'cronograma',
    'fiscal period', 'fiscal quarter', 'timeline', 'target period', 'planned period', 'time', 'year', 'jahr', 'quartal',
    'zeitraum geplant', 'wann', 'annee', 'trimestre', 'semestre', 'quand', 'periode cible', 'cuando', 'ano', 'fecha', 'date',
    'wanneer', 'periode', 'kwartaal', 'termijn', 'sprint', 'release', 'duree', 'dauer', 'duracion', 'looptijd',
    // it
    'tempistica', 'tempi', 'cronoprogramma', 'periodo di riferimento', 'anno', 'durata', 'orizzonte',
    // pt
    'periodo', 'horizonte', 'cronograma', 'quando', 'ano', 'trimestre', 'duracao',
  ],
  parent: [
    'parent', 'parent goal', 'parent objective', 'parent id', 'goal id', 'parent goal id', 'supports',
    'supports goal', 'serves', 'linked goal', 'related goal', 'aligned to', 'aligns to', 'aligned goal',
    'contributes to', 'rolls up to', 'roll up to', 'parent initiative', 'strategic goal', 'under goal',
    'ubergeordnet', 'ubergeordnetes ziel', 'objectif parent', 'objetivo padre', 'meta principal',
    'related objective', 'related goal', 'parent task', 'parent summary', 'parent issue', 'parent name', 'epic link',
    'parent epic', 'parent link', 'parent item', 'related success plan',
    'goal served', 'serves goal', 'rolls up into', 'ladders up to', 'linked objective', 'linked to', 'belongs to', 'part of',
    'ubergeordnetes ziel id', 'zugehoriges ziel', 'gehort zu', 'ziel bezug', 'beitrag zu', 'objectif lie', 'objectif de rattachement',
    'rattache a', 'contribue a', 'objectif strategique parent', 'objetivo relacionado', 'objetivo superior', 'pertenece a',
    'contribuye a', 'meta padre', 'bovenliggend doel', 'hoort bij', 'draagt bij aan', 'gerelateerd doel',
    // it
    'obiettivo padre', 'obiettivo collegato', 'obiettivo di riferimento', 'obiettivo superiore', 'contribuisce a', 'fa parte di', 'collegato a',
    // pt
    'objetivo pai', 'objetivo vinculado', 'meta vinculada', 'vinculado a', 'objetivo relacionado', 'pertence a', 'contribui para', 'objetivo superior',
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
  [/\b(parent|supports|aligned|contributes|rolls? up|related (?:objective|goal)|ubergeordnet\w*|parent|padre|rattache\w*|bovenliggend)\b/, 'parent'],
  [/\b(budget|funding|cost|costs|spend|investment|capex|opex|presupuesto|orcamento|kosten|montant|amount|betrag|importe|begroting)\b/, 'budget'],
  [/\b(start|begin|kick ?off|beginn|debut|inicio|inizio|avvio)\b/, 'start'],
  [/\b(due|deadline|end|finish|completion|target date|go live|ende|fin|echeance|vencimiento|scadenza|conclusao|termino|prazo)\b/, 'end'],
  [/\b(timeframe|time frame|timeline|timing|quarter|period|horizon|schedule|zeitraum|plazo)\b/, 'timeframe'],
  [/\b(project manager|program manager|programme manager|pm)\b/, 'manager'],
  [/\b(sponsor|executive)\b/, 'sponsor'],
  [/\b(owner|assignee)\b/, 'owner'],
  [/\b(leader|lead|champion|responsible|resp|verantw|leiter|verantwortlich\w*|responsable|responsavel|responsabile|lider)\b/, 'leader'],
  [/\b(business unit|department|dept|dep|dpto|abt|team|division|org|organi[sz]ation|abteilung|bereich|departamento|equipo)\b/, 'organization'],
  [/\b(account|acct|customer|client|company|kunde|cliente|konto|compte|cuenta|conta|klant)\b/, 'account'],
  [/\b(description|desc|details|notes|comments|rationale|why|beschreibung|descripcion|descricao)\b/, 'description'],
  [/\b(id|key|ref|number|code)$/, 'id'],
  [/\b(title|name|objective|goal|initiative|project|program|statement|titel|titre|titulo|nombre|massnahme|ziel|objectif|objetivo|task|opportunity|deal|item)\b/, 'title'],
];

/** Removes units and qualifiers in brackets, as in `Budget (USD)` or `Start [dd/mm]`. */
function stripBrackets(header: string): string {
  return header.replace(/[([{][^)\]}]*[)\]}]/g, ' ');
}

// Jira names its extra columns "Custom field (Epic Link)": the field is the bracketed part.
const CUSTOM_FIELD = /^\s*custom field\s*\(([^)]*)\)\s*$/i;

// Salesforce API names mark custom fields with "__c" ("Obj_Title__c"): the field is the rest.
const SALESFORCE_CUSTOM = /__c$/i;

/** The normalised form used to compare two headers (also for an explicit `--map` name). */
export function headerKey(header: string): string {
  const custom = CUSTOM_FIELD.exec(header);
  return normalize(stripBrackets(custom ? custom[1] : header).replace(SALESFORCE_CUSTOM, ''));
}

// Columns exports carry that are no plan field: workflow state, bookkeeping, scores. Named
// here so the report can say why they were left out, and so content never takes them.
const NOT_A_FIELD =
  /^(?:status|state|stage|deal stage|sales stage|phase|type|issue type|record type|category|kategorie|categorie|categoria|priority|prioritat|priorite|prioridad|probability|probability %|wahrscheinlichkeit|probabilite|probabilidad|progress|fortschritt|avancement|avance|complete|% complete|percent complete|health|rag|confidence|risk|risiko|risque|riesgo|tags|labels|created|created at|created on|created date|create date|created by|modified|modified on|last modified|last modified date|updated|updated at|resolution|forecast category|lead source|pipeline|sprint points|story points|color|colour|ampel|etat|estado|statut|checksum|row checksum|e ?mail|assignee e ?mail|owner e ?mail|e ?mail address|reporter|creator|author|watchers|predecessors|successors|dependencies|blocked by|blocking|blocked by dependencies|blocking dependencies|completed|completed at|completed on|closed at|resolved|resolution date|modified by|last modified by|success plan name|success plan|plan name|projects|section|annual revenue|revenue|company revenue|account revenue|employees|number of employees|industry|umsatz|chiffre d affaires|facturacion)$/;

/** True for a header that names a column exports carry but no plan field (Status, Stage, Created...). */
export function isNotAField(header: string): boolean {
  return /do not modify/i.test(header) || NOT_A_FIELD.test(headerKey(header));
}

/**
 * The field a header names, and how sure we are: `exact` for a whole-header synonym,
 * `partial` when a telling word stands in a longer header; null when it names none.
 */
export function fieldOfHeader(header: string): { field: Field; match: 'exact' | 'partial' } | null {
  // Dynamics 365 marks its bookkeeping columns "(Do Not Modify) Opportunity": never a field.
  if (/do not modify/i.test(header)) return null;
  const key = headerKey(header);
  if (!key) return null;
  const exact = EXACT.get(key);
  if (exact) return { field: exact, match: 'exact' };
  if (NOT_A_FIELD.test(key)) return null;
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
