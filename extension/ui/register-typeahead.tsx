import { useEffect, useRef, useState } from 'preact/hooks';
import {
  REGISTER_COUNTRIES,
  type RegisterCountry,
  type RegisterFailure,
  type RegisterHit,
} from '../../shared/registers/register-company';
import type { ApiClient } from '../api/api-client';
import { currentI18n, useI18n } from './i18n/use-i18n';
import './register-typeahead.css';
import {
  lookupRegister,
  registerSettings,
  searchRegisters,
  type RegisterPick,
  type RegisterSettings,
} from '../api/registers-api';

type RegisterTypeaheadProps = {
  api: ApiClient | null;
  name: string;
  onName: (name: string) => void;
  onPick: (pick: RegisterPick) => void;
  /** A hit already in the CRM: open it instead of adding it again. */
  onOpenExisting?: (companyId: string) => void;
  label?: string;
  /** Where an admin fixes a register that is not set up (the dashboard's settings), if there is such a page here. */
  settingsHref?: string;
};

/** The register search starts at this many characters: fewer match half the register. */
const MIN_CHARS = 3;
const CHOICE_KEY = 'fjord.registerCountries';

/**
 * The company name field with the national registers behind it: typing three letters lists
 * matching companies from the ticked countries (marked when already in the CRM); picking one
 * fetches the whole unit and its departments. Typing on is always allowed: manual entry works
 * when a register is down or not set up, and the reason is shown by name.
 */
