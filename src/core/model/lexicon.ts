/**
 * Word kinds the statement model uses as features beside the words themselves. They let a
 * verb the corpus never saw in one position count with the others of its kind ("Refactor"
 * opens work the way "Migrate" does), in the languages plans are written in. Each list is
 * of folded stems (see stemmer.ts), so "implemented", "implementing" and "implement" all hit.
 * Lists are general vocabulary, not phrases of any one plan.
 */
import { stemWord, type Language } from './stemmer';

// Each word is kept as written and as its stem: a short statement's language can be guessed
// wrong ("Implementar un sistema" has no Spanish function word the guess knows), and the
// written form still finds it.
function stems(language: Language, words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).flatMap((word) => [word, stemWord(word, language)]));
}

function union(...sets: Set<string>[]): Set<string> {
  return new Set(sets.flatMap((set) => [...set]));
}

/** Verbs that open work to be carried out: a deliverable follows. */
export const WORK_VERBS = union(
  stems(
    'en',
    'implement migrate deploy launch develop build create establish install upgrade replace pilot conduct hire ' +
      'design introduce roll integrate automate consolidate modernize modernise digitize digitise refactor rewrite ' +
      'procure purchase acquire construct renovate redesign rebuild setup update publish host organize organise ' +
      'finalize finalise prepare draft adopt convert transition centralize centralise ' +
      'standardize standardise document train onboard conduct perform ' +
      'evaluate assess review audit analyze analyse map inventory study survey test prototype release ship ' +
      'open relocate localize localise engage connect equip recruit retire decommission sunset negotiate renew ' +
      'select source tender outsource insource translate trial operationalize operationalise commission ' +
      'add remove monitor track identify define explore investigate',
  ),
  stems('de', 'einfuhren einfuhrung umsetzen umsetzung aufbauen aufbau entwickeln entwicklung erstellen erstellung implementieren ' +
    'errichten errichtung durchfuhren durchfuhrung beschaffen beschaffung modernisieren sanieren sanierung ' +
    'installieren bereitstellen bereitstellung digitalisieren digitalisierung schaffen erarbeiten einrichten einrichtung ' +
    'inbetriebnahme anschaffen anschaffung erweitern erweiterung umbauen umbau ausbauen ausbau neubau veranstalten organisieren'),
  stems('fr', 'mettre deployer developper creer construire lancer installer moderniser renover mise deploiement developpement ' +
    'migrer migration remplacer remplacement implanter implanter integrer integration automatiser automatisation equiper ' +
    'creation construction lancement installation modernisation renovation elaborer elaboration realiser realisation organiser amenager amenagement ' +
    'introduire'),
  stems('es', 'implementar desarrollar crear construir lanzar instalar modernizar renovar implantar implantacion implementacion desarrollo ' +
    'migrar migracion reemplazar sustituir integrar integracion automatizar automatizacion equipar despliegue desplegar ' +
    'creacion construccion lanzamiento instalacion elaborar elaboracion realizar ejecutar ejecucion disenar diseno habilitar adquirir ' +
    'puesta adquisicion contratar contratacion rehabilitar rehabilitacion adaptar adaptacion organizar celebrar introducir'),
  stems('it', 'realizzare sviluppare creare costruire avviare installare implementare realizzazione sviluppo creazione ' +
    'migrare migrazione sostituire sostituzione integrare integrazione automatizzare ' +
    'costruzione avvio attivare attivazione adottare adozione definire definizione progettare progettazione ' +
    'messa acquisire acquisizione acquistare acquisto organizzare riqualificare riqualificazione adeguare adeguamento ' +
    'lanciare lancio introdurre introduzione'),
  stems('pt', 'implementar desenvolver criar construir lancar instalar modernizar implantar implantacao desenvolvimento ' +
    'criacao construcao lancamento elaborar elaboracao realizar executar migrar migracao substituir substituicao ' +
    'integrar integracao automatizar automatizacao equipar adquirir aquisicao contratar contratacao adotar adocao ' +
    'definir projetar organizar reformar renovar digitalizar introduzir'),
);

