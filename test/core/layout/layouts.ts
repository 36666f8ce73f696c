/**
 * Plans laid out the way people keep them, each with the reading a person would give it:
 * the header row, the column of each field, parent links and budgets. Headers follow the
 * documented export columns of CRMs and work trackers, and hand-made sheets in English,
 * German, French, Spanish and Dutch; the wording of the rows is our own.
 */
import type { CellValue, Field } from '../../../src/core';

export interface Layout {
  name: string;
  rows: CellValue[][];
  /** 1-based among the rows; null for none. */
  headerRow: number | null;
  /** field -> header text (or `Column X`); fields not listed must not be mapped. */
  mapping: Partial<Record<Field, string>>;
  /** data row -> the data row its parent cell names. */
  links?: Record<number, number>;
  /** data row -> [amount, currency] read from its budget cell. */
  budgets?: Record<number, [number, string | null]>;
}

/** A status update pasted whole into one statement cell (some 3,000 characters). */
const LONG_NOTE = 'Shorten quote-to-cash cycle to 9 days. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. Background from the steering call: finance wants this settled before the audit season starts. ';

export const LAYOUTS: Layout[] = [
  {
    name: 'a two-row header: group labels merged over their parts',
    rows: [
      ['Nr.', 'Vorhaben', 'Verantwortlich', '', 'Budget', '', 'Termin'],
      ['', '', 'Name', 'Abteilung', 'Betrag', 'Währung', ''],
      ['Z1', 'Servicequote auf 98 % heben', 'Petra Wolf', 'Kundendienst', '', '', '2028'],
      ['M1', 'Ersatzteilshop auf Magento umstellen', 'Uwe Kranz', 'E-Business', 320000, 'EUR', '2027-05-31'],
      ['M2', 'Technikerschulungen digitalisieren', 'Ines Roth', 'Service', 75000, 'EUR', '2026-12-31'],
    ],
    headerRow: 2,
    mapping: {
      id: 'Nr.', title: 'Vorhaben', leader: 'Verantwortlich / Name', organization: 'Verantwortlich / Abteilung',
      budget: 'Budget / Betrag', currency: 'Budget / Währung', end: 'Termin',
    },
    // The cell alone names no currency; the row's Währung column gives it (test/core/currencyColumn.test.ts).
    budgets: { 2: [320000, null] },
  },
  {
    name: 'a plan row of short phrases under a header with an empty column is still a plan row',
    rows: [
      ['Project', 'Owner', '', 'Due'],
      ['CRM rollout', 'Team IT', 'Name', 'Q3 2027'],
      ['Partner summit', 'Team Events', 'Owner', 'Q1 2027'],
    ],
    headerRow: 1,
    mapping: { title: 'Project', owner: 'Owner', end: 'Due' },
  },
  {
    name: 'a statement column of long sentences keeps the title over short comments',
    rows: [
      ['Objectif', 'Commentaires'],
      ["Porter la part des ventes en ligne à 35 % du chiffre d'affaires d'ici fin 2028, en priorité sur les gammes professionnelles", 'validé au comité'],
      ["Déployer un portail fournisseurs unique pour les trois entrepôts afin de supprimer les échanges par courriel et télécopie", 'devis reçu'],
      ["Réduire de moitié les litiges de facturation avec les grands comptes grâce à un rapprochement automatique des commandes", 'à relancer'],
    ],
    headerRow: 1,
    mapping: { title: 'Objectif', description: 'Commentaires' },
  },
  {
    name: 'a column of bare years under "Due" is a deadline, not an amount',
    rows: [
      ['Item', 'Team', 'Due'],
      ['Consolidate the two ticketing tools', 'Support', '2027'],
      ['Lift self-service resolution to 60%', 'Support', '2028'],
      ['Open a nearshore hub in Porto', 'Operations', '2026'],
    ],
    headerRow: 1,
    mapping: { title: 'Item', organization: 'Team', end: 'Due' },
  },
  {
    name: 'years typed as numbers under "Termin" and "Plazo", and under no header',
    rows: [
      ['Vorhaben', 'Bereich', 'Termin', ''],
      ['Lagerverwaltung auf SAP EWM umstellen', 'Logistik', 2027, 2026],
      ['Ausschussquote halbieren', 'Produktion', 2029, 2027],
      ['Lieferantenportal einführen', 'Einkauf', 2026, 2025],
    ],
    headerRow: 1,
    mapping: { title: 'Vorhaben', organization: 'Bereich', end: 'Termin', start: 'Column D' },
  },
  {
    name: 'round numbers under "Budget" stay amounts even where they look like years',
    rows: [
      ['Proyecto', 'Equipo', 'Presupuesto', 'Plazo'],
      ['Digitalizar los albaranes', 'Almacén', '2000', '2027'],
      ['Formar a los jefes de tienda', 'RR. HH.', '2050', '2026'],
      ['Renovar la flota de carretillas', 'Almacén', '1995', '2028'],
    ],
    headerRow: 1,
    mapping: { title: 'Proyecto', organization: 'Equipo', budget: 'Presupuesto', timeframe: 'Plazo' },
    budgets: { 1: [2000, null], 3: [1995, null] },
  },
  {
    name: 'one pasted essay in the statement column does not hand the title to the notes',
    rows: [
      ['Plan item', 'Notes'],
      ['Win two new logistics accounts in Benelux', ''],
      ['Replace the dispatch app with Samsara', 'quote received'],
      [LONG_NOTE, ''],
      ['Train the night shift on the new scanners', 'HR booked rooms'],
      ['Halve damaged-pallet claims', ''],
    ],
    headerRow: 1,
    mapping: { title: 'Plan item', description: 'Notes' },
  },
  {
    name: 'departments named like people, and day-first dates shown in one date column only',
    rows: [
      ['Initiative', 'Department', 'Mgr.', 'Budget', 'Start date', 'Due'],
      ['Relocate the Denver warehouse', 'Real Estate', 'Carla Diaz', '$1.2M', '13/03/2027', '07/04/2028'],
      ['Roll out shrink analytics to all stores', 'Loss Prevention', 'Omar Haddad', '$300k', '05/03/2027', '07/04/2027'],
      ['Grow store traffic 10%', 'Store Operations', '', '', '', ''],
    ],
    headerRow: 1,
    mapping: { title: 'Initiative', organization: 'Department', leader: 'Mgr.', budget: 'Budget', start: 'Start date', end: 'Due' },
    budgets: { 1: [1200000, 'USD'], 2: [300000, 'USD'] },
  },
  {
    name: 'abbreviated headers ending in a full stop, below a title and a Prepared-by line',
    rows: [
      ['Northwind account plan 2026', '', '', '', '', ''],
      ['Prepared by: J. Alvarez', '', '', '', '', ''],
      ['No.', 'Objective / Initiative', 'Dept.', 'Owner', 'Est. Budget', 'Due'],
      ['1', 'Cut order-to-cash time by a third', '', 'VP Finance', '', 'FY27'],
      ['2', 'Automate invoice matching in the ERP', 'Finance Ops', 'Lena Brandt', '$220k', '2026-09-30'],
    ],
    headerRow: 3,
    mapping: { id: 'No.', title: 'Objective / Initiative', organization: 'Dept.', owner: 'Owner', budget: 'Est. Budget', end: 'Due' },
    budgets: { 2: [220000, 'USD'] },
  },
  {
    name: 'French plan whose reference header is abbreviated',
    rows: [
      ['Compte', 'Réf.', 'Intitulé', 'Responsable', 'Budget (EUR)', 'Objectif parent'],
      ['Maison Vercorin', 'O-1', 'Devenir le fournisseur préféré des hôtels alpins', '', '', ''],
      ['Maison Vercorin', 'I-1', 'Déployer un portail de commande pour les hôtels', 'Claire Martin', '85000', 'O-1'],
    ],
    headerRow: 1,
    mapping: { account: 'Compte', id: 'Réf.', title: 'Intitulé', leader: 'Responsable', budget: 'Budget (EUR)', parent: 'Objectif parent' },
    links: { 2: 1 },
    budgets: { 2: [85000, 'EUR'] },
  },
  {
    name: 'CRM export with an account revenue column and Salesforce API names',
    rows: [
      ['Acct Name', 'Annual Revenue', 'Obj_Title__c', 'Obj_Desc__c', 'Owner', 'Target Date'],
      ['Harbison Mills', '$2,300,000,000', 'Cut unplanned downtime 25% across the mills', 'The board asked for fewer stoppages after last winter', 'COO', 'FY27'],
      ['Harbison Mills', '$2,300,000,000', 'Install vibration sensors on the paper machines', 'Two vendors shortlisted; pilot on machine 4 first', 'Ola Berg', '2026-10-31'],
    ],
    headerRow: 1,
    mapping: { account: 'Acct Name', title: 'Obj_Title__c', description: 'Obj_Desc__c', owner: 'Owner', end: 'Target Date' },
  },
  {
    name: 'team sheet with plain-word headers',
    rows: [
      ['What we\'ll do', 'Why', 'Who', '$$', 'When', 'Rolls up to'],
      ['Grow enterprise bookings 25% in the Nordics', 'The board wants the region to carry a quarter of next year\'s growth, and partners are ready', 'Chief Revenue Officer', '', 'FY27', ''],
      ['Stand up a partner co-selling motion', 'Partners keep asking for joint deals; it should shorten enterprise cycles considerably', 'Dana Whitfield', '$400k', 'Q1-Q3 2026', 'Grow enterprise bookings'],
      ['Hire four account executives for Oslo', 'Coverage is thin and inbound leads wait days before anyone calls them back', 'Raj Patel', '$900k', 'H1 2026', 'Grow enterprise bookings 25% in the Nordics'],
    ],
    headerRow: 1,
    mapping: { title: 'What we\'ll do', description: 'Why', leader: 'Who', budget: '$$', timeframe: 'When', parent: 'Rolls up to' },
    links: { 2: 1, 3: 1 },
    budgets: { 2: [400000, 'USD'], 3: [900000, 'USD'] },
  },
  {
    name: 'Salesforce account plan objectives',
    rows: [
      ['Account Plan Name', 'Objective Name', 'Related Objective', 'Objective Owner', 'Target Date', 'Status', 'Description'],
      ['Contoso FY26', 'Expand into the Japanese market', '', 'Mia Chen', '2026-12-31', 'In Progress', 'Open a Tokyo office and sign two distributors'],
      ['Contoso FY26', 'Localise the product for Japan', 'Expand into the Japanese market', 'Kenji Sato', '2026-06-30', 'Not Started', 'Translate the UI and the help centre'],
      ['Contoso FY26', 'Sign a Japanese distribution partner', 'Expand into Japanese mkt', 'Kenji Sato', '2026-09-30', 'Not Started', 'Shortlist three distributors and close one'],
    ],
    headerRow: 1,
    mapping: { account: 'Account Plan Name', title: 'Objective Name', parent: 'Related Objective', owner: 'Objective Owner', end: 'Target Date', description: 'Description' },
    links: { 2: 1, 3: 1 },
  },
  {
    name: 'Salesforce opportunities report',
    rows: [
      ['Opportunity Name', 'Account Name', 'Amount', 'Close Date', 'Stage', 'Opportunity Owner', 'Probability (%)'],
      ['Fabrikam platform renewal', 'Fabrikam', '$120,000', '2026-03-31', 'Negotiation', 'Lee Park', '80'],
      ['Fabrikam analytics add-on', 'Fabrikam', '$45,000', '2026-05-15', 'Proposal', 'Lee Park', '40'],
      ['Tailspin migration services', 'Tailspin', '$310,000', '2026-08-01', 'Qualification', 'Ana Ruiz', '20'],
    ],
    headerRow: 1,
    mapping: { title: 'Opportunity Name', account: 'Account Name', budget: 'Amount', end: 'Close Date', leader: 'Opportunity Owner' },
    budgets: { 1: [120000, 'USD'], 3: [310000, 'USD'] },
  },
  {
    name: 'Dynamics 365 opportunities export',
    rows: [
      ['(Do Not Modify) Opportunity', '(Do Not Modify) Row Checksum', '(Do Not Modify) Modified On', 'Topic', 'Potential Customer', 'Est. Revenue', 'Est. Close Date', 'Owner'],
      ['a1b2c3d4-0001', 'xK9a', '2026-01-05', 'Upgrade the field service suite', 'Northwind Traders', '€85,000', '2026-06-30', 'Pia Lang'],
      ['a1b2c3d4-0002', 'Pq2z', '2026-01-06', 'Roll out mobile inspections', 'Northwind Traders', '€40,000', '2026-09-30', 'Tom Berg'],
      ['a1b2c3d4-0003', 'Lm4r', '2026-01-07', 'Connect the IoT telemetry hub', 'Litware', '€150,000', '2026-11-30', 'Pia Lang'],
    ],
    headerRow: 1,
    mapping: { title: 'Topic', account: 'Potential Customer', budget: 'Est. Revenue', end: 'Est. Close Date', owner: 'Owner' },
    budgets: { 1: [85000, 'EUR'], 2: [40000, 'EUR'] },
  },
  {
    name: 'HubSpot deals export',
    rows: [
      ['Record ID', 'Deal Name', 'Deal Stage', 'Close Date', 'Deal Owner', 'Amount', 'Associated Company', 'Pipeline'],
      ['9001', 'Adatum onboarding package', 'Contract sent', '2026-02-28', 'Sam Ortiz', '18000', 'Adatum', 'Sales Pipeline'],
      ['9002', 'Adatum premium support', 'Appointment scheduled', '2026-04-30', 'Sam Ortiz', '9500', 'Adatum', 'Sales Pipeline'],
      ['9003', 'Woodgrove data migration', 'Closed won', '2026-01-20', 'Ivy Chen', '64000', 'Woodgrove', 'Sales Pipeline'],
    ],
    headerRow: 1,
    mapping: { id: 'Record ID', title: 'Deal Name', end: 'Close Date', leader: 'Deal Owner', budget: 'Amount', account: 'Associated Company' },
    budgets: { 1: [18000, null] },
  },
  {
    name: 'Gainsight success plan objectives',
    rows: [
      ['Company Name', 'Success Plan Name', 'Objective Name', 'Owner', 'Due Date', 'Status', 'Success Criteria'],
      ['Proseware', 'Proseware adoption 2026', 'Reach 80% weekly active seats', 'Nora Field', '2026-12-31', 'Open', 'Weekly active seats at or above 80% for a quarter'],
      ['Proseware', 'Proseware adoption 2026', 'Train every regional admin', 'Nora Field', '2026-04-30', 'Open', 'All twelve admins certified on the new console'],
    ],
    headerRow: 1,
    mapping: { account: 'Company Name', title: 'Objective Name', owner: 'Owner', end: 'Due Date', description: 'Success Criteria' },
  },
  {
    name: 'Asana project export',
    rows: [
      ['Task ID', 'Created At', 'Completed At', 'Last Modified', 'Name', 'Section/Column', 'Assignee', 'Assignee Email', 'Start Date', 'Due Date', 'Tags', 'Notes', 'Projects', 'Parent task'],
      ['120001', '2026-01-02', '', '2026-01-09', 'Cut onboarding time to under a week', 'Goals', 'Eve Moss', 'eve@example.com', '', '2026-09-30', '', 'Measured from signature to first login', 'Customer onboarding', ''],
      ['120002', '2026-01-02', '', '2026-01-09', 'Automate welcome email sequence', 'Doing', 'Ben Ode', 'ben@example.com', '2026-02-01', '2026-03-15', 'email', 'Five emails over two weeks', 'Customer onboarding', 'Cut onboarding time to under a week'],
      ['120003', '2026-01-03', '', '2026-01-10', 'Build self-serve setup checklist', 'To do', 'Eve Moss', 'eve@example.com', '2026-03-01', '2026-05-31', '', 'In-app checklist with progress', 'Customer onboarding', 'Cut onboarding time to under a week'],
    ],
    headerRow: 1,
    mapping: { id: 'Task ID', title: 'Name', organization: 'Section/Column', owner: 'Assignee', start: 'Start Date', end: 'Due Date', description: 'Notes', parent: 'Parent task' },
    links: { 2: 1, 3: 1 },
  },
  {
    name: 'Jira issues export',
    rows: [
      ['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Priority', 'Assignee', 'Reporter', 'Created', 'Due date', 'Parent', 'Custom field (Start date)', 'Description'],
      ['Reduce checkout errors below 0.5%', 'SHOP-1', '10001', 'Epic', 'In Progress', 'High', 'Lin Yu', 'Ola Berg', '2026-01-04', '2026-10-31', '', '2026-01-15', 'Checkout error rate is 2.1% today'],
      ['Retry failed card authorisations', 'SHOP-2', '10002', 'Story', 'To Do', 'Medium', 'Max Roe', 'Lin Yu', '2026-01-05', '2026-03-31', 'SHOP-1', '2026-02-01', 'Retry once with backoff'],
      ['Add address autocomplete', 'SHOP-3', '10003', 'Story', 'To Do', 'Low', 'Max Roe', 'Lin Yu', '2026-01-05', '2026-04-30', 'SHOP-1', '2026-03-01', 'Cuts typos in postcodes'],
    ],
    headerRow: 1,
    mapping: { title: 'Summary', id: 'Issue key', owner: 'Assignee', end: 'Due date', parent: 'Parent', start: 'Custom field (Start date)', description: 'Description' },
    links: { 2: 1, 3: 1 },
  },
  {
    name: 'monday.com board export with a title line',
    rows: [
      ['Customer expansion board'],
      [],
      ['Name', 'Person', 'Status', 'Timeline - Start', 'Timeline - End', 'Budget', 'Group'],
      ['Win the second business unit at Litware', 'Ada Novak', 'Working on it', '2026-01-01', '2026-12-31', '', 'Goals'],
      ['Run an executive briefing day', 'Ada Novak', 'Stuck', '2026-02-10', '2026-02-10', '$12,000', 'Initiatives'],
      ['Pilot the reporting module with finance', 'Jon Wei', 'Done', '2026-03-01', '2026-05-31', '$30,000', 'Initiatives'],
    ],
    headerRow: 3,
    mapping: { title: 'Name', owner: 'Person', start: 'Timeline - Start', end: 'Timeline - End', budget: 'Budget', organization: 'Group' },
    budgets: { 2: [12000, 'USD'], 3: [30000, 'USD'] },
  },
  {
    name: 'Smartsheet project template',
    rows: [
      ['Task Name', 'Start Date', 'End Date', 'Duration', 'Assigned To', '% Complete', 'Status', 'Predecessors', 'Comments'],
      ['Consolidate the EMEA data centres', '01/15/26', '12/18/26', '48w', 'Rosa Diaz', '10%', 'In Progress', '', 'Three sites into one'],
      ['Move payroll workloads', '02/02/26', '05/29/26', '17w', 'Ken Ito', '0%', 'Not Started', '1', 'Payroll first, it is smallest'],
    ],
    headerRow: 1,
    mapping: { title: 'Task Name', start: 'Start Date', end: 'End Date', timeframe: 'Duration', owner: 'Assigned To', description: 'Comments' },
  },
  {
    name: 'Excel OKR template',
    rows: [
      ['Objective', 'Key Result', 'Owner', 'Start', 'End', 'Progress'],
      ['Become the preferred supplier for Globex', 'Win 3 of 4 tenders in 2026', 'Iris Kahn', '2026-01-01', '2026-12-31', '25%'],
      ['Become the preferred supplier for Globex', 'Raise NPS from 31 to 45', 'Iris Kahn', '2026-01-01', '2026-12-31', '40%'],
    ],
    headerRow: 1,
    mapping: { title: 'Objective', owner: 'Owner', start: 'Start', end: 'End' },
  },
  {
    name: 'German plan with title and Prepared-by lines',
    rows: [
      ['Account-Plan Müller Maschinenbau 2026'],
      ['Erstellt von: Jana Vogt', '', 'Stand: 12.01.2026'],
      [],
      ['Konto', 'Ziel / Maßnahme', 'Verantwortlich', 'Budget', 'Zeitraum', 'Übergeordnetes Ziel'],
      ['Müller Maschinenbau', 'Servicegeschäft um 15 % steigern', 'Geschäftsführung', '', '2026', ''],
      ['Müller Maschinenbau', 'Ersatzteilportal einführen', 'Jonas Keller', '1,2 Mio. €', '1. Halbjahr 2026', 'Servicegeschäft um 15 % steigern'],
      ['Müller Maschinenbau', 'Wartungsverträge neu bepreisen', 'Eva Brandt', '250 T€', 'Q3 2026', 'Servicegeschäft steigern'],
      ['Quelle: Vertriebsplanung Q4'],
    ],
    headerRow: 4,
    mapping: { account: 'Konto', title: 'Ziel / Maßnahme', leader: 'Verantwortlich', budget: 'Budget', timeframe: 'Zeitraum', parent: 'Übergeordnetes Ziel' },
    links: { 2: 1, 3: 1 },
    budgets: { 2: [1200000, 'EUR'], 3: [250000, 'EUR'] },
  },
  {
    name: 'German hand-made plan, budget in the header',
    rows: [
      ['Maßnahme', 'Abteilung', 'Projektleiter', 'Kosten (T€)', 'Beginn', 'Ende'],
      ['Lagerverwaltung auf SAP EWM umstellen', 'Logistik', 'Petra Lang', '450', '01.02.2026', '30.11.2026'],
      ['Fahrerschulung für E-Transporter', 'Fuhrpark', 'Uwe Roth', '35', '01.03.2026', '30.06.2026'],
    ],
    headerRow: 1,
    mapping: { title: 'Maßnahme', organization: 'Abteilung', leader: 'Projektleiter', budget: 'Kosten (T€)', start: 'Beginn', end: 'Ende' },
    budgets: { 1: [450000, 'EUR'], 2: [35000, 'EUR'] },
  },
  {
    name: 'French plan with objectif parent',
    rows: [
      ['Compte', 'Objectif', 'Responsable', 'Budget', 'Échéance', 'Objectif parent'],
      ['Groupe Lumière', 'Réduire le churn sous 4 %', 'Directrice commerciale', '', 'S2 2026', ''],
      ['Groupe Lumière', 'Déployer un programme de fidélité', 'Claire Martin', '1,5 M€', 'T1–T2 2027', 'Réduire le churn sous 4 %'],
      ['Groupe Lumière', 'Former les équipes support', 'Hugo Petit', '40 k€', "d'ici 2027", 'réduire le churn'],
    ],
    headerRow: 1,
    mapping: { account: 'Compte', title: 'Objectif', leader: 'Responsable', budget: 'Budget', end: 'Échéance', parent: 'Objectif parent' },
    links: { 2: 1, 3: 1 },
    budgets: { 2: [1500000, 'EUR'], 3: [40000, 'EUR'] },
  },
  {
    name: 'French export, semicolon-style amounts with spaces',
    rows: [
      ['Intitulé', 'Équipe', 'Chef de projet', 'Montant', 'Date de début', 'Date de fin'],
      ['Migrer la paie vers le cloud', 'DSI', 'Luc Girard', '350 000 €', '01/02/2026', '30/11/2026'],
      ['Ouvrir une agence à Lyon', 'Ventes', 'Inès Roux', '120 000 €', '01/03/2026', '31/12/2026'],
    ],
    headerRow: 1,
    mapping: { title: 'Intitulé', organization: 'Équipe', manager: 'Chef de projet', budget: 'Montant', start: 'Date de début', end: 'Date de fin' },
    budgets: { 1: [350000, 'EUR'], 2: [120000, 'EUR'] },
  },
  {
    name: 'Spanish plan with objetivo padre',
    rows: [
      ['Cuenta', 'Iniciativa', 'Responsable', 'Presupuesto', 'Plazo', 'Objetivo padre'],
      ['Banco Sol', 'Aumentar la cuota de mercado al 12%', 'Director general', '', '2026', ''],
      ['Banco Sol', 'Lanzar la app de banca móvil', 'Lucía Gómez', 'USD 90,000', '2T 2026', 'Aumentar la cuota de mercado al 12%'],
      ['Banco Sol', 'Abrir diez oficinas en Valencia', 'Pablo Ruiz', '€600.000', 'para 2027', 'Aumentar la cuota de mercado'],
    ],
    headerRow: 1,
    mapping: { account: 'Cuenta', title: 'Iniciativa', leader: 'Responsable', budget: 'Presupuesto', timeframe: 'Plazo', parent: 'Objetivo padre' },
    links: { 2: 1, 3: 1 },
    budgets: { 2: [90000, 'USD'], 3: [600000, 'EUR'] },
  },
  {
    name: 'Spanish sheet without known title header',
    rows: [
      ['Qué haremos', 'Equipo', 'Líder', 'Coste', 'Fecha fin'],
      ['Automatizar la facturación electrónica', 'Finanzas', 'Marta Gil', '€75.000', '30/09/2026'],
      ['Renovar el portal de proveedores', 'Compras', 'Jorge Sanz', '€120.000', '15/12/2026'],
      ['Unificar los centros de llamadas', 'Operaciones', 'Sara León', '€300.000', '31/03/2027'],
    ],
    headerRow: 1,
    mapping: { title: 'Qué haremos', organization: 'Equipo', leader: 'Líder', budget: 'Coste', end: 'Fecha fin' },
  },
  {
    name: 'Dutch plan',
    rows: [
      ['Klant', 'Doelstelling', 'Verantwoordelijke', 'Begroting', 'Einddatum', 'Hoort bij'],
      ['Van Dijk Bouw', 'Omzet uit onderhoud met 10% verhogen', 'Directie', '', '2026-12-31', ''],
      ['Van Dijk Bouw', 'Onderhoudscontracten digitaal aanbieden', 'Sanne de Vries', '€80.000', '2026-06-30', 'Omzet uit onderhoud met 10% verhogen'],
    ],
    headerRow: 1,
    mapping: { account: 'Klant', title: 'Doelstelling', leader: 'Verantwoordelijke', budget: 'Begroting', end: 'Einddatum', parent: 'Hoort bij' },
    links: { 2: 1 },
  },
  {
    name: 'CRM export with a Plan Item column',
    rows: [
      ['Plan Item', 'Item Description', 'Owner Name', 'Amount USD', 'Fiscal Period'],
      ['Land the data team at Initech', 'Start with the analytics group and expand from there', 'Omar Haddad', '25000', 'Q2 FY26'],
      ['Renew the Initech master agreement', 'Three-year renewal with a price uplift capped at 5%', 'Omar Haddad', '140000', 'Q4 FY26'],
    ],
    headerRow: 1,
    mapping: { title: 'Plan Item', description: 'Item Description', owner: 'Owner Name', budget: 'Amount USD', timeframe: 'Fiscal Period' },
    budgets: { 1: [25000, 'USD'], 2: [140000, 'USD'] },
  },
  {
    name: 'plan with no header row at all',
    rows: [
      ['Launch partner referral program in EMEA', 'Dana Whitfield', '$85,000', '2026-02-01', '2026-12-31'],
      ['Migrate the core ledger to the cloud platform', 'Raj Patel', '$2.4M', '2026-01-15', '2027-06-30'],
      ['Roll out driver telematics to all trucks', 'Ana Ruiz', '€310k', '2026-03-01', '2026-11-30'],
    ],
    headerRow: null,
    mapping: { title: 'Column A', leader: 'Column B', budget: 'Column C', start: 'Column D', end: 'Column E' },
    budgets: { 2: [2400000, 'USD'], 3: [310000, 'EUR'] },
  },
  {
    name: 'plain-letter headers above numbers',
    rows: [
      ['a', 'b', 'c'],
      ['Grow renewals in the mid-market', '1', '2'],
      ['Cut support backlog by half', '3', '4'],
    ],
    headerRow: 1,
    // Distinct small numbers read as codes; no column of them is a budget.
    mapping: { title: 'a', id: 'b' },
  },
  {
    name: 'one-column list headed Notes',
    rows: [['Notes'], ['Increase renewal rate to 92%'], ['Migrate the billing system to Zuora'], ['Hire a partner manager for Benelux']],
    headerRow: 1,
    mapping: { title: 'Notes' },
  },
  {
    name: 'one-column list without a header',
    rows: [['Increase renewal rate to 92%'], ['Migrate the billing system to Zuora']],
    headerRow: null,
    mapping: { title: 'Column A' },
  },
  {
    name: 'header that names a description over short phrases',
    rows: [
      ['Details', 'Lead', 'Budget'],
      ['Expand the reseller network', 'Kim Lee', '$50k'],
      ['Refresh the pricing page', 'Tom Ash', '$8k'],
      ['Open a Singapore sales hub', 'Kim Lee', '$220k'],
    ],
    headerRow: 1,
    mapping: { title: 'Details', leader: 'Lead', budget: 'Budget' },
    budgets: { 3: [220000, 'USD'] },
  },
  {
    name: 'parent column with an unknown header found by its values',
    rows: [
      ['Item', 'Serves', 'Cost'],
      ['Lift gross margin to 42%', '', ''],
      ['Renegotiate freight contracts', 'Lift gross margin to 42%', '$60,000'],
      ['Retire the low-margin SKUs', 'Lift gross margin', '$15,000'],
    ],
    headerRow: 1,
    mapping: { title: 'Item', parent: 'Serves', budget: 'Cost' },
    links: { 2: 1, 3: 1 },
  },
  {
    name: 'parent column named only by its values',
    rows: [
      ['Ref', 'Plan line', 'Feeds into', 'Spend'],
      ['G-1', 'Reduce store shrink to 1.2% of sales', '', ''],
      ['I-1', 'Install RFID gates in top stores', 'G-1', '$180,000'],
      ['I-2', 'Train staff on loss prevention', 'G-1', '$20,000'],
    ],
    headerRow: 1,
    mapping: { id: 'Ref', title: 'Plan line', parent: 'Feeds into', budget: 'Spend' },
    links: { 2: 1, 3: 1 },
  },
  {
    name: 'parent named by shortened titles, accents and typos',
    rows: [
      ['Title', 'Parent Goal', 'Budget'],
      ['Reduce store shrink to 1.2% of sales by FY27', '', ''],
      ['Net revenue retention to 115%', '', ''],
      ['Deploy shelf cameras', 'Reduce store shrink', '$90k'],
      ['Upsell premium tier to top accounts', 'NRR 115%', '$30k'],
      ['Churn-prediction model', 'Net revenue retension to 115%', '$45k'],
    ],
    headerRow: 1,
    mapping: { title: 'Title', parent: 'Parent Goal', budget: 'Budget' },
    links: { 3: 1, 4: 2, 5: 2 },
  },
  {
    name: 'day-first dates in a column',
    rows: [
      ['Initiative', 'Owner', 'Start', 'End'],
      ['Replace the warehouse scanners', 'Olga Berg', '01/03/2026', '30/11/2026'],
      ['Move the HR system to the cloud', 'Ivo Horn', '15/01/2026', '01/06/2026'],
    ],
    headerRow: 1,
    mapping: { title: 'Initiative', owner: 'Owner', start: 'Start', end: 'End' },
  },
  {
    name: 'merged account cells (blank below the first)',
    rows: [
      ['Account', 'Objective', 'Owner', 'Budget (USD)'],
      ['Globex', 'Grow Globex wallet share to 30%', 'VP Sales', ''],
      ['', 'Launch a joint innovation lab', 'Ana Ruiz', '250000'],
      ['Initech', 'Cut Initech onboarding time in half', 'Head of CS', ''],
    ],
    headerRow: 1,
    mapping: { account: 'Account', title: 'Objective', owner: 'Owner', budget: 'Budget (USD)' },
    budgets: { 2: [250000, 'USD'] },
  },
  {
    name: 'trailing notes and totals are not plan rows',
    rows: [
      ['Project', 'Team', 'Lead', 'Budget'],
      ['Rebuild the partner portal', 'Channel', 'Mo Diaz', '$200,000'],
      ['Roll out CPQ to EMEA', 'Sales Ops', 'Lea Kim', '$150,000'],
      ['Total', '', '', '$350,000'],
      ['Source: FY26 planning workbook'],
    ],
    headerRow: 1,
    mapping: { title: 'Project', organization: 'Team', leader: 'Lead', budget: 'Budget' },
    budgets: { 1: [200000, 'USD'], 2: [150000, 'USD'] },
  },
  {
    name: 'Who column of named people is the leader',
    rows: [
      ['What', 'Who', 'When'],
      ['Ship the usage dashboard', 'Ravi Rao', 'Q2 2026'],
      ['Hold quarterly business reviews', 'Ella Stone', 'Q1-Q4 2026'],
    ],
    headerRow: 1,
    mapping: { title: 'What', leader: 'Who', timeframe: 'When' },
  },
  {
    name: 'German quarters and halves',
    rows: [
      ['Vorhaben', 'Team', 'Leitung', 'Mittel', 'Zeitrahmen'],
      ['Kundenportal neu aufsetzen', 'Digital', 'Lena Hof', '2,5 Mio €', '2. Halbjahr 2026'],
      ['Callcenter in Leipzig eröffnen', 'Service', 'Tim Beck', '800.000 €', '1. Quartal 2027'],
    ],
    headerRow: 1,
    mapping: { title: 'Vorhaben', organization: 'Team', leader: 'Leitung', budget: 'Mittel', timeframe: 'Zeitrahmen' },
    budgets: { 1: [2500000, 'EUR'], 2: [800000, 'EUR'] },
  },
];