export function RegisterTypeahead({ api, name, onName, onPick, onOpenExisting, label, settingsHref }: RegisterTypeaheadProps) {
  const { t } = useI18n();
  const [settings, setSettings] = useState<RegisterSettings | null>(null);
  // Null until known: the user's own choice, else the workspace's once its settings arrive. Until
  // then no box is shown and nothing is searched, so an unticked register is never asked.
  const [countries, setCountries] = useState<RegisterCountry[] | null>(savedChoice);
  const typed = useRef(name);
  typed.current = name;
  const [hits, setHits] = useState<RegisterHit[]>([]);
  const [failures, setFailures] = useState<RegisterFailure[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [picking, setPicking] = useState(false);
  const [resultsMs, setResultsMs] = useState<number | null>(null);
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!api) return;
    void registerSettings(api)
      .then((s) => {
        setSettings(s);
        if (savedChoice()) return;
        setCountries(s.countries);
        // What was typed while the choice was unknown is searched now.
        search(typed.current, s.countries);
      })
      .catch(() => setCountries((known) => known ?? [...REGISTER_COUNTRIES]));
  }, [api]);

  const search = (text: string, chosen: RegisterCountry[]) => {
    inFlight.current?.abort();
    if (!api || text.trim().length < MIN_CHARS || chosen.length === 0) {
      setHits([]);
      setFailures([]);
      setOpen(false);
      return;
    }
    const started = performance.now();
    const controller = new AbortController();
    inFlight.current = controller;
    searchRegisters(api, text.trim(), chosen, controller.signal)
      .then((answer) => {
        if (controller.signal.aborted) return;
        setHits(answer.items);
        setFailures(answer.failures);
        setActive(0);
        setOpen(true);
        setResultsMs(Math.round(performance.now() - started));
      })
      .catch((err: unknown) => {
        if ((err as Error).name === 'AbortError') return;
        setHits([]);
        const message = currentI18n().t('ui.register.searchFailed', { message: (err as Error).message });
        setFailures([{ country: chosen[0]!, register: 'Fjord', message, setup: false }]);
        setOpen(true);
      });
  };

  const toggle = (country: RegisterCountry) => {
    if (!countries) return;
    const next = countries.includes(country) ? countries.filter((c) => c !== country) : [...countries, country];
    setCountries(next);
    localStorage.setItem(CHOICE_KEY, JSON.stringify(next));
    search(name, next);
  };

  const pick = async (hit: RegisterHit) => {
    if (!api) return;
    setOpen(false);
    setPicking(true);
    try {
      onPick(await lookupRegister(api, hit));
      setFailures([]);
    } catch (err) {
      setFailures([{ country: hit.country, register: hit.country, message: (err as Error).message, setup: false }]);
    } finally {
      setPicking(false);
    }
  };

  const onKey = (e: KeyboardEvent) => {
    if (!open || hits.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void pick(hits[active]!);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const registerName = (c: RegisterCountry) => settings?.registers.find((r) => r.country === c)?.name ?? c;
  // Registers not set up on this server are one calm line, whoever types: the detail is in Settings.
  const notSetUp = [...new Set(failures.filter((f) => f.setup).map((f) => f.register))].join(', ');
  const faults = failures.filter((f) => !f.setup);
  return (
    <div class="register-typeahead" data-testid="register-typeahead">
      <label>
        {label ?? t('ui.register.companyName')}
        <input
          name="name"
          type="text"
          required
          autoComplete="off"
          role="combobox"
          aria-expanded={open}
          aria-controls="register-hits"
          aria-activedescendant={open && hits[active] ? `register-hit-${active}` : undefined}
          value={name}
          onInput={(e) => {
            onName(e.currentTarget.value);
            search(e.currentTarget.value, countries ?? []);
          }}
          onKeyDown={onKey}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onFocus={() => hits.length > 0 && setOpen(true)}
        />
      </label>
      {api && countries && (
        <div class="register-countries" role="group" aria-label={t('ui.register.countries')}>
          {REGISTER_COUNTRIES.map((c) => (
            <label key={c} class="check-chip" title={registerName(c)}>
              <input type="checkbox" name={`register-${c}`} checked={countries.includes(c)} onChange={() => toggle(c)} />
              {c}
            </label>
          ))}
          {picking && <span class="muted small">{t('ui.register.fetching')}</span>}
        </div>
      )}
      {/* Nothing to list but failures: those show below, not as an empty box over the register choice. */}
      {open && (hits.length > 0 || failures.length === 0) && (
        <ul id="register-hits" class="register-hits" role="listbox" data-testid="register-hits" data-results-ms={resultsMs ?? ''}>
          {hits.length === 0 && failures.length === 0 && <li class="muted small">{t('ui.register.noHits')}</li>}
          {hits.map((hit, i) => (
            <li
              key={`${hit.country}:${hit.orgNumber}`}
              id={`register-hit-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : ''}
              data-testid="register-hit"
              onMouseDown={(e) => {
                e.preventDefault();
                void pick(hit);
              }}
            >
              <span class="hit-country">{hit.country}</span>
              <span class="hit-name">{hit.name}</span>
              <span class="muted small">
                {[hit.orgNumber, hit.orgForm, hit.city, t('ui.register.status', { status: hit.status })]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              {hit.companyId && (
                <button
                  type="button"
                  class="link small in-crm"
                  data-testid="register-hit-in-crm"
                  onMouseDown={(e) => {
                    e.preventDefault();
                    e.stopPropagation();
                    onOpenExisting?.(hit.companyId!);
                  }}
                >
                  {t('ui.register.inFjord')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {notSetUp && (
        <p class="muted small" role="status" data-testid="register-not-set-up">
          {settings?.canSetUp ? (
            <>
              {t('ui.register.notSetUpAdmin', { registers: notSetUp })}{' '}
              {settingsHref ? <a href={settingsHref}>{t('ui.register.settingsLink')}</a> : t('ui.register.settingsLink')}
            </>
          ) : (
            t('ui.register.notSetUpAskAdmin', { registers: notSetUp })
          )}
        </p>
      )}
      {faults.map((f) => (
        <p key={f.country + f.message} class="warning small" role="status" data-testid="register-failure">
          {f.message}
        </p>
      ))}
    </div>
  );
}

/** The user's own choice of registers, or null when they never made one. */
function savedChoice(): RegisterCountry[] | null {
  const raw = localStorage.getItem(CHOICE_KEY);
  if (raw === null) return null;
  try {
    const saved = JSON.parse(raw) as unknown;
    if (Array.isArray(saved)) return saved.filter((c): c is RegisterCountry => REGISTER_COUNTRIES.includes(c as RegisterCountry));
  } catch {
    // A damaged choice falls back to every register.
  }
  return [...REGISTER_COUNTRIES];
}
