import type { ReactNode } from 'react';
import { CalendarSection, RostersSection, RuleParamsSection } from '../checks/check-settings-sections';
import { AnnotationSettingsSection } from '../../annotations/annotation-settings-section';
import { ReviewerSection } from '../review/reviewer-section';
import { AboutSection } from './about-section';

/**
 * Sections of the 设置 page, in order. A capability adds its section here (one
 * entry: reviewer identity, rule parameters, calendars, rosters, …) and keeps
 * the component in its own folder.
 */
export interface SettingsSection {
  key: string;
  labelKey: string;
  render(): ReactNode;
}

export const SETTINGS_SECTIONS: SettingsSection[] = [
  { key: 'about', labelKey: 'settings.about', render: () => <AboutSection /> },
  { key: 'reviewer', labelKey: 'reviewer.section', render: () => <ReviewerSection /> },
  { key: 'annotations', labelKey: 'annotations.section', render: () => <AnnotationSettingsSection /> },
  { key: 'checkParams', labelKey: 'checkSettings.params', render: () => <RuleParamsSection /> },
  { key: 'checkCalendar', labelKey: 'checkSettings.calendar', render: () => <CalendarSection /> },
  { key: 'checkRosters', labelKey: 'checkSettings.rosters', render: () => <RostersSection /> },
];
