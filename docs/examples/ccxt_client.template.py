# A CCXT client whose credentials come from the vault.
# Preferred: no file at all -- run the script under `apikeep exec` and read the environment:
#   apikeep exec --env BYBIT_KEY="Grid bot":key --env BYBIT_SECRET="Grid bot":secret -- python bot.py
# Or render this template once:  apikeep inject --in ccxt_client.template.py --out ccxt_client.py
import ccxt

exchange = ccxt.bybit({
    "apiKey": "{{ apikeep://Grid bot/key }}",
    "secret": "{{ apikeep://Grid bot/secret }}",
    "enableRateLimit": True,
})

print(exchange.fetch_balance()["total"])
