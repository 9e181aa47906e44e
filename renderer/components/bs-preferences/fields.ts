// The preferences a person sets in the Preferences dialog, with the words the
// dialog shows. Bounds and choices come from electron/shared/preferences.ts, the
// same ones the bridge checks, so the form cannot offer a value the library refuses.
import type { Preferences } from '../../../electron/shared/models.ts';
import { FULL_TEXT_POLICIES, OFFLINE_AUDIO_MB, REFRESH_MINUTES, RETENTION_DAYS, STORY_ORDERS, THEMES, type IntRange } from '../../../electron/shared/preferences.ts';

type Key = keyof Preferences;

export type PreferenceField =
  | { key: Key; kind: 'toggle'; label: string; hint?: string }
  | { key: Key; kind: 'choice'; label: string; hint?: string; choices: readonly { value: string; label: string }[] }
  | { key: Key; kind: 'number'; label: string; hint?: string; unit: string; range: IntRange };

export interface PreferenceSection {
  title: string;
  fields: readonly PreferenceField[];
}

const labelled = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));

export const PREFERENCE_SECTIONS: readonly PreferenceSection[] = [
  {
    title: 'Reading',
    fields: [
      { key: 'markReadOnOpen', kind: 'toggle', label: 'Mark an article read when I open it' },
      { key: 'foldStories', kind: 'toggle', label: 'Show one row per story, its other outlets beneath' },
      { key: 'readStoryOnce', kind: 'toggle', label: 'Reading a story’s lead marks the whole story read' },
      {
        key: 'storyOrder',
        kind: 'choice',
        label: 'Place a story by',
        choices: labelled(STORY_ORDERS, { first: 'its first coverage (it stays put as it grows)', latest: 'its latest coverage' }),
      },
    ],
  },
  {
    title: 'Appearance',
    fields: [
      { key: 'theme', kind: 'choice', label: 'Theme', choices: labelled(THEMES, { system: 'Follow the system', light: 'Light', dark: 'Dark' }) },
      { key: 'showTagline', kind: 'toggle', label: 'Show the tagline under the masthead' },
    ],
  },
  {
    title: 'Feeds and storage',
    fields: [
      { key: 'refreshMinutes', kind: 'number', label: 'Check feeds every', unit: 'minutes', range: REFRESH_MINUTES, hint: 'A source can have its own interval in its settings.' },
      { key: 'retentionDays', kind: 'number', label: 'Keep articles for', unit: 'days', range: RETENTION_DAYS, hint: 'Bookmarks, and articles a feed still lists, are always kept.' },
      { key: 'offlineAudioMb', kind: 'number', label: 'Podcast audio kept offline', unit: 'MB', range: OFFLINE_AUDIO_MB, hint: 'For bookmarked episodes, all together; 0 keeps none. An episode that does not fit is streamed.' },
      {
        key: 'fullText',
        kind: 'choice',
        label: 'Keep the full article and its images offline for',
        choices: labelled(FULL_TEXT_POLICIES, {
          auto: 'New articles whose feed gives only a summary',
          all: 'Every new article',
          bookmarked: 'Bookmarked articles only',
          off: 'Nothing (bookmarks are still kept)',
        }),
      },
    ],
  },
  {
    title: 'Privacy',
    fields: [
      {
        key: 'allowLocalNetwork',
        kind: 'toggle',
        label: 'Allow fetching from local network addresses',
        hint: 'Off: links and images in feeds cannot make Broadsheet fetch from this computer or your local network. Feeds you subscribed to on such a host are fetched either way.',
      },
    ],
  },
];
