import { VerifyCoordinatorButton as VerifyCoordinatorButton_c81ce542cb9cf6da00eb90b3ec0bfb5f } from '../../../components/VerifyCoordinatorButton'
import { LastVerifiedCell as LastVerifiedCell_9e525dd958bdf43c584e0c1685789a5c } from '../../../components/LastVerifiedCell'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { NewsletterSend as NewsletterSend_0777b03409bcfa33eb9468683ace4920 } from '../../../components/NewsletterSend'
import { NewsletterPreview as NewsletterPreview_e224d6a19e312d12bdf16948edb3eec6 } from '../../../components/NewsletterPreview'
import { SubscriberExport as SubscriberExport_2e1c6d83cee672561b65e39c2037ebff } from '../../../components/SubscriberExport'
import { BouncedAddresses as BouncedAddresses_6828ea47e856b0358502e63a6807ee1c } from '../../../components/BouncedAddresses'
import { WebhookSecret as WebhookSecret_d9b1dc97dd82afe7b5d8748069e511c3 } from '../../../components/WebhookSecret'
import { WebhookDeliveries as WebhookDeliveries_9a9f1c1608b888a03db94c0f880e409d } from '../../../components/WebhookDeliveries'
import { ApiKeySecret as ApiKeySecret_160c47a5534fd2ae86ed24e15dc0e645 } from '../../../components/ApiKeySecret'
import { ApiKeyRevoke as ApiKeyRevoke_c320203e94cb5019436ca6406c661400 } from '../../../components/ApiKeyRevoke'
import { ApiKeyUsage as ApiKeyUsage_b3d2437360aae0ccd69580ffcf8468c9 } from '../../../components/ApiKeyUsage'
import { OrderQueue as OrderQueue_39b300c59d5f416e9a580e5d422344c7 } from '../../../components/OrderQueue'
import { OutboxStatus as OutboxStatus_dc70f36a195b9c98d3eee54efb1a3a37 } from '../../../components/OutboxStatus'
import { WebhookStatus as WebhookStatus_1dc2ac8c5a0750b6cf7485e7e40906cd } from '../../../components/WebhookStatus'
import { CoordinatorProposals as CoordinatorProposals_fdc4ecb645eaacdb927b182f1d1c5e66 } from '../../../components/CoordinatorProposals'
import { UnansweredChecks as UnansweredChecks_df05a3a59a6705dad9400192f5421228 } from '../../../components/UnansweredChecks'
import { StaleCoordinators as StaleCoordinators_49fee393e5e0c5ba27012f7a7ebd826a } from '../../../components/StaleCoordinators'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/VerifyCoordinatorButton#VerifyCoordinatorButton": VerifyCoordinatorButton_c81ce542cb9cf6da00eb90b3ec0bfb5f,
  "/components/LastVerifiedCell#LastVerifiedCell": LastVerifiedCell_9e525dd958bdf43c584e0c1685789a5c,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/NewsletterSend#NewsletterSend": NewsletterSend_0777b03409bcfa33eb9468683ace4920,
  "/components/NewsletterPreview#NewsletterPreview": NewsletterPreview_e224d6a19e312d12bdf16948edb3eec6,
  "/components/SubscriberExport#SubscriberExport": SubscriberExport_2e1c6d83cee672561b65e39c2037ebff,
  "/components/BouncedAddresses#BouncedAddresses": BouncedAddresses_6828ea47e856b0358502e63a6807ee1c,
  "/components/WebhookSecret#WebhookSecret": WebhookSecret_d9b1dc97dd82afe7b5d8748069e511c3,
  "/components/WebhookDeliveries#WebhookDeliveries": WebhookDeliveries_9a9f1c1608b888a03db94c0f880e409d,
  "/components/ApiKeySecret#ApiKeySecret": ApiKeySecret_160c47a5534fd2ae86ed24e15dc0e645,
  "/components/ApiKeyRevoke#ApiKeyRevoke": ApiKeyRevoke_c320203e94cb5019436ca6406c661400,
  "/components/ApiKeyUsage#ApiKeyUsage": ApiKeyUsage_b3d2437360aae0ccd69580ffcf8468c9,
  "/components/OrderQueue#OrderQueue": OrderQueue_39b300c59d5f416e9a580e5d422344c7,
  "/components/OutboxStatus#OutboxStatus": OutboxStatus_dc70f36a195b9c98d3eee54efb1a3a37,
  "/components/WebhookStatus#WebhookStatus": WebhookStatus_1dc2ac8c5a0750b6cf7485e7e40906cd,
  "/components/CoordinatorProposals#CoordinatorProposals": CoordinatorProposals_fdc4ecb645eaacdb927b182f1d1c5e66,
  "/components/UnansweredChecks#UnansweredChecks": UnansweredChecks_df05a3a59a6705dad9400192f5421228,
  "/components/StaleCoordinators#StaleCoordinators": StaleCoordinators_49fee393e5e0c5ba27012f7a7ebd826a,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