/** Verbs that open an end result: a changed metric or a state follows. */
export const OUTCOME_VERBS = union(
  stems(
    'en',
    'increase grow reduce improve enhance decrease cut lower raise boost double triple halve lift achieve reach ' +
      'attain exceed maintain sustain eliminate minimize minimise maximize maximise become be remain stay earn win ' +
      'gain retain attract ensure strengthen accelerate advance foster promote protect preserve prevent avoid ' +
      'pass lead dominate capture deepen broaden keep meet hit',
  ),
  stems('de', 'steigern steigerung erhohen erhohung senken senkung reduzieren reduktion verbessern verbesserung verringern ' +
    'verringerung halbieren verdoppeln erreichen sichern sicherung starken starkung gewahrleisten fordern forderung werden sein bleiben'),
  stems('fr', 'augmenter augmentation reduire reduction ameliorer amelioration diminuer diminution atteindre doubler renforcer ' +
    'renforcement garantir assurer devenir etre rester favoriser promouvoir preserver proteger accroitre'),
  stems('es', 'aumentar aumento reducir reduccion mejorar mejora disminuir disminucion alcanzar duplicar fortalecer ' +
    'fortalecimiento garantizar asegurar convertirse ser seguir promover fomentar preservar proteger incrementar incremento lograr'),
  stems('it', 'aumentare aumento ridurre riduzione migliorare miglioramento diminuire raggiungere raddoppiare triplicare dimezzare rafforzare ' +
    'rafforzamento garantire assicurare diventare essere promuovere favorire proteggere incrementare incremento'),
  stems('pt', 'aumentar aumento reduzir reducao melhorar melhoria diminuir alcancar atingir duplicar dobrar fortalecer ' +
    'garantir assegurar tornar ser manter promover proteger incrementar'),
);

/** Nouns that name work itself: an implementation, a rollout, an Einführung. They show a program as a verb does. */
export const WORK_NOUNS = union(
  stems('en', 'implementation rollout roll-out migration deployment upgrade integration consolidation automation installation replacement modernization modernisation redesign rebrand refresh overhaul launch'),
  stems('de', 'einfuhrung umsetzung implementierung migration ablosung modernisierung erneuerung umstellung integration ' +
    'einrichtung errichtung durchfuhrung beschaffung sanierung bereitstellung erstellung anschaffung umbau neubau inbetriebnahme'),
  stems('fr', 'deploiement implementation migration modernisation integration installation refonte ' +
    'creation construction lancement renovation elaboration realisation amenagement mise'),
  stems('es', 'implantacion implementacion migracion despliegue modernizacion integracion instalacion renovacion ' +
    'creacion construccion lanzamiento elaboracion ejecucion adquisicion contratacion rehabilitacion adaptacion celebracion puesta'),
  stems('it', 'implementazione migrazione modernizzazione integrazione installazione realizzazione ' +
    'creazione costruzione avvio attivazione adozione progettazione acquisizione acquisto riqualificazione adeguamento messa ' +
    'lancio introduzione'),
  stems('pt', 'implantacao implementacao migracao modernizacao integracao instalacao criacao construcao lancamento elaboracao ' +
    'execucao aquisicao contratacao substituicao reforma renovacao adocao'),
);

