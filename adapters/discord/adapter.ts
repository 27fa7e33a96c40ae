/**
 * The Discord adapter: turns mentions, DMs, replies to the bot, slash
 * commands, autocomplete and button clicks into calls on the {@link Bot}, and
 * sends the rendered replies back through {@link respond}.
 *
 * Every handler catches its own failures: one bad message gets its author a
 * short apology and a log line, and never takes the process down.
 */
import {
  Client,
  Events,
  GatewayIntentBits,
  Options,
  Partials,
  Status,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
} from 'discord.js';
import type { Adapter } from '../../src/adapter.ts';
import type { AskContext, Bot } from '../../src/bot.ts';
import { createInFlight, DRAIN_TIMEOUT_MS } from '../../src/inflight.ts';
import { logWhere, type Logger } from '../../src/log.ts';
import { checkAsker, NO_RATE_LIMIT, slowDownText, type GateResult, type RateGate } from '../../src/ratelimit.ts';
import type { EventLedger } from '../../src/store/ledger.ts';
import type { DiscordConfig } from './config.ts';
import {
  APOLOGY,
  LIMITS,
  NO_MENTIONS,
  decodeCustomId,
  extractQuestion,
  feedbackNotice,
  renderAnswer,
  renderChoices,
  renderNotice,
  type DiscordMessage,
} from './render.ts';
import { respond, type RespondTarget } from './respond.ts';

/** Options for {@link createDiscordAdapter}. */
export interface DiscordAdapterOptions {
  bot: Bot;
  config: DiscordConfig;
  logger?: Logger;
  /** Rate limits, shared with the other adapters (src/ratelimit.ts); none when absent. */
  rateLimit?: RateGate;
  /** How long stop() waits for replies in flight (default 3000 ms, inside a 5 s shutdown). */
  drainTimeoutMs?: number;
  /**
   * The "already answered" record shared by instances (src/store/postgres.ts):
   * a message or interaction is handled only by the instance that claims its
   * id first, so two processes connected for the same shard (an overlapping
   * deploy) never both answer. None by default: one process per shard
   * receives each event once.
   */
  ledger?: EventLedger;
}

/** discord.js cache bounds (the bench:load soak shows memory flat with them). */
export const CACHE_LIMITS = { messagesPerChannel: 20, users: 2000, membersPerGuild: 2000 } as const;

const silent: Logger = { info() {}, warn() {}, error() {} };

/**
 * The gateway intents the adapter asks for: the minimum for slash commands,
 * mentions and DMs. MessageContent is privileged and only added on request;
 * without it Discord still sends the text of mentions and DMs.
 */
export function discordIntents(config: Pick<DiscordConfig, 'messageContent'>): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  if (config.messageContent) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

/**
 * A loggable summary of an error with secrets removed: interaction and webhook
 * tokens appear in discord.js request URLs, and the bot token must never be logged.
 */
export function describeError(err: unknown, token?: string): Record<string, unknown> {
  const redact = (text: string) => {
    let out = text
      .replace(/(\/(?:interactions|webhooks)\/\d+\/)[^/\s?]+/g, '$1[token]')
      .replace(/\b[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}\b/g, '[token]');
    if (token) out = out.split(token).join('[token]');
    return out;
  };
  if (!(err instanceof Error)) return { error: redact(String(err)) };
  const e = err as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  return {
    error: redact(`${e.name}: ${e.message}`),
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
    ...(typeof e.method === 'string' ? { method: e.method } : {}),
    ...(typeof e.url === 'string' ? { path: redact(new URL(e.url, 'http://x').pathname) } : {}),
  };
}

