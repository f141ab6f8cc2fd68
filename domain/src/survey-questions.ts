// The partner survey's questions as data, one entry per version: the server checks answers and
// quotes them by it, the respondent's page (web/src/survey) asks them. A survey stores the version it was
// created with, so a later version can add a question without changing how earlier answers read.
// The wording is ours (docs/survey.md), after the PARTNER tool of community-collaboration research.

export interface SurveyLabel {
  pl: string;
  en: string;
}

export interface SurveyOption {
  code: string;
  label: SurveyLabel;
}

export interface ScaleAnchor {
  value: number;
  label: SurveyLabel;
}

export interface QuestionSet {
  version: string;
  title: SurveyLabel;
  /** Asked once per partner the respondent picks. */
  perPartner: {
    kinds: { question: SurveyLabel; options: SurveyOption[] };
    frequency: { question: SurveyLabel; options: SurveyOption[] };
    since: { question: SurveyLabel; min: number };
    value: { question: SurveyLabel; anchors: ScaleAnchor[] };
    trust: { question: SurveyLabel; anchors: ScaleAnchor[] };
  };
  /** Asked once per response. */
  lacking: { question: SurveyLabel; maxLength: number };
}

const PARTNER_V1: QuestionSet = {
  version: 'partner-v1',
  title: { pl: 'Ankieta partnerska', en: 'Partner survey' },
  perPartner: {
    kinds: {
      question: {
        pl: 'Na czym polega wasza współpraca? (zaznacz wszystkie pasujące)',
        en: 'What does your cooperation involve? (tick all that apply)',
      },
      options: [
        { code: 'INFORMATION', label: { pl: 'Wymiana informacji', en: 'Information exchange' } },
        { code: 'REFERRALS', label: { pl: 'Kierowanie klientów', en: 'Referrals of clients' } },
        { code: 'JOINT_PROJECT', label: { pl: 'Wspólny projekt', en: 'Joint project' } },
        {
          code: 'SHARED_RESOURCES',
          label: { pl: 'Wspólne zasoby lub lokal', en: 'Shared resources or premises' },
        },
        { code: 'JOINT_EVENT', label: { pl: 'Wspólne wydarzenie', en: 'Joint event' } },
        {
          code: 'CONTRACT',
          label: { pl: 'Umowa lub klauzula społeczna', en: 'Contract or social clause' },
        },
      ],
    },
    frequency: {
      question: { pl: 'Jak często współpracujecie?', en: 'How often do you work together?' },
      options: [
        { code: 'LESS_THAN_YEARLY', label: { pl: 'Rzadziej niż raz w roku', en: 'Less than once a year' } },
        { code: 'YEARLY', label: { pl: 'Kilka razy w roku', en: 'A few times a year' } },
        { code: 'MONTHLY', label: { pl: 'Co miesiąc', en: 'Every month' } },
        { code: 'WEEKLY', label: { pl: 'Co tydzień lub częściej', en: 'Every week or more often' } },
      ],
    },
    since: {
      question: { pl: 'Od którego roku współpracujecie?', en: 'Since which year have you worked together?' },
      min: 1950,
    },
    value: {
      question: {
        pl: 'Jak cenna jest dla was ta współpraca?',
        en: 'How valuable is this cooperation to you?',
      },
      anchors: [
        { value: 1, label: { pl: '1 – mało: niewiele nam daje', en: '1 – little: it brings us little' } },
        {
          value: 2,
          label: {
            pl: '2 – trochę: pomaga w pojedynczych sprawach',
            en: '2 – some: it helps in single cases',
          },
        },
        {
          value: 3,
          label: {
            pl: '3 – bardzo: wyraźnie wspiera nasze cele',
            en: '3 – much: it clearly supports our aims',
          },
        },
        {
          value: 4,
          label: {
            pl: '4 – kluczowo: bez niej nie osiągnęlibyśmy naszych celów',
            en: '4 – essential: without it we would not reach our aims',
          },
        },
      ],
    },
    trust: {
      question: { pl: 'Na ile ufacie temu partnerowi?', en: 'How much do you trust this partner?' },
      anchors: [
        {
          value: 1,
          label: {
            pl: '1 – mało: ustalenia często nie są dotrzymywane',
            en: '1 – little: agreements are often not kept',
          },
        },
        {
          value: 2,
          label: {
            pl: '2 – częściowo: ustalenia bywają dotrzymywane',
            en: '2 – partly: agreements are sometimes kept',
          },
        },
        {
          value: 3,
          label: {
            pl: '3 – bardzo: ustalenia zwykle są dotrzymywane',
            en: '3 – much: agreements are usually kept',
          },
        },
        {
          value: 4,
          label: {
            pl: '4 – w pełni: zawsze dotrzymuje ustaleń i działa otwarcie',
            en: '4 – fully: always keeps agreements and acts openly',
          },
        },
      ],
    },
  },
  lacking: {
    question: {
      pl: 'Z kim brakuje wam współpracy? Jakich partnerów potrzebujecie, a ich nie macie?',
      en: 'Whom do you lack? Which partners do you need but do not have?',
    },
    maxLength: 2000,
  },
};

/** Every question set by version; the newest is what new surveys get. */
export const QUESTION_SETS: Readonly<Record<string, QuestionSet>> = { [PARTNER_V1.version]: PARTNER_V1 };
export const CURRENT_QUESTION_SET = PARTNER_V1.version;

export function questionSet(version: string): QuestionSet {
  const set = QUESTION_SETS[version];
  if (!set) throw new Error(`Unknown survey question set: ${version}`);
  return set;
}

export const codesOf = (options: SurveyOption[]) => options.map((o) => o.code);
