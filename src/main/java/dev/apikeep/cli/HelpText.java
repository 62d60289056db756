package dev.apikeep.cli;

/**
 * picocli's usage of the root command, word for word, for {@link QuickAnswers}: a class, not a
 * resource, because reading a resource opens the 14,000-entry jar a second time. QuickAnswersTest
 * fails with the text to paste here when a command or option changes.
 */
final class HelpText {
    private HelpText() {
    }

    static final String USAGE = """
Usage: apikeep [-hV] [--debug] [--kit=FILE] [--kit-token-file=FILE]
               [--password-file=FILE] [--vault=FILE] [COMMAND]
A vault for crypto-exchange API keys. The master password is read from the
terminal, the first line of standard input, or --password-file; never from
arguments.
      --debug                print stack traces of errors
  -h, --help                 Show this help message and exit.
      --kit=FILE             read keys from this bot kit instead of a vault
                               (with get, exec, inject and list); its token
                               comes from $APIKEEP_KIT_TOKEN, --kit-token-file,
                               $CREDENTIALS_DIRECTORY/apikeep-kit-token or the
                               first line of standard input
      --kit-token-file=FILE  read the kit's token from the first line of FILE
      --password-file=FILE   read the master password from the first line of
                               FILE (also $APIKEEP_PASSWORD_FILE)
  -V, --version              Print version information and exit.
      --vault=FILE           the vault file (default: $APIKEEP_VAULT or the
                               per-user data folder)
Commands:
  init       Create a new vault. Reads the master password twice (terminal) or
               once (stdin).
  exchanges  The exchange catalog: ids, permissions with risk, passphrase, key
               types, key limit and expiry rule. Needs no vault.
  add        Store a new key. Standard input after the master password: the API
               key, then the secret (unless --secret-file), then the passphrase
               if the exchange needs one or --passphrase is given.
  list       List keys without their secrets.
  show       Show one key with its secrets masked.
  get        Print one secret value (default: the secret) for a bot or script.
  edit       Change the given fields of a key and keep all others.
  revoke     Mark a key revoked: it leaves `list` (see `list --all`) and `get`
               refuses it.
  rm         Delete a key from the vault for good (consider `revoke` to keep
               its history).
  log        The encrypted activity log, oldest first (it never holds a secret).
  passwd     Change the master password. Standard input: the old password, then
               the new one (on a terminal: the new one twice).
  check      Decrypt every entry and event and verify the set-MAC over all
               entries, tombstones, the label index and the activity log's
               chain.
  audit      Check every key against the exchange-aware security rules (exit 10
               on any high finding).
  reminders  Upcoming expiries and rotations, and bot kits to renew, for
               scripts and cron (exit 10 when a key or kit has expired).
  rotate     Replace a key by a new one from the exchange: stdin after the
               password gives the new API key, then the new secret (then
               passphrase if the exchange needs one).
  export     Write an encrypted backup bundle of all keys and the activity log.
               stdin: the master password, then the bundle's own password.
  import     Import a bundle (stdin: master password, then the bundle password)
               or a CSV spreadsheet (columns: exchange, label, account,
               api_key, secret, passphrase, permissions, ip_whitelist, created,
               expires, notes). One transaction: all rows or nothing.
  exec       Run a bot with keys from the vault in its environment, e.g.
               apikeep exec --env BYBIT_SECRET="Grid bot":secret -- python bot.
               py. Returns the bot's exit code.
  inject     Fill {{ apikeep://<label or id>/<field> }} references in a config
               template; the output gets mode 0600 and nothing is written if
               any reference is unknown.
  compare    Ask each key's exchange what the key can do and compare it with
               the vault (exit 10 when a key differs or is rejected, else 1
               when an exchange is unreachable).
  kit        Bot kits: a file holding copies of chosen keys, opened by its own
               token (apikeep --kit FILE get|exec|inject|list), so a bot's
               server needs neither the vault nor the master password.
""";
}