/** Creates the Discord adapter. Nothing connects until `start()`. */
export function createDiscordAdapter(options: DiscordAdapterOptions): Adapter {
  const { bot, config } = options;
  const log = options.logger ?? silent;
  const gate = options.rateLimit ?? NO_RATE_LIMIT;
  const drainTimeoutMs = options.drainTimeoutMs ?? DRAIN_TIMEOUT_MS;
  let client: Client | null = null;
  let stopping = false;
  let stopped: Promise<void> | null = null;
  // Handlers in flight, so stop() can let their replies finish before disconnecting.
  const inFlight = createInFlight();

  const track = (work: Promise<void>) => {
    void inFlight.track(work).catch((err) => log.error(describeError(err, config.token), 'discord: unexpected handler failure'));
  };

  /** Asks the shared rate limit; a channel key only for answers everyone in a channel sees. */
  const limit = (userId: string, publicChannel: string | undefined): Promise<GateResult> => checkAsker(gate, 'discord', userId, publicChannel);

  /** Answers with the apology; a failure here is only logged (there is nothing left to tell the user). */
  const apologise = async (target: RespondTarget, err: unknown, what: string, ctx: AskContext) => {
    log.error({ ...logWhere(ctx), ...describeError(err, config.token) }, `discord: failed to answer ${what}`);
    try {
      await respond(target, renderNotice(APOLOGY));
    } catch (again) {
      log.warn(describeError(again, config.token), 'discord: could not send the apology either');
    }
  };

  async function onMessage(message: Message): Promise<void> {
    const me = message.client.user;
    if (stopping || !me) return;
    // Never answer bots (that includes ourselves): two bots can loop forever.
    if (message.author.bot || message.author.id === me.id || message.webhookId || message.system) return;

    const isDm = !message.inGuild();
    // The bot's managed role counts as the bot: Discord's mention menu offers both.
    const botRoleId = message.guild?.roles.botRoleFor(me)?.id;
    const mentioned = message.mentions.users.has(me.id) || (botRoleId !== undefined && message.mentions.roles.has(botRoleId));
    const repliedToBot = message.reference !== null && message.mentions.repliedUser?.id === me.id;
    if (!isDm && !mentioned && !repliedToBot) return;

    const question = extractQuestion(message.content, me.id, botRoleId);
    // A reply to the bot that does not mention it arrives with empty text unless the
    // MessageContent intent is on; it may also be an image. Silence beats a confused answer.
    if (!question && repliedToBot && !mentioned && !isDm) return;
    // Another instance already took this message.
    if (options.ledger && !(await options.ledger.claim([`msg:${message.id}`]))) return;

    const target: RespondTarget = { message };
    // A DM is one conversation; in a channel (or a reply chain to the bot there), each person has their own.
    const ctx: AskContext = { platform: 'discord', userId: message.author.id, channelKind: isDm ? 'dm' : 'channel', conversationId: discordConversation(message.channelId, isDm ? undefined : message.author.id) };
    try {
      ctx.channelKind = isDm ? 'dm' : message.channel.isThread() ? 'thread' : 'channel';
      const verdict = await limit(message.author.id, isDm ? undefined : message.channelId);
      if (verdict.decision !== 'ok') {
        // A "slow down" the first time in a burst, then silence: a flood gets no flood back.
        if (verdict.decision === 'warn') await respond(target, renderNotice(slowDownText(verdict)));
        return;
      }
      await respond(target, renderAnswer(await bot.converse(question, ctx)));
    } catch (err) {
      await apologise(target, err, 'a message', ctx);
    }
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    try {
      const focused = interaction.options.getFocused(true);
      const choices =
        interaction.commandName === 'ask' && focused.name === 'question'
          ? renderChoices(bot.suggest(String(focused.value), LIMITS.choices, LIMITS.choiceValue))
          : [];
      await interaction.respond(choices);
    } catch (err) {
      log.warn(describeError(err, config.token), 'discord: autocomplete failed');
      // An empty list is better than Discord's "loading options failed".
      if (!interaction.responded) await interaction.respond([]).catch(() => {});
    }
  }

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const target: RespondTarget = { interaction, ephemeral: false };
    // The asker's Discord language decides a reply's language when the question does not.
    const ctx: AskContext = { platform: 'discord', userId: interaction.user.id, channelKind: 'slash', conversationId: discordConversation(interaction.channelId ?? 'dm', interaction.inGuild() ? interaction.user.id : undefined), locale: interaction.locale };
    try {
      target.ephemeral = interaction.options.getBoolean('private') ?? false;
      let payload: DiscordMessage;
      const known = interaction.commandName === 'ask' || interaction.commandName === 'about';
      const publicChannel = !target.ephemeral && interaction.inGuild() ? interaction.channelId : undefined;
      const verdict = known ? await limit(interaction.user.id, publicChannel) : ({ decision: 'ok' } as const);
      if (verdict.decision !== 'ok') {
        // An interaction must be answered within 3 s, and privately nobody else is bothered: always say why.
        await respond({ interaction, ephemeral: true }, renderNotice(slowDownText(verdict)));
        return;
      }
      if (interaction.commandName === 'ask') {
        payload = renderAnswer(await bot.converse(interaction.options.getString('question', true), ctx));
      } else if (interaction.commandName === 'about') {
        // Through the Bot's help rule ("about" is a help request), so it is counted as help like a typed one.
        payload = renderAnswer(bot.answer('about', ctx));
      } else {
        // A command registered by an older version; re-running discord:register removes it.
        payload = renderNotice('I do not know that command. Try /ask or /about.');
        target.ephemeral = true;
      }
      await respond(target, payload);
    } catch (err) {
      await apologise({ interaction, ephemeral: true }, err, `/${interaction.commandName}`, ctx);
    }
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    // Whatever a button does, the result is for the clicker only: others did not ask.
    const target: RespondTarget = { interaction, ephemeral: true };
    // A related or suggested question clicked is asked in the clicker's conversation there.
    const ctx: AskContext = { platform: 'discord', userId: interaction.user.id, conversationId: discordConversation(interaction.channelId ?? 'dm', interaction.inGuild() ? interaction.user.id : undefined), locale: interaction.locale };
    try {
      const action = decodeCustomId(interaction.customId);
      ctx.channelKind = !interaction.inGuild() ? 'dm' : interaction.channel?.isThread() ? 'thread' : 'channel';
      // Questions asked by a click count against the clicker (the answer is private); feedback never does.
      if (action && action.type !== 'vote') {
        const verdict = await limit(interaction.user.id, undefined);
        if (verdict.decision !== 'ok') {
          await respond(target, renderNotice(slowDownText(verdict)));
          return;
        }
      }
      let payload: DiscordMessage;
      if (!action) payload = renderNotice('This button no longer works. Ask again with /ask.');
      else if (action.type === 'fact') payload = renderAnswer(bot.askFact(action.factId, ctx));
      else if (action.type === 'ask') payload = renderAnswer(bot.answer(action.question, ctx));
      else payload = feedbackNotice(action.vote, bot.feedback(action.answerId, action.vote, ctx));
      await respond(target, payload);
    } catch (err) {
      await apologise(target, err, 'a button', ctx);
    }
  }

  async function onInteraction(interaction: Interaction): Promise<void> {
    if (stopping) return;
    // An interaction can be answered once: the instance that claims it answers (autocomplete is only a hint).
    if (options.ledger && !interaction.isAutocomplete() && !(await options.ledger.claim([`interaction:${interaction.id}`]))) return;
    if (interaction.isAutocomplete()) await onAutocomplete(interaction);
    else if (interaction.isChatInputCommand()) await onCommand(interaction);
    else if (interaction.isButton()) await onButton(interaction);
  }

  return {
    name: 'discord',

    connected() {
      // Ready, and the gateway connection is up (not resuming or reconnecting after a drop).
      return !stopping && client !== null && client.isReady() && client.ws.status === Status.Ready;
    },

    async start() {
      if (client) return;
      stopping = false;
      const c = new Client({
        intents: discordIntents(config),
        // DM channels are not cached until used; without this partial, DMs are dropped.
        partials: [Partials.Channel],
        // Defaults for any send that bypasses respond(); respond() sets them explicitly anyway.
        allowedMentions: { ...NO_MENTIONS, parse: [] },
        failIfNotExists: false,
        // Bounded caches: every reply goes by id, so the adapter needs no cached users,
        // members or messages, and a public bot meets an unbounded number of people.
        makeCache: Options.cacheWithLimits({
          ...Options.DefaultMakeCacheSettings,
          MessageManager: CACHE_LIMITS.messagesPerChannel,
          UserManager: { maxSize: CACHE_LIMITS.users, keepOverLimit: (u) => u.id === u.client.user.id },
          GuildMemberManager: { maxSize: CACHE_LIMITS.membersPerGuild, keepOverLimit: (m) => m.id === m.client.user.id },
          PresenceManager: 0,
          ReactionManager: 0,
          ReactionUserManager: 0,
        }),
        ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
      });
      // Without an 'error' listener an EventEmitter error would crash the process.
      c.on(Events.Error, (err) => log.error(describeError(err, config.token), 'discord: client error'));
      c.on(Events.ShardError, (err) => log.warn(describeError(err, config.token), 'discord: gateway connection error'));
      c.on(Events.Warn, (message) => log.warn({}, `discord: ${message}`));
      c.on(Events.MessageCreate, (message) => track(onMessage(message)));
      c.on(Events.InteractionCreate, (interaction) => track(onInteraction(interaction)));

      const ready = new Promise<void>((resolve) => c.once(Events.ClientReady, () => resolve()));
      client = c;
      try {
        await c.login(config.token);
        await ready;
      } catch (err) {
        client = null;
        await c.destroy();
        const summary = describeError(err, config.token);
        log.error(summary, 'discord: could not connect');
        throw new Error(`Discord login failed: ${String(summary.error)}`);
      }
      log.info(
        { user: c.user?.tag, id: c.user?.id, guilds: c.guilds.cache.size, ...(c.shard ? { shards: c.shard.ids, shardCount: c.shard.count } : {}) },
        'discord: connected',
      );
    },

    stop() {
      // A second stop() while the first is still draining waits for the same shutdown.
      stopped ??= (async () => {
        const c = client;
        if (!c) return;
        stopping = true;
        // Replies already being written get to finish (for a bounded time); new events are ignored.
        const drained = await inFlight.drain(drainTimeoutMs);
        if (!drained.drained) log.warn({ inFlight: drained.remaining }, 'discord: stopped waiting for replies in flight');
        client = null;
        await c.destroy();
        log.info({}, 'discord: disconnected');
      })().finally(() => {
        stopped = null;
      });
      return stopped;
    },
  };
}

/**
 * The conversation a Discord message belongs to, for follow-ups (issue 16):
 * a DM channel, or in a server channel one per person (so two people asking
 * in one channel do not read each other's follow-ups).
 */
export function discordConversation(channelId: string, userId?: string): string {
  return userId === undefined ? channelId : `${channelId}:${userId}`;
}
