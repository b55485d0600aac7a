// Word lists that decide whether a figure counts people: nouns for things and
// measures ("4 rockets", "10 km", "20 percent") are not casualties; nouns for
// people are. Also the small words the attachment rules step over or stop at.
const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Things, measures and time spans: a figure whose noun is one of these is not a casualty count. */
export const NON_PERSON_NOUNS = set(`
  vehicle vehicles car cars truck trucks suv suvs bus buses tank tanks ambulance ambulances bulldozer boats boat
  bomb bombs shell shells rocket rockets missile missiles mortar mortars grenade grenades mine mines barrel barrels
  strike strikes airstrike airstrikes air-strikes raid raids sortie sorties attack attacks bombing bombings explosion explosions blasts blast
  operation operations offensive offensives battle battles clash clashes fight fights round rounds
  gun guns weapon weapons rifle rifles ammunition cannon cannons launcher launchers drone drones plane planes jet jets aircraft helicopter helicopters warplanes
  km kilometer kilometers kilometre kilometres mile miles meter meters metre metres feet foot yards
  percent per cent pct dollars dollar pounds pound lira liras euros euro usd syp cents
  litre litres liter liters ton tons tonnes kg kilograms kilos hectares acres
  village villages town towns city cities neighborhood neighborhoods neighbourhood neighbourhoods district districts
  area areas region regions province provinces country countries position positions checkpoint checkpoints base bases
  building buildings house houses home homes school schools hospital hospitals clinic clinics mosque mosques church churches
  target targets objective objectives site sites location locations point points stronghold strongholds front fronts road roads bridge bridges shop shops
  day days week weeks month months year years hour hours minute minutes second seconds night nights time times decade decades
  brigade brigades division divisions battalion regiment regiments unit
  photograph photographs photo photos image images video videos picture pictures statement statements report reports
  case cases file files page pages article articles tweet tweets meter
`);

/** Nouns for people that carry no side of their own. */
export const PERSON_NOUNS = set(`
  people persons person individuals victims casualties others other men man dead bodies lives members fighters militants
  terrorists gunmen extremists insurgents radicals combatants jihadists troops soldiers officers officer recruits
  guards prisoners captives detainees hostages volunteers militiamen elements assailants attackers bombers bomber lieutenant
  commander commanders leaders leaders figures advisers advisors pilots snipers officials medics engineers
`);

/** Generic fighters: their side comes from the group named nearby ("killing 38 terrorists"). */
export const COMBATANT_NOUNS = set(`
  militants terrorists gunmen extremists insurgents radicals fighters members elements assailants attackers jihadists
  militiamen combatants recruits gangs
`);

/** Singular people nouns counted as one ("a civilian was killed", "killing a child"). */
export const SINGLE_PERSON_NOUNS = set(`
  civilian child woman man boy girl baby person soldier fighter militant member activist journalist nurse doctor
  officer policeman resident villager citizen leader commander lieutenant colonel general brigadier sergeant emir
  paramedic volunteer teacher worker farmer driver shepherd student photographer cameraman reporter priest imam
  terrorist jihadist mercenary gunman insurgent rebel guard militiaman contractor servicemember serviceman
  adviser advisor pilot sniper major captain colonel-general spokesman official engineer medic
`);

export const AUXILIARIES = set(`
  was were is are be been being have has had will would could may might must also all reportedly allegedly later
  subsequently reported said believed thought feared confirmed both each still then already either just now
  to have of whom them those
`);

/** Words that open a new clause: attachment never reaches across them. */
export const CLAUSE_BREAKS = set(`; : while whereas but although though because if whether unless`);

export const REPORTING_VERBS = set(`
  said says say told tells reported reports report added adding stated states announced announces confirmed confirms
  documented documents claimed claims noted quoted cited citing explained according put puts estimated
`);

export const COPULAS = set(`was were is are remains remained stood reached`);

/** Words that end a noun phrase after a figure. */
export const NP_STOPS = set(`
  was were is are be been being have has had will would could may might did do does who that which whom whose
  in on at near from by during after before since with without into across around inside outside when while as
  amid among amongst under over through to for against following including and or but , . ; : ! ? " — ( ) [ ]
  said told reported say says according
`);
