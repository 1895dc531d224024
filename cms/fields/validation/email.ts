import type { EmailField } from 'payload'
import { EMAIL_MESSAGES, emailProblem } from '../../../contracts/validation/email-address'
import { mapString, say, validateText } from './validate'

export const validateEmail = validateText((value, req) => {
  const problem = emailProblem(value.trim())
  return problem ? say(EMAIL_MESSAGES[problem], req) : true
})

/** An email field with the stricter rule and messages in the editor's language; stored trimmed. */
export const emailField = (field: Omit<EmailField, 'type' | 'validate'>): EmailField => ({
  ...field,
  type: 'email',
  validate: validateEmail,
  hooks: { ...field.hooks, beforeValidate: [mapString((value) => value.trim()), ...(field.hooks?.beforeValidate ?? [])] },
})