/** Nouns that name a concrete deliverable: a thing built, bought, run or written. */
export const DELIVERABLES = union(
  stems(
    'en',
    'program programme project initiative pilot system platform ' +
      'tool module portal dashboard app application software plan policy bylaw ordinance legislation guideline ' +
      'standard inventory study survey assessment workshop training curriculum campaign event competition center ' +
      'centre facility building sidewalk path lane shuttle housing partnership collaboration contract rfp vendor ' +
      'process workflow playbook framework roadmap license server datacenter network route fleet vehicle ' +
      'equipment machine store branch kiosk website site course grant ' +
      'infrastructure pipeline repository release feature api library documentation database cloud tender',
  ),
  stems('de', 'programm projekt pilot konzept plattform system portal anwendung software leitfaden richtlinie studie ' +
    'schulung kampagne zentrum gebaude anlage infrastruktur netz netzwerk strategie massnahme katalog datenbank ausschreibung ' +
    'werkzeug modul dashboard app webseite website veranstaltung workshop kurs wettbewerb einrichtung fahrzeug ausstattung ' +
    'radweg weg route vertrag prozess rahmenwerk lizenz server rechenzentrum filiale handbuch'),
  stems('fr', 'programme projet pilote plateforme systeme portail application logiciel guide etude formation campagne ' +
    'centre batiment infrastructure reseau schema dispositif outil plan appel ' +
    'module tableau site evenement atelier cours concours equipement vehicule piste route contrat processus cadre ' +
    'licence serveur agence boutique manuel'),
  stems('es', 'programa proyecto piloto plataforma sistema portal aplicacion software guia estudio formacion campana ' +
    'centro edificio infraestructura red herramienta plan convocatoria ' +
    'modulo tablero web sitio evento jornada taller curso concurso equipamiento vehiculo pista ruta contrato proceso ' +
    'marco licencia servidor sucursal tienda manual'),
  stems('it', 'programma progetto pilota piattaforma sistema portale applicazione software linee guida studio formazione ' +
    'campagna centro edificio infrastruttura rete strumento piano bando catalogo ' +
    'modulo cruscotto sito evento giornata laboratorio corso concorso attrezzatura veicolo pista percorso contratto ' +
    'processo quadro licenza server sportello negozio manuale'),
  stems('pt', 'programa projeto piloto plataforma sistema portal aplicativo aplicacao software guia estudo formacao ' +
    'treinamento campanha centro edificio infraestrutura rede ferramenta plano edital modulo painel site evento ' +
    'oficina curso concurso equipamento veiculo rota contrato processo licenca servidor agencia loja manual'),
);

/** Words of a result measured or a state reached. */
export const RESULT_WORDS = union(
  stems(
    'en',
    'rate percent percentage growth revenue retention satisfaction score level ratio reduction ' +
      'improvement target less fewer more higher lower below above least most best leading top first ' +
      'trusted recognized recognised known preferred world-class resilient sustainable safe safer secure healthy ' +
      'healthier thriving vibrant excellence quality equity inclusion access outcome outcomes',
  ),
  stems('de', 'anteil quote prozent steigerung senkung niveau ziel zufriedenheit qualitat sicherheit nachhaltig'),
  stems('fr', 'taux part pourcentage niveau objectif satisfaction qualite securite durable'),
  stems('es', 'tasa cuota porcentaje nivel objetivo satisfaccion calidad seguridad sostenible'),
  stems('it', 'tasso quota percentuale livello obiettivo soddisfazione qualita sicurezza sostenibile'),
  stems('pt', 'taxa cota percentual nivel meta objetivo satisfacao qualidade seguranca sustentavel'),
);

/** Words that say money is, or will be, put into the work. */
export const FUNDING = union(
  stems('en', 'fund funding funded budget budgeted capital grant appropriation investment invest financing awarded allocated'),
  stems('de', 'finanzierung gefordert foerderung budget mittel investition'),
  stems('fr', 'financement budget subvention investissement'),
  stems('es', 'financiacion financiamiento presupuesto subvencion inversion'),
  stems('it', 'finanziamento budget fondi investimento'),
  stems('pt', 'financiamento orcamento subsidio investimento'),
);

/** Words that open an aspiration's framing ("To be", "We will", "Our goal"). */
export const ASPIRATION_OPENERS = new Set(['to', 'we', 'our', 'wir', 'unser', 'unsere', 'nous', 'notre', 'nos', 'nuestro', 'nuestra', 'nostro', 'nostra', 'nosso', 'nossa']);

/** Nouns a plan names a piece of work by ("a pilot", "ein Vorhaben", "un proyecto"), folded as written. */
export const PROGRAM_NOUNS = new Set(
  ('project projects program programs programme programmes initiative initiatives engagement pilot campaign effort workstream ' +
    'projekt programm vorhaben pilotprojekt kampagne projet campagne chantier proyecto programa iniciativa campana ' +
    'progetto programma iniziativa campagna projeto campanha').split(' '),
);

/** "a", "this" and their kin before such a noun: the statement says what it is, a project, as its own title would. */
export const NAMING_WORDS = new Set('a an this ein eine einen einem dieses diese un une ce cette uno una este esta questo questa um uma'.split(' '));
