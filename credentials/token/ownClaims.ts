/**
 * The claims this process wrote (see TokenCoordinator.ts): when one may be acted on, and how long a
 * request waits for a claim. No n8n imports; clock and randomness are injected.
 */
import { isSettled, type TokenClaim } from './tokenLease';

/** A claim waits at least this long after a read has shown it. */
export const MIN_SETTLE_MS = 300;
const MAX_SETTLE_MS = 3_000;
const SETTLE_JITTER_MS = 100;
/** How many times as long as a claim took to show up (or its read was old) it then waits. */
const STALENESS_FACTOR = 4;
/** Between re-reads while another process requests the token. */
const POLL_MS = 250;
/** Between re-reads until our own claim shows in the database. */
const VISIBILITY_POLL_MS = 50;

export class OwnClaims {
	/** Per settings fingerprint: the claim written last, and when a read of the database first showed it. */
	private claims = new Map<string, { claim: TokenClaim; visibleAt?: number }>();

	constructor(
		private readonly processId: string,
		private readonly now: () => number,
		private readonly random: () => number,
	) {}

	/** The claim to store; concurrent callers of this process share one until it has settled. */
	claimFor(fingerprint: string, staleMs: number): TokenClaim {
		const now = this.now();
		const previous = this.claims.get(fingerprint)?.claim;
		if (previous && !isSettled(previous, now)) return previous;
		const settleMs = Math.round(
			Math.min(MAX_SETTLE_MS, Math.max(MIN_SETTLE_MS, staleMs * STALENESS_FACTOR)) +
				this.random() * SETTLE_JITTER_MS,
		);
		const claim = { by: this.processId, at: now, settleMs, fingerprint };
		this.claims.set(fingerprint, { claim });
		return claim;
	}

	/**
	 * Whether our claim may be acted on: a read of the database has shown it, and after that as long
	 * again as it took to show up (4×, at least MIN_SETTLE_MS) no other claim replaced it. Another
	 * process's claim takes about as long to be written, so one written after ours has shown by then.
	 */
	settled(claim: TokenClaim | undefined, freshRead: boolean): boolean {
		const settledAt = this.settledAt(claim, freshRead);
		return settledAt !== undefined && this.now() >= settledAt;
	}

	/** How long a request waits before reading the credential again, while `claim` is in force. */
	waitMs(claim: TokenClaim): number {
		const now = this.now();
		if (claim.by === this.processId) {
			const settledAt = this.settledAt(claim, false);
			// Not shown by a read yet: read again soon, to learn how long writes take.
			return settledAt === undefined ? VISIBILITY_POLL_MS : Math.max(0, settledAt - now) + 20;
		}
		const settlesIn = claim.at + claim.settleMs - now;
		return Math.round(settlesIn > 0 ? settlesIn + 20 : POLL_MS + this.random() * POLL_MS * 0.4);
	}

	forget(fingerprint: string): void {
		this.claims.delete(fingerprint);
	}

	reset(): void {
		this.claims = new Map();
	}

	private settledAt(claim: TokenClaim | undefined, freshRead: boolean): number | undefined {
		if (!claim || claim.by !== this.processId) return undefined;
		const mine = this.claims.get(claim.fingerprint);
		if (!mine || mine.claim.at !== claim.at) return undefined;
		if (mine.visibleAt === undefined && freshRead) mine.visibleAt = this.now();
		if (mine.visibleAt === undefined) return undefined;
		const showedAfter = mine.visibleAt - claim.at;
		return Math.max(
			claim.at + claim.settleMs,
			mine.visibleAt + Math.max(MIN_SETTLE_MS, showedAfter * STALENESS_FACTOR),
		);
	}
}
