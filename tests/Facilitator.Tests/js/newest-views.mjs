/** Keeps the newest pushed board and own view, as a screen would, and lets the script await a version. */
export class NewestViews {
  #board = null;
  #own = null;
  #boardPushes = 0;
  #ownPushes = 0;
  #waiters = new Set();

  board(pushed) {
    this.#boardPushes++;
    if (pushed.Version > (this.#board?.Version ?? -1)) {
      this.#board = pushed;
    }
    this.#changed();
  }

  own(pushed) {
    this.#ownPushes++;
    if (pushed.Version > (this.#own?.Version ?? -1)) {
      this.#own = pushed;
    }
    this.#changed();
  }

  async boardAt(version, limitMs) {
    if (!(await this.#until(() => this.#board?.Version >= version, limitMs))) {
      return null;
    }

    const board = this.#board;
    return { version: board.Version, phase: board.Phase, assemblyId: board.AssemblyId, pushes: this.#boardPushes };
  }

  async ownAt(version, limitMs, topicId) {
    if (!(await this.#until(() => this.#own?.Version >= version, limitMs))) {
      return null;
    }

    const own = this.#own;
    return {
      version: own.Version,
      participantId: own.ParticipantId,
      // Dictionary<Guid, int> arrives as a map keyed by the Guid's lower-case string.
      dotsOnTopic: own.OwnDots[topicId] ?? 0,
      dotsLeft: own.DotsLeft,
      pushes: this.#ownPushes,
    };
  }

  #changed() {
    this.#waiters.forEach((check) => check());
  }

  #until(done, limitMs) {
    return new Promise((resolve) => {
      const check = () => {
        if (done()) {
          clearTimeout(timer);
          this.#waiters.delete(check);
          resolve(true);
        }
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        resolve(false);
      }, limitMs);
      this.#waiters.add(check);
      check();
    });
  }
}
