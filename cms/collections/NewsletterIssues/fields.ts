import type { Field, Validate } from 'payload'
import { inLanguage, t, type Bilingual } from '../../fields/i18n'
import { slugField } from '../../fields/slug'
import { ISSUE_LANGUAGES, type IssueLanguage } from '../../../contracts/newsletter-issues'
import { TOPIC_LABELS, TOPICS } from '../../../contracts/select-values/newsletter'

const LANGUAGE_LABELS: Record<IssueLanguage, Bilingual> = {
  sv: t('Svenska', 'Swedish'),
  en: t('English', 'English'),
  both: t('Båda – varje prenumerant får sitt språk', 'Both – each subscriber gets their own language'),
}

/** Does an issue in `language` need this field in the locale being saved? */
const neededIn = (language: unknown, locale: string | undefined): boolean => language === 'both' || language === locale

/** Required only in the issue's own language(s): an English-only issue has no Swedish subject. Drafts are not validated. */
const subjectInIssueLanguage: Validate<string | null | undefined> = (value, { siblingData, req }) =>
  neededIn((siblingData as { language?: unknown }).language, req.locale ?? undefined) && !value?.trim()
    ? inLanguage(t('Ange ämnesraden på numrets språk.', "Enter the subject in the issue's language."), req.i18n?.language)
    : true

export const issueFields: Field[] = [
  {
    name: 'subject',
    type: 'text',
    localized: true,
    maxLength: 150,
    validate: subjectInIssueLanguage,
    label: t('Ämnesrad', 'Subject'),
    admin: { description: t('Mejlets ämnesrad och rubrik, på varje språk numret skickas på.', "The email's subject and heading, in each language the issue is sent in.") },
  },
  {
    name: 'preheader',
    type: 'text',
    localized: true,
    maxLength: 200,
    label: t('Förhandstext', 'Preheader'),
    admin: {
      description: t('En mening som många e-postprogram visar efter ämnesraden i inkorgen.', 'A sentence that many email programs show after the subject in the inbox.'),
    },
  },
  {
    ...slugField(),
    admin: {
      position: 'sidebar',
      description: t(
        'Numrets adress i arkivet. Lämna tomt: skapas från den svenska ämnesraden (den engelska för ett nummer bara på engelska).',
        "The issue's address in the archive. Leave empty: made from the Swedish subject (the English one for an English-only issue).",
      ),
    },
    // Filled in by fillSlug before validation when left empty.
    required: false,
  },
  {
    type: 'row',
    fields: [
      {
        name: 'language',
        type: 'select',
        required: true,
        defaultValue: 'sv',
        label: t('Språk', 'Language'),
        options: ISSUE_LANGUAGES.map((value) => ({ value, label: LANGUAGE_LABELS[value] })),
        admin: { description: t('Vilka språk numret skickas på.', 'Which languages the issue is sent in.') },
      },
      {
        name: 'topics',
        type: 'select',
        hasMany: true,
        required: true,
        label: t('Ämnen', 'Topics'),
        options: TOPICS.map((value) => ({ value, label: TOPIC_LABELS[value] })),
        admin: { description: t('Numret går till bekräftade prenumeranter av minst ett av ämnena.', 'The issue goes to confirmed subscribers of at least one of the topics.') },
      },
    ],
  },
  {
    name: 'body',
    type: 'richText',
    localized: true,
    label: t('Innehåll', 'Content'),
    admin: { description: t('Nyhetsbrevets text, med bilder från Filer.', "The newsletter's text, with images from Files.") },
  },
  {
    name: 'publications',
    type: 'relationship',
    relationTo: 'publications',
    hasMany: true,
    label: t('Publikationer', 'Publications'),
    admin: {
      isSortable: true,
      description: t('Publikationer som numret tipsar om, i den här ordningen, med titel och länk.', 'Publications the issue announces, in this order, with title and link.'),
    },
  },
]
