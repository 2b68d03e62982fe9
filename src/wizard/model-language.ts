import type { AgencyRole, SectionKey } from '../model';

/**
 * Our model language: a starting text the committee inserts and then makes its own. It describes
 * common practice, never a legal duty (the law's words come from the statute data).
 */
export const MODEL_SECTION_TEXT: Record<SectionKey, string> = {
  purpose: 'The Parties intend this MOU to be read with each Party’s own policies; where they differ, the Parties meet to agree on the practice that best serves the youth.',
  principles: 'The Parties apply these principles in every contact with a child or youth, in every team meeting and in every decision about services.',
  reporting: 'Each Party keeps a list of its staff who are mandated reporters and reminds them of this section at least once a year.',
  definitions: 'Words used in this MOU have the meaning they have in the Welfare and Institutions Code unless this section says otherwise.',
  governance: 'The steering committee meets at least quarterly to review how the protocol is working, to resolve problems raised by any Party, and to propose amendments.',
  identification: 'Staff who screen a child or youth explain why they are asking, screen in a private setting, and do not require a disclosure before offering services.',
  mdt: 'Each team meeting begins with the youth’s own goals. Information shared at a meeting is used only to plan and provide services to that youth.',
  services: 'Services are offered without condition: a youth who declines a service today may accept it later, and no Party ends services because a youth has run away or returned to an exploiter.',
  roles: 'Each Party names a liaison who answers questions from the other Parties about this protocol within two business days.',
  informationSharing: 'Each Party shares only the information another Party needs to serve the youth, and keeps shared records as securely as its own.',
  training: 'New staff of each Party who work with children and youth complete introductory training on commercial sexual exploitation within six months of hire.',
  data: 'The Parties review the measures in this section together each year, without identifying any child or youth.',
  funding: 'Each Party bears its own costs under this MOU unless a separate agreement provides otherwise.',
  administration: 'A Party may withdraw from this MOU by written notice to the other Parties, given at least thirty days in advance.',
};

/** Suggested duties for each role, which the committee accepts, edits or removes for each agency. */
export const SUGGESTED_DUTIES: Record<AgencyRole, string> = {
  'human-services': 'Leads the steering committee, receives reports of suspected exploitation, screens children and youth in its care, and convenes the multidisciplinary team.',
  probation: 'Screens youth under its supervision, refers identified youth to the multidisciplinary team, and treats exploited youth as victims in its case plans.',
  'mental-health': 'Provides trauma-informed assessment and treatment to identified children and youth and takes part in team meetings.',
  'public-health': 'Provides health screening and care, including reproductive and sexual health services, and trains its staff to recognize exploitation.',
  'juvenile-court': 'Considers the protocol in proceedings involving exploited children and youth and takes part in the steering committee.',
  'county-office-of-education': 'Trains school staff to recognize exploitation, supports school stability for identified youth, and names a liaison to the team.',
  sheriff: 'Responds to reports of exploitation, investigates exploiters, and treats exploited children and youth as victims.',
  'local-education-agency': 'Supports the attendance and school stability of identified students and refers students of concern.',
  'local-law-enforcement': 'Responds to reports of exploitation within its jurisdiction and refers children and youth to child welfare.',
  'survivor-organization': 'Provides survivor advocacy and mentoring and advises the steering committee from the experience of survivors.',
  'service-provider': 'Provides the services described in this protocol and takes part in team meetings for youth it serves.',
  'district-attorney': 'Prosecutes exploiters and supports child and youth victims and witnesses through the court process.',
  'public-defender': 'Represents youth and advises the steering committee on the protocol’s effect on youth in delinquency proceedings.',
  tribe: 'Takes part in planning for Indian children and youth and advises on culturally appropriate services.',
  other: 'Carries out the responsibilities the committee sets out here.',
};
