'use strict';

// In-memory storage for simulated resources plus the deterministic random
// helpers the seed data uses.

/** Ordered map of resources keyed by String(item[key]) (key defaults to 'id'). */
class Collection {
	constructor(name, { firstId = 1, key = 'id' } = {}) {
		this.name = name;
		this.key = key;
		this.items = new Map();
		this.counter = firstId;
	}

	nextId() {
		const id = this.counter;
		this.counter += 1;
		return id;
	}

	insert(item) {
		this.items.set(String(item[this.key]), item);
		return item;
	}

	get(id) {
		return this.items.get(String(id)) || null;
	}

	all() {
		return [...this.items.values()];
	}

	find(predicate) {
		for (const item of this.items.values()) if (predicate(item)) return item;
		return null;
	}

	get size() {
		return this.items.size;
	}
}

/** Small seeded PRNG (mulberry32) so every run with the same seed has the same data. */
function createRandom(seed = 1) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min, max) => min + Math.floor(next() * (max - min + 1));
	const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
	return {
		next,
		int,
		float: (min, max) => min + next() * (max - min),
		chance: (probability) => next() < probability,
		pick: (list) => list[Math.floor(next() * list.length)],
		/** Flexport-style opaque string id, e.g. "gwdpaYrhTI-T1ljn1M7o7w". */
		opaqueId: (length = 22) =>
			Array.from({ length }, () => ID_ALPHABET[Math.floor(next() * 64)]).join(''),
		letters: (length) =>
			Array.from({ length }, () => ID_ALPHABET[Math.floor(next() * 26)]).join(''),
		digits: (length) => Array.from({ length }, () => String(Math.floor(next() * 10))).join(''),
	};
}

// Internal bookkeeping that must not appear in JSON responses is kept under
// a symbol key: JSON.stringify skips symbol-keyed properties.
const INTERNAL = Symbol('simulator-internal');

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDateTime = (ms) => new Date(ms).toISOString();
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

module.exports = { Collection, createRandom, DAY_MS, isoDateTime, isoDate, INTERNAL };
