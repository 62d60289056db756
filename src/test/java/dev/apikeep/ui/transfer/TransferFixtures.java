package dev.apikeep.ui.transfer;

/** A CSV of seven Bybit keys (lines 2-8) whose line 7 has a bad IP, as the issue describes. */
public final class TransferFixtures {
    public static final String HEADER = "exchange,label,account,api_key,secret,passphrase,permissions,ip_whitelist,created,expires,notes\n";

    private TransferFixtures() {
    }

    public static String csvWithBadIpOnLine7() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 2; i <= 8; i++) {
            String ip = i == 7 ? "10.0.0.300" : "10.0.0." + i;
            csv.append("bybit,Imported ").append(i).append(",,AKimport").append(i).append("xyz,SKimport").append(i)
                    .append(",,read,").append(ip).append(",,,\n");
        }
        return csv.toString();
    }
}
