/** The words of the check emails and pages, in the check's language. */
export const CHECK_COPY = {
  sv: {
    fields: {
      title: 'Titel',
      personName: 'Namn',
      phone: 'Telefon',
      email: 'E-post',
      employer: 'Arbetsgivare',
      languages: 'Språk',
      none: '(saknas)',
    },
    request: {
      subject: 'Stämmer dina kontaktuppgifter hos NSPM?',
      title: 'Stämmer dina kontaktuppgifter?',
      intro: 'Yrkesverksamma som möter personer som kan vara utsatta för människohandel hittar dig via NSPM:s kontaktuppgifter. Så här står dina uppgifter i dag:',
    },
    reminder: {
      subject: 'Påminnelse: stämmer dina kontaktuppgifter hos NSPM?',
      title: 'Påminnelse: stämmer dina kontaktuppgifter?',
      intro: 'Vi har inte fått svar på vår fråga från {sent}. Yrkesverksamma hittar dig via NSPM:s kontaktuppgifter. Så här står dina uppgifter i dag:',
    },
    ask: 'Svara via länken: "Allt stämmer" eller "Något har ändrats". Länken fungerar en gång, till och med {until}.',
    action: 'Svara här',
    footer: 'Du får det här mejlet eftersom du är regionkoordinator mot prostitution och människohandel. Frågor? Svara på mejlet eller kontakta NSPM.',
    escalation: {
      subject: 'Regionkoordinator har inte svarat: {name}',
      title: 'En regionkoordinator har inte bekräftat sina uppgifter',
      body: '{name} i {region} har inte svarat på frågan om kontaktuppgifterna stämmer.',
      timeline: 'Frågan skickades {sent}; påminnelsen {reminded}.',
      look: 'Kontakta koordinatorn och kontrollera uppgifterna. Kontrollen visas på kontrollpanelen i CMS:et.',
      dashboard: 'Kontrollpanelen i CMS:et',
      noCms: 'kontrollpanelen i CMS:et',
      notReminded: '(ingen påminnelse)',
    },
    rejected: {
      subject: 'Din ändring av kontaktuppgifterna hos NSPM',
      title: 'Din ändring har inte genomförts',
      intro: 'Tack för att du skickade ändrade kontaktuppgifter till NSPM. En redaktör har gått igenom dem och inte gjort ändringen.',
      note: 'Redaktörens kommentar:',
      outro: 'Stämmer dina uppgifter ändå inte? Svara på det här mejlet eller kontakta NSPM.',
    },
  },
  en: {
    fields: {
      title: 'Title',
      personName: 'Name',
      phone: 'Phone',
      email: 'Email',
      employer: 'Employer',
      languages: 'Languages',
      none: '(none)',
    },
    request: {
      subject: 'Are your contact details at NSPM correct?',
      title: 'Are your contact details correct?',
      intro: "Professionals who meet people who may be victims of human trafficking find you through NSPM's contact details. This is what they say today:",
    },
    reminder: {
      subject: 'Reminder: are your contact details at NSPM correct?',
      title: 'Reminder: are your contact details correct?',
      intro: "We have not had an answer to our question of {sent}. Professionals find you through NSPM's contact details. This is what they say today:",
    },
    ask: 'Answer through the link: "Everything is correct" or "Something has changed". The link works once, until {until}.',
    action: 'Answer here',
    footer: 'You receive this email because you are a regional coordinator against prostitution and human trafficking. Questions? Reply to this email or contact NSPM.',
    escalation: {
      subject: 'A regional coordinator has not answered: {name}',
      title: 'A regional coordinator has not confirmed their details',
      body: '{name} in {region} has not answered whether their contact details are correct.',
      timeline: 'Asked on {sent}; reminded on {reminded}.',
      look: 'Please contact the coordinator and check the details. The check is listed on the CMS dashboard.',
      dashboard: 'The CMS dashboard',
      noCms: 'the CMS dashboard',
      notReminded: '(no reminder)',
    },
    rejected: {
      subject: 'Your change to your contact details at NSPM',
      title: 'Your change has not been made',
      intro: 'Thank you for sending NSPM your changed contact details. An editor has reviewed them and has not made the change.',
      note: "The editor's note:",
      outro: 'Are your details still not right? Reply to this email or contact NSPM.',
    },
  },
} as const

/** "7 december 2026" / "7 December 2026", as read in Sweden. */
export function longDate(value: Date, locale: 'sv' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(value)
}

export const fill = (text: string, values: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match)
