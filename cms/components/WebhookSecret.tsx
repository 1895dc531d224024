'use client'
import type { UIFieldClientComponent } from 'payload'
import React from 'react'
import { t } from '../fields/i18n'
import { ShownOnceSecret, type ShownOnceConfig } from './ShownOnceSecret'

const CONFIG: ShownOnceConfig = {
  collection: 'webhook-endpoints',
  paths: { state: 'secret-state', reveal: 'reveal-secret', rotate: 'rotate-secret' },
  testId: 'webhook-secret',
  texts: {
    title: t('Signeringsnyckel', 'Signing secret'),
    onCreate: t('En signeringsnyckel skapas när du sparar. Den visas en gång, här.', 'A signing secret is created when you save. It is shown once, here.'),
    reveal: t('Visa nyckeln (visas en gång)', 'Show the secret (shown once)'),
    revealHint: t('Nyckeln har inte visats än. Visa den när du kan ge den till partnern.', 'The secret has not been shown yet. Show it when you can pass it on to the partner.'),
    shown: t(
      'Kopiera nyckeln nu och ge den till partnern på ett säkert sätt. Den visas inte igen.',
      'Copy the secret now and pass it to the partner securely. It will not be shown again.',
    ),
    hidden: t('Nyckeln skapades', 'The secret was created'),
    cannotShow: t('Den kan inte visas igen; byt den om partnern behöver en ny.', 'It cannot be shown again; rotate it if the partner needs a new one.'),
    none: t('Mottagaren har ingen nyckel, så inget kan skickas.', 'The endpoint has no secret, so nothing can be sent.'),
    rotation: {
      rotate: t('Byt nyckel', 'Rotate secret'),
      retireNow: t('Sluta signera med den gamla nyckeln direkt (om den har läckt)', 'Stop signing with the old secret at once (if it leaked)'),
      overlap: t('Den förra nyckeln signerar också till', 'The previous secret also signs until'),
    },
  },
}

/**
 * The endpoint's signing secret in the sidebar: the first one can be shown once after the endpoint was created, and
 * "Rotate secret" makes a new one and shows it once (ShownOnceSecret).
 */
export const WebhookSecret: UIFieldClientComponent = () => <ShownOnceSecret config={CONFIG} />
