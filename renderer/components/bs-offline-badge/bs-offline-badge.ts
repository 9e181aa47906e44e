import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ConnectivityState } from '../../../electron/shared/models.ts';
import type { Api } from '../../api.ts';
import { apiContext } from '../../state/context.ts';
import { styles } from './bs-offline-badge.styles.ts';

/**
 * @summary A quiet "Offline" badge for the masthead, shown only while the library cannot reach the web.
 * Also tells the library what the browser knows (navigator.onLine and its online/offline events).
 */
@customElement('bs-offline-badge')
export class BsOfflineBadge extends LitElement {
  static override styles = styles;

  @consume({ context: apiContext, subscribe: true })
  @property({ attribute: false })
  accessor api: Api | null = null;

  @state() accessor connectivity: ConnectivityState | null = null;

  #off: (() => void) | null = null;
  #listeningTo: Api | null = null;

  readonly #report = () => {
    void this.api?.offline.reportNetworkStatus(navigator.onLine).then((s) => (this.connectivity = s)).catch(() => {});
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#report);
    window.addEventListener('offline', this.#report);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#report);
    window.removeEventListener('offline', this.#report);
    this.#off?.();
    this.#off = null;
    this.#listeningTo = null;
  }

  override updated(): void {
    if (this.api && this.api !== this.#listeningTo) {
      this.#off?.();
      this.#listeningTo = this.api;
      this.#off = this.api.on('connectivityChanged', (s) => (this.connectivity = s));
      this.#report();
    }
  }

  override render() {
    const c = this.connectivity;
    if (!c || c.online) return nothing;
    const why = c.reason === 'system-offline' ? 'This computer is offline.' : 'Sites cannot be reached.';
    return html`<span class="badge" role="status" title="${why} Reading, search and bookmarks work from your library; refreshing waits for the network.">
      <span class="dot" aria-hidden="true"></span>Offline
    </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-offline-badge': BsOfflineBadge;
  }
}
