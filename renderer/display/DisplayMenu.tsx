import { useSyncExternalStore } from 'react';
import { ROOM_SIZES, THEME_CHOICES, roomSizeLabel, themeLabel } from '../../shared/display-preferences';
import { LANGUAGE_CHOICES, LANGUAGE_NATIVE_NAMES, type LanguageChoice } from '../../shared/i18n/locales';
import { Icon } from '../components/icons';
import { useT } from '../i18n/use-t';
import { useMenuButton } from '../app/use-menu-button';
import { displayPreferences, onDisplayChange, setLanguageChoice, setRoomSize, setThemeChoice } from './display-preferences';
import './display-menu.css';

interface Choice {
  id: string;
  label: string;
  checked: boolean;
  /** The language the label is written in, when it is not the app's (each language names itself). */
  lang?: string;
  choose(): void;
}

/**
 * "Display ▾" in the toolbar: room size, theme and language, the same choices as the View menu,
 * for a presenter whose hands are on the app rather than the menu bar. Each applies at once.
 */
export function DisplayMenu() {
  const { open, close, rootRef, menuId, buttonProps, itemRef, onMenuKeyDown } = useMenuButton();
  const preferences = useSyncExternalStore(onDisplayChange, displayPreferences);
  const t = useT();

  const languageLabel = (choice: LanguageChoice) => (choice === 'system' || choice === 'en-XA' ? t('app.display.language.system') : LANGUAGE_NATIVE_NAMES[choice]);
  const groups: { id: string; title: string; choices: Choice[] }[] = [
    {
      id: 'room-size',
      title: t('app.display.roomSize'),
      choices: ROOM_SIZES.map((size) => ({ id: size, label: roomSizeLabel(size, t), checked: preferences.roomSize === size, choose: () => setRoomSize(size) })),
    },
    {
      id: 'theme',
      title: t('app.display.theme'),
      choices: THEME_CHOICES.map((theme) => ({ id: theme, label: themeLabel(theme, t), checked: preferences.theme === theme, choose: () => setThemeChoice(theme) })),
    },
    {
      id: 'language',
      title: t('app.display.language'),
      choices: LANGUAGE_CHOICES.map((language) => ({
        id: language,
        label: languageLabel(language),
        checked: preferences.language === language,
        ...(language === 'system' ? {} : { lang: language }),
        choose: () => setLanguageChoice(language),
      })),
    },
  ];

  let index = 0;
  return (
    <div className="menu-button display-menu-button" ref={rootRef}>
      <button {...buttonProps} className="button toolbar__button" title={t('app.display.title')} data-testid="display-menu-button">
        <span className="button__icon" aria-hidden="true">
          <DisplayIcon />
        </span>
        <span className="button__label">{t('app.display.button')}</span>
        <span className="button__caret" aria-hidden="true">
          <Icon name="caret" size={16} />
        </span>
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label={t('app.display.title')} className="menu display-menu" onKeyDown={onMenuKeyDown}>
          {groups.map((group) => (
            <div key={group.id} role="group" aria-labelledby={`${menuId}-${group.id}`} className="display-menu__group">
              <div id={`${menuId}-${group.id}`} className="display-menu__title">
                {group.title}
              </div>
              {group.choices.map((choice) => (
                <button
                  key={choice.id}
                  ref={itemRef(index++)}
                  type="button"
                  role="menuitemradio"
                  aria-checked={choice.checked}
                  className="menu__item display-menu__item"
                  data-choice={`${group.id}:${choice.id}`}
                  lang={choice.lang}
                  onClick={() => {
                    close(true);
                    choice.choose();
                  }}
                >
                  <span className="display-menu__tick" aria-hidden="true">
                    {choice.checked ? '✓' : ''}
                  </span>
                  <span className="menu__label">{choice.label}</span>
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

/** A screen: what the menu sets up (drawn as components/icons.tsx draws its icons). */
function DisplayIcon() {
  return (
    <svg className="icon" width={20} height={20} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M3 4h18v12H3zM8 20h8M12 16v4" />
    </svg>
  );
}
