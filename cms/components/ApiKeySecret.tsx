'use client'
import type { UIFieldClientComponent } from 'payload'
import React from 'react'
import { t } from '../fields/i18n'
import { ShownOnceSecret, type ShownOnceConfig } from './ShownOnceSecret'

const CONFIG: ShownOnceConfig = {
  collection: 'api-keys',
  paths: { state: 'key-state', reveal: 'issue-key' },
  testId: 'api-key',
  texts: {
    title: t('Nyckel', 'Key'),
    onCreate: t('Spara först. Sedan skapar du nyckeln här; den visas en gång.', 'Save first. Then make the key here; it is shown once.'),
    reveal: t('Skapa nyckeln (visas en gång)', 'Create the key (shown once)'),
    revealHint: t(
      'Nyckeln skapas när du klickar och visas bara då. Gör det när du kan ge den till partnern.',
      'The key is made when you click and shown only then. Do it when you can pass it on to the partner.',
    ),
    shown: t(
      'Kopiera nyckeln nu och ge den till partnern på ett säkert sätt. Den visas inte igen. Den hör hemma på partnerns server, aldrig i en webbsida.',
      "Copy the key now and pass it to the partner securely. It will not be shown again. It belongs on the partner's server, never in a web page.",
    ),
    hidden: t('Nyckeln skapades', 'The key was made'),
    cannotShow: t(
      'Den kan inte visas igen: skapa en ny API-nyckel och återkalla den här om partnern behöver en ny.',
      'It cannot be shown again: create a new API key and revoke this one if the partner needs a new one.',
    ),
    none: t('Ingen nyckel: den här är återkallad.', 'No key: this one is revoked.'),
  },
}

/** The key in the sidebar: made and shown once by "Create the key", afterwards only its prefix (ShownOnceSecret). */
export const ApiKeySecret: UIFieldClientComponent = () => <ShownOnceSecret config={CONFIG} />
