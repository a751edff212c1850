'use strict';

// The state machine behind every asynchronous Logistics operation (report generation, inbound
// quotes and purchases, bulk parcel jobs, transfer documents): a job starts pending and becomes
// ready (or failed) after `pendingPolls` pending answers or `readyAfterMs` of simulator time,
// whichever comes first. Settings `async` and `asyncByKind` are read when the job starts.

function createJobs({ clock, settings }) {
	return {
		/** Starts a job of `kind`; the returned object is kept with the resource it belongs to. */
		start(kind) {
			const config = { ...settings.get().async, ...(settings.get().asyncByKind[kind] || {}) };
			return {
				kind,
				startedAt: clock.now(),
				polls: 0,
				state: 'pending',
				pendingPolls: Number(config.pendingPolls),
				readyAfterMs: Number(config.readyAfterMs),
				outcome: config.outcome === 'failure' ? 'failed' : 'ready',
			};
		},

		/** One poll: returns 'pending', 'ready' or 'failed'. */
		poll(job) {
			if (job.state !== 'pending') return job.state;
			const waited = clock.now() - job.startedAt;
			if (job.polls >= job.pendingPolls || waited >= job.readyAfterMs) {
				job.state = job.outcome;
				job.settledAt = clock.now();
				return job.state;
			}
			job.polls += 1;
			return 'pending';
		},

		/** The current state without counting a poll (time still counts). */
		peek(job) {
			if (job.state === 'pending' && clock.now() - job.startedAt >= job.readyAfterMs)
				job.state = job.outcome;
			return job.state;
		},
	};
}

module.exports = { createJobs };
