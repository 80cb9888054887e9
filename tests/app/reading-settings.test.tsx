// @vitest-environment jsdom
// The "Aa" menu as a reader uses it, by keyboard and pointer: it opens, applies and keeps each choice, and closes
// with Escape, giving focus back to "Aa".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';
import { samplePage } from './sample-page';
import { enableReadingSettingsMenu, SETTINGS_BUTTON_ID, SETTINGS_PANEL_ID } from '../../src/features/reading-settings/reading-settings-menu';
import { PAGE_IDS } from '../../src/lib/page-ids';
import { SIDE_COLUMN_ID } from '../../src/features/reading-position/follow-reading';
import { SETTINGS_STORAGE_KEY, currentSettings } from '../../src/features/reading-settings/reading-settings';

let stop: () => void = () => {};
beforeEach(() => {
  localStorage.clear();
  for (const attribute of ['data-theme', 'data-text-size', 'data-width']) document.documentElement.removeAttribute(attribute);
  renderApp('/', samplePage);
  stop = enableReadingSettingsMenu(document);
});
afterEach(() => stop());

const aa = () => screen.getByRole('button', { name: 'Réglages de lecture' });

describe('the "Aa" menu', () => {
  it('opens from the keyboard, and Escape closes it and gives focus back to "Aa"', async () => {
    const user = userEvent.setup();
    await user.tab(); // the skip link
    while (document.activeElement !== aa()) await user.tab();
    expect(aa()).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    expect(aa()).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: 'Réglages de lecture' });
    expect(panel).toBeVisible();
    await user.tab();
    expect(panel).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    expect(aa()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Réglages de lecture' })).toBeNull();
    expect(aa()).toHaveFocus();
  });

  it('applies a theme, a text size and a width at once, and keeps them for the next visit', async () => {
    const user = userEvent.setup();
    await user.click(aa());
    await user.click(screen.getByRole('radio', { name: 'Sombre' }));
    await user.click(screen.getByRole('radio', { name: 'Très grande' }));
    await user.click(screen.getByRole('radio', { name: 'Large' }));
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(document.documentElement).toHaveAttribute('data-text-size', 'tres-grand');
    expect(document.documentElement).toHaveAttribute('data-width', 'large');
    expect(JSON.parse(localStorage.getItem(SETTINGS_STORAGE_KEY)!)).toEqual({ theme: 'dark', textSize: 'tres-grand', width: 'large' });
  });

  it('shows the current choice checked when it opens', async () => {
    document.documentElement.setAttribute('data-theme', 'sepia');
    const user = userEvent.setup();
    await user.click(aa());
    expect(screen.getByRole('radio', { name: 'Sépia' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Normale' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Standard' })).toBeChecked();
  });

  it('moves between the choices of a group with the arrow keys', async () => {
    const user = userEvent.setup();
    await user.click(aa());
    screen.getByRole('radio', { name: 'Automatique' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Clair' })).toBeChecked();
    expect(currentSettings().theme).toBe('light');
  });

  it('closes on a click elsewhere, without taking the focus', async () => {
    const user = userEvent.setup();
    await user.click(aa());
    await user.click(screen.getByRole('heading', { level: 1 }));
    expect(aa()).toHaveAttribute('aria-expanded', 'false');
    expect(aa()).not.toHaveFocus();
  });

  it('has its ids written the same in the id table of the page and in the later script', () => {
    expect([PAGE_IDS.settingsButton, PAGE_IDS.settingsPanel, PAGE_IDS.sideColumn]).toEqual([SETTINGS_BUTTON_ID, SETTINGS_PANEL_ID, SIDE_COLUMN_ID]);
  });
});
