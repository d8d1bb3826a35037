<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BriefLabels</name>
    <message>
        <source>[unverified]</source>
        <translation>「未確認」</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>対話</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>commitment history</source>
        <translation>コミットメントの更新履歴</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <source>provision</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>対応付け</translation>
    </message>
    <message>
        <source>delegate</source>
        <translation>代表団員</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>DIALOGUE BRIEF</source>
        <translation>対話ブリーフ</translation>
    </message>
    <message>
        <source>Limited version: 1 record marked above %1 is left out.</source>
        <translation>限定版：取扱区分が %1 を上回るレコード 1 件を除外している。</translation>
    </message>
    <message>
        <source>Limited version: %2 records marked above %1 are left out.</source>
        <translation>限定版：取扱区分が %1 を上回るレコード %2 件を除外している。</translation>
    </message>
    <message>
        <source>Limited to records marked %1 or below; none was left out.</source>
        <translation>取扱区分が %1 以下のレコードに限定している。除外したレコードはない。</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>対話</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>第 %1 回</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>作成対象</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>開催地</translation>
    </message>
    <message>
        <source>Previous round</source>
        <translation>前回会合</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>次回会合</translation>
    </message>
    <message>
        <source>estimated: six months after this round</source>
        <translation>推定：今回会合の 6 か月後</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Document marking</source>
        <translation>文書の取扱区分</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>確認状況</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Each item names the record it comes from. Items marked [unverified] are not confirmed: confirm them before relying on them.</source>
        <translation>各項目には、その出典となるレコードを付記している。「未確認」と表示した項目は確認されていないため、依拠する前に確認すること。</translation>
    </message>
    <message>
        <source>Objectives and key messages</source>
        <translation>目的及び主要メッセージ</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>No objectives are recorded for this dialogue.</source>
        <translation>本対話の目的は記録されていない。</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>主要メッセージ</translation>
    </message>
    <message>
        <source>No key messages are recorded for this dialogue.</source>
        <translation>本対話の主要メッセージは記録されていない。</translation>
    </message>
    <message>
        <source>Points to raise</source>
        <translation>提起事項</translation>
    </message>
    <message>
        <source>The data gives no point to raise: no overdue, stalled or soon due commitment, no severe open gap and no unverified fact.</source>
        <translation>データ上、提起事項はない（期限超過、停滞中又は期限間近のコミットメント、深刻度の高い未解決ギャップ及び未確認の事実のいずれもない）。</translation>
    </message>
    <message>
        <source>Overdue or stalled commitments</source>
        <translation>期限超過又は停滞中のコミットメント</translation>
    </message>
    <message>
        <source>High and critical open gaps</source>
        <translation>深刻度「高」及び「重大」の未解決ギャップ</translation>
    </message>
    <message>
        <source>Commitments due before the next round (by %1, estimated)</source>
        <translation>次回会合までに期限を迎えるコミットメント（%1 まで。推定）</translation>
    </message>
    <message>
        <source>Commitments due before the next round (by %1)</source>
        <translation>次回会合までに期限を迎えるコミットメント（%1 まで）</translation>
    </message>
    <message>
        <source>Unverified facts to confirm at the table</source>
        <translation>会合の場で確認すべき未確認事実</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>深刻度 %1</translation>
    </message>
    <message>
        <source>to confirm: %1</source>
        <translation>要確認：%1</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>出典：</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表団</translation>
    </message>
    <message>
        <source>No delegates are recorded for this dialogue yet.</source>
        <translation>本対話の代表団員はまだ記録されていない。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要指標</translation>
    </message>
    <message>
        <source>Coverage of %1 by %2</source>
        <translation>%2 による %1 のカバー状況</translation>
    </message>
    <message>
        <source>Coverage score</source>
        <translation>カバー状況スコア</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>カバー状況</translation>
    </message>
    <message>
        <source>Not available (no mappings between the parties&apos; frameworks)</source>
        <translation>算出不能（当事者のフレームワーク間に対応付けがない）</translation>
    </message>
    <message>
        <source>Open gaps by severity</source>
        <translation>深刻度別の未解決ギャップ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Commitments by status</source>
        <translation>状態別のコミットメント</translation>
    </message>
    <message>
        <source>Open commitments</source>
        <translation>未完了のコミットメント</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Mappings between the parties&apos; frameworks</source>
        <translation>当事者のフレームワーク間の対応付け</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Changes since the previous round</source>
        <translation>前回会合以降の変化</translation>
    </message>
    <message>
        <source>No previous round of this dialogue series is recorded, so there is nothing to compare with.</source>
        <translation>本対話シリーズの前回会合が記録されていないため、比較の対象はない。</translation>
    </message>
    <message>
        <source>The previous round has no recorded date, so the changes since then cannot be listed.</source>
        <translation>前回会合の日付が記録されていないため、同会合以降の変化は列挙できない。</translation>
    </message>
    <message>
        <source>Period: %1 to %2.</source>
        <translation>対象期間：%1～%2。</translation>
    </message>
    <message>
        <source>Previous round:</source>
        <translation>前回会合：</translation>
    </message>
    <message>
        <source>No change is recorded in this period.</source>
        <translation>本期間中に記録された変化はない。</translation>
    </message>
    <message>
        <source>Commitment updated</source>
        <translation>コミットメント更新</translation>
    </message>
    <message>
        <source>first entry</source>
        <translation>初回登録</translation>
    </message>
    <message>
        <source>Gap opened</source>
        <translation>ギャップ登録</translation>
    </message>
    <message>
        <source>Gap closed</source>
        <translation>ギャップ解決</translation>
    </message>
    <message>
        <source>Mapping added</source>
        <translation>対応付け追加</translation>
    </message>
    <message>
        <source>Mapping approved</source>
        <translation>対応付け承認</translation>
    </message>
    <message>
        <source>%1 mappings</source>
        <translation>対応付け %1 件</translation>
    </message>
    <message>
        <source>%1 mappings, listed in the appendix</source>
        <translation>対応付け %1 件（付録に記載）</translation>
    </message>
    <message>
        <source>Programme started</source>
        <translation>プログラム開始</translation>
    </message>
    <message>
        <source>Programme ended</source>
        <translation>プログラム終了</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>No open commitment is recorded with the parties.</source>
        <translation>当事者間の未完了のコミットメントは記録されていない。</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>Lead → counterpart</source>
        <translation>主担当 → 相手方</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Top gaps</source>
        <translation>主要ギャップ</translation>
    </message>
    <message>
        <source>No open gap is recorded for the parties.</source>
        <translation>当事者の未解決ギャップは記録されていない。</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>対象条項：</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>深刻度</translation>
    </message>
    <message>
        <source>Status and kind</source>
        <translation>状態及び種別</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当当事者</translation>
    </message>
    <message>
        <source>%1 further open gaps are not listed (see the key figures).</source>
        <translation>このほか未解決ギャップ %1 件は記載を省略している（主要指標を参照）。</translation>
    </message>
    <message>
        <source>No current programme is recorded with the parties.</source>
        <translation>当事者間で実施中のプログラムは記録されていない。</translation>
    </message>
    <message>
        <source>with</source>
        <translation>パートナー：</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Kind and status</source>
        <translation>種別及び状態</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Lead and partners</source>
        <translation>主担当及びパートナー</translation>
    </message>
    <message>
        <source>Coverage chart</source>
        <translation>カバー状況グラフ</translation>
    </message>
    <message>
        <source>No mappings exist between the frameworks of %1, so no coverage can be shown.</source>
        <translation>%1 のフレームワーク間に対応付けがないため、カバー状況は示せない。</translation>
    </message>
    <message>
        <source>Coverage of %1 by the frameworks of %2, by group.</source>
        <translation>%2 のフレームワークによる %1 のカバー状況（グループ別）。</translation>
    </message>
    <message>
        <source>Appendix: mappings</source>
        <translation>付録：対応付け</translation>
    </message>
    <message>
        <source>No mapping is recorded between the parties&apos; frameworks.</source>
        <translation>当事者のフレームワーク間の対応付けは記録されていない。</translation>
    </message>
    <message>
        <source>Each mapping reads &quot;source RELATIONSHIP target&quot; (NIST IR 8477). Strength 0-10: 10 equal, 0 no relationship.</source>
        <translation>各対応付けは「対応元は対応先に対して〈関係〉」と読む（NIST IR 8477）。強度は 0～10（10：同等、0：関係なし）。</translation>
    </message>
    <message>
        <source>Source provision</source>
        <translation>対応元の条項</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Target provision</source>
        <translation>対応先の条項</translation>
    </message>
    <message>
        <source>Strength, rationale, review</source>
        <translation>強度、理由、レビュー</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>End of brief</source>
        <translation>以上</translation>
    </message>
    <message>
        <source>coverage by group</source>
        <translation>グループ別のカバー状況</translation>
    </message>
    <message>
        <source>Other groups</source>
        <translation>その他のグループ</translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Dialogue brief: %1</source>
        <translation>対話ブリーフ：%1</translation>
    </message>
    <message>
        <source>Dialogue %1 with %2, generated on %3</source>
        <translation>対話 %1（相手方：%2）、%3 作成</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Checks the database&apos;s integrity, references and audit log.</source>
        <translation>データベースの整合性、参照および監査ログを検査します。</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 を検査できません：%2</translation>
    </message>
    <message>
        <source>audit: entry %1 does not match the hash chain (changed or removed)</source>
        <translation>監査ログ：エントリ %1 がハッシュチェーンと一致しません（変更または削除されています）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1：%n 件の問題が見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Shows the help of a command.</source>
        <translation>コマンドのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Usage: %1 [--database PATH] COMMAND [options] [arguments]</source>
        <translation>使用法：%1 [--database パス] コマンド [オプション] [引数]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド：</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>各コマンドのオプションについては「%1 コマンド --help」を実行してください。</translation>
    </message>
    <message>
        <source>--database needs a file name</source>
        <translation>--database にはファイル名を指定してください</translation>
    </message>
    <message>
        <source>no command given (run &apos;%1 --help&apos;)</source>
        <translation>コマンドが指定されていません（「%1 --help」を実行してください）</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (commands: %2)</source>
        <translation>不明なコマンド「%1」です（コマンド：%2）</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗しました</translation>
    </message>
    <message>
        <source>The database file to use (default: the desktop program&apos;s database).</source>
        <translation>使用するデータベースファイル（既定値：デスクトッププログラムのデータベース）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>使用法：%1 %2 [オプション]</translation>
    </message>
    <message>
        <source>%1: --database needs a file name</source>
        <translation>%1：--database にはファイル名を指定してください</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos; (%3)</source>
        <translation>%1：予期しない引数「%2」です（%3）</translation>
    </message>
    <message>
        <source>%1: missing argument (%2)</source>
        <translation>%1：引数が不足しています（%2）</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The file to write (replaced when it exists).</source>
        <translation>書き込み先のファイル（既に存在する場合は置き換えられます）。</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 を %2 にエクスポートしました。</translation>
    </message>
    <message>
        <source>The dataset package to import.</source>
        <translation>インポートするデータセットパッケージ。</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 はファイルではありません</translation>
    </message>
    <message>
        <source>Imported %1 into %2:</source>
        <translation>%1 を %2 にインポートしました：</translation>
    </message>
    <message>
        <source>Shows the database&apos;s path, schema version and number of records per table.</source>
        <translation>データベースのパス、スキーマバージョンおよびテーブルごとのレコード数を表示します。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>スキーマバージョン</translation>
    </message>
    <message>
        <source>Creates a new database (--database PATH) with the reference data, or the sample dataset.</source>
        <translation>参照データ、またはサンプルデータセットを格納した新しいデータベース（--database パス）を作成します。</translation>
    </message>
    <message>
        <source>Fills the new database with the sample dataset (Japan and NATO).</source>
        <translation>新しいデータベースにサンプルデータセット（日本および NATO）を格納します。</translation>
    </message>
    <message>
        <source>init: name the new database with --database PATH</source>
        <translation>init：新しいデータベースを --database パス で指定してください</translation>
    </message>
    <message>
        <source>Created %1 with the sample dataset.</source>
        <translation>サンプルデータセットを格納した %1 を作成しました。</translation>
    </message>
    <message>
        <source>Created %1 with the reference data.</source>
        <translation>参照データを格納した %1 を作成しました。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>主担当</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>確認状況</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>取扱区分</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>親</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行主体</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>採択日</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>施行日</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>対応元</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対応先</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>対話</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>深刻度</translation>
    </message>
    <message>
        <source>Lists the records of an entity: %1.</source>
        <translation>エンティティのレコードを一覧表示します（%1）。</translation>
    </message>
    <message>
        <source>Output format: text (default), csv or json.</source>
        <translation>出力形式：text（既定）、csv または json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Only records of the framework with this code (provisions, mappings, gaps...).</source>
        <translation>指定したコードのフレームワークに属するレコード（条項、対応付け、ギャップなど）のみを表示します。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <source>The records to list, for example frameworks or provision.</source>
        <translation>一覧表示するレコード（例：frameworks、provision）。</translation>
    </message>
    <message>
        <source>list: unknown entity &apos;%1&apos; (valid: %2)</source>
        <translation>list：不明なエンティティ「%1」です（有効な値：%2）</translation>
    </message>
    <message>
        <source>list: unknown format &apos;%1&apos; (valid: text, csv, json)</source>
        <translation>list：不明な形式「%1」です（有効な値：text、csv、json）</translation>
    </message>
    <message>
        <source>list: --framework does not apply to %1</source>
        <translation>list：--framework は %1 には適用できません</translation>
    </message>
    <message>
        <source>%1 holds no framework with the code &apos;%2&apos;</source>
        <translation>%1 にはコード「%2」のフレームワークがありません</translation>
    </message>
    <message>
        <source>Shows how far a party or a framework covers a target framework.</source>
        <translation>当事者またはフレームワークが対応先のフレームワークをどの程度カバーしているかを表示します。</translation>
    </message>
    <message>
        <source>What covers the target: a party&apos;s code (every framework of it and of its agencies) or a framework&apos;s code; write party:CODE or framework:CODE when a code names both.</source>
        <translation>対応先をカバーする側：当事者のコード（その当事者およびその機関のすべてのフレームワーク）またはフレームワークのコード。コードが両方に該当する場合は party:コード または framework:コード と指定します。</translation>
    </message>
    <message>
        <source>The code of the framework whose provisions are covered.</source>
        <translation>条項がカバーされる側のフレームワークのコード。</translation>
    </message>
    <message>
        <source>Also every provision of the target, with its status and the mapping that decides it.</source>
        <translation>対応先のすべての条項も、その状態と状態を決定する対応付けとともに表示します。</translation>
    </message>
    <message>
        <source>coverage: --source is required (a party or framework code)</source>
        <translation>coverage：--source は必須です（当事者またはフレームワークのコード）</translation>
    </message>
    <message>
        <source>coverage: --target is required (a framework code)</source>
        <translation>coverage：--target は必須です（フレームワークのコード）</translation>
    </message>
    <message>
        <source>coverage: unknown format &apos;%1&apos; (valid: text, csv, json)</source>
        <translation>coverage：不明な形式「%1」です（有効な値：text、csv、json）</translation>
    </message>
    <message>
        <source>coverage: %1</source>
        <translation>coverage：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>対応先：%1</translation>
    </message>
    <message>
        <source>no frameworks</source>
        <translation>フレームワークなし</translation>
    </message>
    <message>
        <source>Source: %1 (party: %2)</source>
        <translation>対応元：%1（当事者。フレームワーク：%2）</translation>
    </message>
    <message>
        <source>Source: %1 (framework)</source>
        <translation>対応元：%1（フレームワーク）</translation>
    </message>
    <message numerus="yes">
        <source>%n deprecated or superseded mapping(s) ignored.</source>
        <translation>
            <numerusform>非推奨または置換済みの対応付け %n 件を除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>カバー済み</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>一部カバー</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>未カバー</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>適用外</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>適用対象</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Covered share</source>
        <translation>カバー済みの割合</translation>
    </message>
    <message>
        <source>Deciding mapping</source>
        <translation>判定に用いた対応付け</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1（%2 より継承）</translation>
    </message>
    <message>
        <source>Reviewed: no relationship</source>
        <translation>レビュー済み：関係なし</translation>
    </message>
    <message>
        <source>Writes the brief of a dialogue as PDF, ODT or HTML, in English, Japanese or both.</source>
        <translation>対話ブリーフを PDF、ODT または HTML 形式で、英語、日本語またはその両方で書き出します。</translation>
    </message>
    <message>
        <source>The dialogue the brief is for: its code or its id.</source>
        <translation>ブリーフの対象とする対話（コードまたは ID）。</translation>
    </message>
    <message>
        <source>ID|CODE</source>
        <translation>ID|コード</translation>
    </message>
    <message>
        <source>Language: en (default), ja, or en+ja for both.</source>
        <translation>言語：en（既定）、ja、または両方の場合は en+ja。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Format: pdf, odt or html (default: the suffix of --out, else pdf).</source>
        <translation>形式：pdf、odt または html（既定：--out の拡張子、拡張子がない場合は pdf）。</translation>
    </message>
    <message>
        <source>Paper size of a PDF: a4 (default) or letter.</source>
        <translation>PDF の用紙サイズ：a4（既定）または letter。</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Leaves out records marked above this level (%1); the brief then says it is a limited version.</source>
        <translation>この取扱区分（%1）を上回るレコードを除外します。その場合、ブリーフには限定版である旨が記載されます。</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Marks the brief at least at this level, whatever its content.</source>
        <translation>内容にかかわらず、ブリーフに少なくともこの取扱区分を付します。</translation>
    </message>
    <message>
        <source>The author named on the cover (default: the desktop program&apos;s author name, else the login name).</source>
        <translation>表紙に記載する作成者（既定：デスクトッププログラムの作成者名、設定がない場合はログイン名）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>書き込み先のファイル。</translation>
    </message>
    <message>
        <source>brief: %1 holds no dialogues</source>
        <translation>brief：%1 には対話がありません</translation>
    </message>
    <message>
        <source>brief: %1 holds no dialogue with the code or id &apos;%2&apos; (run &apos;crosswalk-cli list dialogues&apos;)</source>
        <translation>brief：%1 にはコードまたは ID が「%2」の対話がありません（「crosswalk-cli list dialogues」を実行してください）</translation>
    </message>
    <message>
        <source>brief: --dialogue is required (a dialogue&apos;s code or id)</source>
        <translation>brief：--dialogue は必須です（対話のコードまたは ID）</translation>
    </message>
    <message>
        <source>brief: --out is required (the file to write)</source>
        <translation>brief：--out は必須です（書き込み先のファイル）</translation>
    </message>
    <message>
        <source>brief: unknown language &apos;%1&apos; (valid: en, ja, en+ja)</source>
        <translation>brief：不明な言語「%1」です（有効な値：en、ja、en+ja）</translation>
    </message>
    <message>
        <source>brief: unknown format &apos;%1&apos; (valid: pdf, odt, html)</source>
        <translation>brief：不明な形式「%1」です（有効な値：pdf、odt、html）</translation>
    </message>
    <message>
        <source>brief: unknown paper size &apos;%1&apos; (valid: a4, letter)</source>
        <translation>brief：不明な用紙サイズ「%1」です（有効な値：a4、letter）</translation>
    </message>
    <message>
        <source>brief: unknown marking &apos;%1&apos; for --max-marking (valid: %2)</source>
        <translation>brief：--max-marking の取扱区分「%1」は不明です（有効な値：%2）</translation>
    </message>
    <message>
        <source>brief: unknown marking &apos;%1&apos; for --min-marking (valid: %2)</source>
        <translation>brief：--min-marking の取扱区分「%1」は不明です（有効な値：%2）</translation>
    </message>
    <message>
        <source>brief: %1</source>
        <translation>brief：%1</translation>
    </message>
    <message>
        <source>brief: cannot write %1: %2</source>
        <translation>brief：%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>%1 を書き込みました（%2）</translation>
    </message>
    <message>
        <source>Crosswalk on the command line: lists, imports, exports and checks a Crosswalk database, computes coverage and writes dialogue briefs.</source>
        <translation>コマンドライン版 Crosswalk：Crosswalk データベースの一覧表示、インポート、エクスポートおよび検査、カバー状況の算出、対話ブリーフの書き出しを行います。</translation>
    </message>
    <message>
        <source>CSV: leave out the first line, which gives the highest marking of the provisions, mappings and marks the figures draw on (TLP:AMBER).</source>
        <translation>CSV：集計の基となる条項、対応付けおよび適用外の指定のうち最も高い取扱区分を示す先頭行（例：TLP:AMBER）を省略します。</translation>
    </message>
    <message>
        <source>coverage: --no-marking-line applies to --format csv only</source>
        <translation>coverage：--no-marking-line は --format csv の場合にのみ適用できます</translation>
    </message>
    <message>
        <source>Exports the records of an entity as a CSV or XLSX table, with their marking.</source>
        <translation>エンティティのレコードを、その取扱区分とともに CSV または XLSX の表としてエクスポートします。</translation>
    </message>
    <message>
        <source>csv or xlsx (default: from the suffix of --out).</source>
        <translation>csv または xlsx（既定：--out の拡張子から判定）。</translation>
    </message>
    <message>
        <source>Only rows whose column holds the value as stored (status=open, lead_party_code=JP); framework=CODE for the records of a framework. Repeat for more filters.</source>
        <translation>列の値が指定した値（格納されている値）と一致する行のみ（例：status=open、lead_party_code=JP）。フレームワークのレコードには framework=コード を指定します。複数の条件を指定するには繰り返します。</translation>
    </message>
    <message>
        <source>COLUMN=VALUE</source>
        <translation>列=値</translation>
    </message>
    <message>
        <source>Only rows with this text in any column (case ignored).</source>
        <translation>いずれかの列にこのテキストを含む行のみ（大文字と小文字は区別しません）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark, for spreadsheet programs.</source>
        <translation>CSV：表計算プログラム向けに、先頭に UTF-8 のバイトオーダーマークを付けます。</translation>
    </message>
    <message>
        <source>CSV: leave out the first line, which gives the highest marking of the rows written (TLP:AMBER).</source>
        <translation>CSV：書き出す行のうち最も高い取扱区分を示す先頭行（例：TLP:AMBER）を省略します。</translation>
    </message>
    <message>
        <source>The records to export, for example gaps or commitment.</source>
        <translation>エクスポートするレコード（例：gaps、commitment）。</translation>
    </message>
    <message>
        <source>export: unknown entity &apos;%1&apos; (valid: %2)</source>
        <translation>export：不明なエンティティ「%1」です（有効な値：%2）</translation>
    </message>
    <message>
        <source>export: --out FILE is required</source>
        <translation>export：--out ファイル は必須です</translation>
    </message>
    <message>
        <source>export: unknown format &apos;%1&apos; (valid: csv, xlsx)</source>
        <translation>export：不明な形式「%1」です（有効な値：csv、xlsx）</translation>
    </message>
    <message>
        <source>export: --format csv or xlsx is required (the name &apos;%1&apos; does not tell)</source>
        <translation>export：--format csv または xlsx を指定してください（ファイル名「%1」からは判定できません）</translation>
    </message>
    <message>
        <source>export: --%1 applies to CSV only</source>
        <translation>export：--%1 は CSV にのみ適用できます</translation>
    </message>
    <message>
        <source>export: --filter needs COLUMN=VALUE, not &apos;%1&apos;</source>
        <translation>export：--filter には「%1」ではなく 列=値 を指定してください</translation>
    </message>
    <message>
        <source>export: the filter framework= does not apply to %1</source>
        <translation>export：絞り込み条件 framework= は %1 には適用できません</translation>
    </message>
    <message>
        <source>export: give one framework= filter only</source>
        <translation>export：framework= の絞り込み条件は一つだけ指定してください</translation>
    </message>
    <message>
        <source>export: unknown column &apos;%1&apos; for %2 (valid: %3)</source>
        <translation>export：%2 に不明な列「%1」です（有効な値：%3）</translation>
    </message>
    <message>
        <source>export: &apos;%1&apos; is not a value of %2 (valid: %3)</source>
        <translation>export：「%1」は %2 の有効な値ではありません（有効な値：%3）</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2 (%3).</source>
        <translation>
            <numerusform>%1 の %n 行を %2 にエクスポートしました（%3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV: leave out the first line, which gives the highest marking of the records listed (TLP:AMBER).</source>
        <translation>CSV：一覧表示するレコードのうち最も高い取扱区分を示す先頭行（例：TLP:AMBER）を省略します。</translation>
    </message>
    <message>
        <source>list: --no-marking-line applies to --format csv only</source>
        <translation>list：--no-marking-line は --format csv の場合にのみ適用できます</translation>
    </message>
    <message>
        <source>Exports a framework as an OSCAL catalog, or the mappings between two frameworks as an OSCAL 1.2 mapping collection (JSON).</source>
        <translation>フレームワークを OSCAL カタログとして、または二つのフレームワーク間の対応付けを OSCAL 1.2 の対応付けコレクションとしてエクスポートします（JSON）。</translation>
    </message>
    <message>
        <source>Write this framework as a catalog.</source>
        <translation>このフレームワークをカタログとして書き出します。</translation>
    </message>
    <message>
        <source>Write the mappings from this framework&apos;s provisions (with --target).</source>
        <translation>このフレームワークの条項からの対応付けを書き出します（--target と併用）。</translation>
    </message>
    <message>
        <source>... to this framework&apos;s provisions, as a mapping collection.</source>
        <translation>... このフレームワークの条項への対応付けを、対応付けコレクションとして書き出します。</translation>
    </message>
    <message>
        <source>give --framework CODE (a catalog) or --source CODE and --target CODE (a mapping collection)</source>
        <translation>--framework コード（カタログ）または --source コード と --target コード（対応付けコレクション）を指定してください</translation>
    </message>
    <message>
        <source>export-oscal: %1, not both</source>
        <translation>export-oscal：%1。両方を指定することはできません</translation>
    </message>
    <message>
        <source>export-oscal: %1</source>
        <translation>export-oscal：%1</translation>
    </message>
    <message>
        <source>export-oscal: --framework needs a framework code</source>
        <translation>export-oscal：--framework にはフレームワークのコードを指定してください</translation>
    </message>
    <message>
        <source>export-oscal: a mapping collection needs both --source CODE and --target CODE</source>
        <translation>export-oscal：対応付けコレクションには --source コード と --target コード の両方が必要です</translation>
    </message>
    <message>
        <source>export-oscal: --source and --target name the same framework (%1)</source>
        <translation>export-oscal：--source と --target に同じフレームワーク（%1）が指定されています</translation>
    </message>
    <message>
        <source>export-oscal: --out FILE is required</source>
        <translation>export-oscal：--out ファイル は必須です</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 を書き込んでいます</translation>
    </message>
    <message>
        <source>Exported framework %1 as an OSCAL catalog to %2.</source>
        <translation>フレームワーク %1 を OSCAL カタログとして %2 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Exported the mappings from %1 to %2 as an OSCAL mapping collection to %3.</source>
        <translation>%1 から %2 への対応付けを OSCAL 対応付けコレクションとして %3 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Exports the whole database, or a selection of it (--framework, --max-marking), as a dataset package (JSON).</source>
        <translation>データベース全体、またはその一部（--framework、--max-marking）をデータセットパッケージ（JSON）としてエクスポートします。</translation>
    </message>
    <message>
        <source>Exports only this framework, with its provisions, the mappings between the chosen frameworks, their applicability marks, the parties they need and the themes. Repeat for more frameworks.</source>
        <translation>このフレームワークのみを、その条項、選択したフレームワーク間の対応付け、適用外の指定、必要な当事者およびテーマとともにエクスポートします。複数のフレームワークを指定するには繰り返します。</translation>
    </message>
    <message>
        <source>Exports only the records marked at or below this level (%1); records that need a record left out are left out too.</source>
        <translation>この取扱区分（%1）以下のレコードのみをエクスポートします。除外されたレコードを必要とするレコードも除外されます。</translation>
    </message>
    <message>
        <source>%1: unknown marking &apos;%2&apos; for --max-marking (valid: %3)</source>
        <translation>%1：--max-marking の取扱区分「%2」は不明です（有効な値：%3）</translation>
    </message>
    <message>
        <source>%1: --framework needs the code of a framework</source>
        <translation>%1：--framework にはフレームワークのコードを指定してください</translation>
    </message>
    <message>
        <source>%1: unknown framework &apos;%2&apos; for --framework (%3 holds no framework with this code)</source>
        <translation>%1：--framework のフレームワーク「%2」は不明です（%3 にはこのコードのフレームワークがありません）</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1 をエクスポートしています</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：書き込めません：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported a selection of %1 to %2: %n row(s), marked %3.</source>
        <translation>
            <numerusform>%1 の一部を %2 にエクスポートしました：%n 行、取扱区分 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imports provisions or mappings from a CSV file (all or nothing).</source>
        <translation>CSV ファイルから条項または対応付けをインポートします（全件を一括で反映し、エラーがあれば何も反映しません）。</translation>
    </message>
    <message>
        <source>What the rows are: provisions or mappings (required).</source>
        <translation>行の内容：provisions（条項）または mappings（対応付け）（必須）。</translation>
    </message>
    <message>
        <source>Which column holds which field: the fields in column order, empty for a column to skip (code,,title_en), or field=N with 1-based column numbers (code=1,title_en=3). Default: the header names the fields. Fields (* required): %1.</source>
        <translation>各列に含まれるフィールド：列の順にフィールドを並べるか（スキップする列は空にします。例：code,,title_en）、1 から始まる列番号で field=N と指定します（例：code=1,title_en=3）。既定：ヘッダーがフィールド名を示します。フィールド（* は必須）：%1。</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>指定</translation>
    </message>
    <message>
        <source>Provisions: the framework of rows without a framework column or cell.</source>
        <translation>条項：フレームワークの列またはセルがない行のフレームワーク。</translation>
    </message>
    <message>
        <source>Mappings: the source framework of rows without one.</source>
        <translation>対応付け：対応元のフレームワークが指定されていない行の対応元フレームワーク。</translation>
    </message>
    <message>
        <source>Mappings: the target framework of rows without one.</source>
        <translation>対応付け：対応先のフレームワークが指定されていない行の対応先フレームワーク。</translation>
    </message>
    <message>
        <source>auto (the default), utf-8, utf-16le, utf-16be or shift_jis.</source>
        <translation>auto（既定）、utf-8、utf-16le、utf-16be または shift_jis。</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>The field separator: , or ; or tab (default: detected).</source>
        <translation>フィールドの区切り文字：, または ; または tab（既定：自動検出）。</translation>
    </message>
    <message>
        <source>DELIMITER</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <source>Whether the first row names the columns: yes, no or auto (the default).</source>
        <translation>先頭行が列名を示すかどうか：yes、no または auto（既定）。</translation>
    </message>
    <message>
        <source>yes|no|auto</source>
        <translation>yes|no|auto</translation>
    </message>
    <message>
        <source>Print what the import would do; write nothing.</source>
        <translation>インポートの結果を表示するだけで、何も書き込みません（試行）。</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>インポートする CSV ファイル。</translation>
    </message>
    <message>
        <source>%1: --entity provisions|mappings is required</source>
        <translation>%1：--entity provisions|mappings は必須です</translation>
    </message>
    <message>
        <source>%1: --entity: unknown entity &apos;%2&apos; (valid: provisions, mappings)</source>
        <translation>%1：--entity：不明なエンティティ「%2」です（有効な値：provisions、mappings）</translation>
    </message>
    <message>
        <source>%1: --columns: %2</source>
        <translation>%1：--columns：%2</translation>
    </message>
    <message>
        <source>%1: --%2 does not apply to %3</source>
        <translation>%1：--%2 は %3 には適用できません</translation>
    </message>
    <message>
        <source>%1: --%2 needs a framework code</source>
        <translation>%1：--%2 にはフレームワークのコードを指定してください</translation>
    </message>
    <message>
        <source>%1: --encoding: unknown encoding &apos;%2&apos; (valid: auto, utf-8, utf-16le, utf-16be, shift_jis)</source>
        <translation>%1：--encoding：不明な文字コード「%2」です（有効な値：auto、utf-8、utf-16le、utf-16be、shift_jis）</translation>
    </message>
    <message>
        <source>%1: --delimiter: &apos;%2&apos; is not one of: , ; tab</source>
        <translation>%1：--delimiter：「%2」は有効な値ではありません（有効な値：, ; tab）</translation>
    </message>
    <message>
        <source>%1: --header: &apos;%2&apos; is not one of: yes, no, auto</source>
        <translation>%1：--header：「%2」は有効な値ではありません（有効な値：yes、no、auto）</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 を読み込んでいます</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ほか %1 件</translation>
    </message>
    <message>
        <source>%1: 1 error; nothing was imported</source>
        <translation>%1：エラー 1 件。何もインポートされていません</translation>
    </message>
    <message>
        <source>%1: %2 errors; nothing was imported</source>
        <translation>%1：エラー %2 件。何もインポートされていません</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>試行（ドライラン）：何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Nothing to write.</source>
        <translation>書き込む内容はありません。</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>書き込んでいます</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 を %2 にインポートしました。</translation>
    </message>
    <message>
        <source>Imports an OSCAL catalog (a framework) or an OSCAL 1.2 mapping collection (mappings), JSON.</source>
        <translation>OSCAL カタログ（フレームワーク）または OSCAL 1.2 の対応付けコレクション（対応付け）をインポートします（JSON）。</translation>
    </message>
    <message>
        <source>Mapping collection: the code of the framework its source catalog is (default: matched by the catalog&apos;s UUID, file name or title).</source>
        <translation>対応付けコレクション：対応元のカタログに当たるフレームワークのコード（既定：カタログの UUID、ファイル名または名称で照合）。</translation>
    </message>
    <message>
        <source>Mapping collection: the code of the framework its target catalog is.</source>
        <translation>対応付けコレクション：対応先のカタログに当たるフレームワークのコード。</translation>
    </message>
    <message>
        <source>Catalog: the code of the framework it becomes (default: the framework imported from the same catalog, or one derived from its title).</source>
        <translation>カタログ：インポート先となるフレームワークのコード（既定：同じカタログからインポートしたフレームワーク、またはカタログの名称から作成するフレームワーク）。</translation>
    </message>
    <message>
        <source>Shows what the import would do and writes nothing.</source>
        <translation>インポートの結果を表示するだけで、何も書き込みません（試行）。</translation>
    </message>
    <message>
        <source>The OSCAL JSON file to import.</source>
        <translation>インポートする OSCAL JSON ファイル。</translation>
    </message>
    <message>
        <source>import-oscal: --%1 needs a framework code</source>
        <translation>import-oscal：--%1 にはフレームワークのコードを指定してください</translation>
    </message>
    <message>
        <source>import-oscal: %1 is a catalog; --source and --target apply to mapping collections (use --code)</source>
        <translation>import-oscal：%1 はカタログです。--source と --target は対応付けコレクションにのみ適用されます（--code を使用してください）</translation>
    </message>
    <message>
        <source>import-oscal: %1 is a mapping collection; --code applies to catalogs (use --source and --target)</source>
        <translation>import-oscal：%1 は対応付けコレクションです。--code はカタログにのみ適用されます（--source と --target を使用してください）</translation>
    </message>
    <message>
        <source>Dry run: nothing was written to %1.</source>
        <translation>試行（ドライラン）：%1 には何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Nothing to change in %1.</source>
        <translation>%1 に変更する内容はありません。</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 をインポートしています</translation>
    </message>
    <message>
        <source>Imports a dataset package (JSON) into a database that holds only reference data, or merges it into one that holds records (--merge).</source>
        <translation>データセットパッケージ（JSON）を参照データのみのデータベースにインポートするか、レコードを保持するデータベースに統合します（--merge）。</translation>
    </message>
    <message>
        <source>Merges the package into a database that already holds records: records are matched by code (the others by what identifies them); new ones are added, older ones updated, and records changed here since are kept and reported as conflicts. Nothing is deleted.</source>
        <translation>パッケージを、既にレコードを保持しているデータベースに統合します。レコードはコードで照合し（コードのないレコードはそれを識別する項目で照合）、新しいレコードは追加、古いレコードは更新し、その後このデータベースで変更されたレコードは保持したうえで競合として報告します。削除は行いません。</translation>
    </message>
    <message>
        <source>With --merge: prints what the merge would do and writes nothing.</source>
        <translation>--merge と併用：統合の結果を表示するだけで、何も書き込みません（試行）。</translation>
    </message>
    <message>
        <source>%1: --dry-run applies to --merge only</source>
        <translation>%1：--dry-run は --merge の場合にのみ適用できます</translation>
    </message>
    <message>
        <source>%1 already holds records; a package is imported only into a new database. To merge it into this one, use: %2 import-package --merge %3</source>
        <translation>%1 には既にレコードが存在します。パッケージをインポートできるのは新しいデータベースのみです。このデータベースに統合するには、次のコマンドを使用してください：%2 import-package --merge %3</translation>
    </message>
    <message>
        <source>Dry run: nothing was written</source>
        <translation>試行（ドライラン）：何も書き込まれていません</translation>
    </message>
    <message>
        <source>Nothing to write: %1 already holds what the package holds.</source>
        <translation>書き込む内容はありません：%1 には既にパッケージの内容がすべて含まれています。</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>%1 を統合しています</translation>
    </message>
    <message>
        <source>%1: nothing was written: %2</source>
        <translation>%1：何も書き込まれていません：%2</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2 (%n change(s)).</source>
        <translation>
            <numerusform>%1 を %2 に統合しました（変更 %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (--source CODE, --target CODE)</source>
        <translation>%1（--source CODE、--target CODE）</translation>
    </message>
</context>
<context>
    <name>DatabaseBootstrap</name>
    <message>
        <source>The folder %1 cannot be created</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>%1: no such database file</source>
        <translation>%1：データベースファイルが存在しません</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 はデータベースファイルではなく、フォルダーです</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 は既に存在します。新しいファイル名を指定してください</translation>
    </message>
</context>
<context>
    <name>DatasetPackage</name>
    <message>
        <source>%1: not valid JSON at line %2, column %3: %4</source>
        <translation>%1：%2 行目、%3 列目が有効な JSON ではありません：%4</translation>
    </message>
    <message>
        <source>the package must be a JSON object</source>
        <translation>パッケージは JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;: this is not a Crosswalk dataset package</source>
        <translation>&quot;%1&quot; である必要があります。Crosswalk のデータセットパッケージではありません</translation>
    </message>
    <message>
        <source>a whole number is required</source>
        <translation>整数を指定してください</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation>バージョン %1 はサポートされていません（このプログラムが読み込めるのはバージョン %2 です）</translation>
    </message>
    <message>
        <source>text is required</source>
        <translation>テキストを指定してください</translation>
    </message>
    <message>
        <source>an object holding the tables is required</source>
        <translation>テーブルを格納したオブジェクトを指定してください</translation>
    </message>
    <message>
        <source>unknown table</source>
        <translation>不明なテーブルです</translation>
    </message>
    <message>
        <source>an array of rows is required</source>
        <translation>行の配列を指定してください</translation>
    </message>
    <message>
        <source>a row must be a JSON object</source>
        <translation>行は JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>a positive whole number is required</source>
        <translation>正の整数を指定してください</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>ID %1 が重複して使用されています</translation>
    </message>
    <message>
        <source>duplicates %1 of an earlier row</source>
        <translation>前の行と %1 が重複しています</translation>
    </message>
    <message>
        <source>code %1 in framework %2</source>
        <translation>フレームワーク %2 のコード %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>コード %1</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>不明なフィールドです</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>必須フィールドがありません</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>null は指定できません</translation>
    </message>
    <message>
        <source>%1 is outside the range %2 to %3</source>
        <translation>%1 は %2 から %3 の範囲外です</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>数値を指定してください</translation>
    </message>
    <message>
        <source>the id of a row in %1 is required</source>
        <translation>%1 の行の ID を指定してください</translation>
    </message>
    <message>
        <source>refers to %1 id %2, which is not in the package</source>
        <translation>パッケージに含まれていない %1 の ID %2 を参照しています</translation>
    </message>
    <message>
        <source>a row cannot refer to itself</source>
        <translation>行が自身を参照することはできません</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にすることはできません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; は ISO 8601 形式の日付（YYYY、YYYY-MM または YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 UTC time (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>&quot;%1&quot; は ISO 8601 形式の UTC 日時（YYYY-MM-DDTHH:MM:SSZ）ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; は有効な値ではありません（有効な値：%2）</translation>
    </message>
    <message>
        <source>%1: a package can only be imported into a new database (one that holds no records besides reference data); %2 already holds records</source>
        <translation>%1：パッケージは新しいデータベース（参照データ以外のレコードを保持していないもの）にのみインポートできます。%2 には既にレコードが存在します</translation>
    </message>
    <message>
        <source>%1: the database is busy or read-only</source>
        <translation>%1：データベースが使用中か、読み取り専用です</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：ファイルが存在しません</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：読み込めません：%2</translation>
    </message>
    <message>
        <source>Crosswalk dataset</source>
        <translation>Crosswalk データセット</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：書き込めません：%2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>キャンセルしました。何も書き込まれていません</translation>
    </message>
    <message>
        <source>There is no framework with the id %1</source>
        <translation>ID %1 のフレームワークはありません</translation>
    </message>
    <message>
        <source>frameworks %1</source>
        <translation>フレームワーク %1</translation>
    </message>
    <message>
        <source>records marked TLP:%1 or lower</source>
        <translation>取扱区分が TLP:%1 以下のレコード</translation>
    </message>
    <message>
        <source>A selection of a Crosswalk database: %1, and the records they need.</source>
        <translation>Crosswalk データベースの一部：%1、およびそれらに必要なレコード。</translation>
    </message>
    <message>
        <source>A selection of a Crosswalk database: %1, with their provisions, the mappings between them, their applicability marks and the parties they need, and the themes.</source>
        <translation>Crosswalk データベースの一部：%1（その条項、それらの間の対応付け、適用外の指定および必要な当事者を含む）、およびテーマ。</translation>
    </message>
    <message>
        <source>Crosswalk dataset (selection: %1)</source>
        <translation>Crosswalk データセット（一部：%1）</translation>
    </message>
    <message>
        <source>%1: the file is %2 MB; packages larger than %3 MB are not read</source>
        <translation>%1：ファイルのサイズは %2 MB です。%3 MB を超えるパッケージは読み込みません</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>原語</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>監査ログを読み込めません：%1</translation>
    </message>
    <message>
        <source>The audit log cannot be written: %1</source>
        <translation>監査ログに書き込めません：%1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is not a Crosswalk database (not an SQLite file)</source>
        <translation>%1 は Crosswalk データベースではありません（SQLite ファイルではありません）</translation>
    </message>
    <message>
        <source>No transaction is open</source>
        <translation>トランザクションが開始されていません</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>変更を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>%1: the field %2 is required</source>
        <translation>%1：フィールド %2 は必須です</translation>
    </message>
    <message>
        <source>The %1 cannot be saved</source>
        <translation>%1 を保存できません</translation>
    </message>
    <message>
        <source>The %1 with id %2 no longer exists</source>
        <translation>ID %2 の %1 は既に存在しません</translation>
    </message>
    <message>
        <source>The %1 cannot be deleted</source>
        <translation>%1 を削除できません</translation>
    </message>
    <message>
        <source>The %1 cannot be removed</source>
        <translation>%1 を解除できません</translation>
    </message>
    <message>
        <source>The %1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>The record no longer exists; it was deleted meanwhile.</source>
        <translation>このレコードは既に存在しません。その間に削除されました。</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 を削除しますか？</translation>
    </message>
    <message>
        <source>Other records refer to it. Deleting it also makes these changes:</source>
        <translation>他のレコードがこのレコードを参照しています。削除すると、次の変更も行われます：</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>TableCatalog</name>
    <message>
        <source>theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>party</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <source>provision</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>対応付け</translation>
    </message>
    <message>
        <source>applicability exclusion</source>
        <translation>適用除外</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>対話</translation>
    </message>
    <message>
        <source>dialogue party</source>
        <translation>対話の当事者</translation>
    </message>
    <message>
        <source>delegate</source>
        <translation>代表団員</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>commitment update</source>
        <translation>コミットメントの更新</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>programme partner</source>
        <translation>プログラムのパートナー</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>commitment theme</source>
        <translation>コミットメントのテーマ</translation>
    </message>
    <message>
        <source>programme theme</source>
        <translation>プログラムのテーマ</translation>
    </message>
    <message>
        <source>gap theme</source>
        <translation>ギャップのテーマ</translation>
    </message>
    <message>
        <source>commitment-gap link</source>
        <translation>コミットメントとギャップの関連付け</translation>
    </message>
    <message>
        <source>commitment-programme link</source>
        <translation>コミットメントとプログラムの関連付け</translation>
    </message>
    <message>
        <source>programme-gap link</source>
        <translation>プログラムとギャップの関連付け</translation>
    </message>
    <message>
        <source>commitment-provision link</source>
        <translation>コミットメントと条項の関連付け</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Name (original language)</source>
        <translation>名称（原語）</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Title (original language)</source>
        <translation>名称（原語）</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>原語</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>親</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>確認状況</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>確認メモ</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>取扱区分</translation>
    </message>
    <message>
        <source>Caveat</source>
        <translation>注意事項</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行主体</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>採択日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>順序</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>Summary (English)</source>
        <translation>概要（英語）</translation>
    </message>
    <message>
        <source>Summary (original language)</source>
        <translation>概要（原語）</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>施行日</translation>
    </message>
    <message>
        <source>Source provision</source>
        <translation>対応元の条項</translation>
    </message>
    <message>
        <source>Target provision</source>
        <translation>対応先の条項</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>レビュー状況</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>レビュー担当者</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>レビュー日</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>シリーズ</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>回次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Date note</source>
        <translation>日付に関するメモ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>開催地</translation>
    </message>
    <message>
        <source>Objectives (English)</source>
        <translation>目的（英語）</translation>
    </message>
    <message>
        <source>Objectives (original language)</source>
        <translation>目的（原語）</translation>
    </message>
    <message>
        <source>Key messages (English)</source>
        <translation>主要メッセージ（英語）</translation>
    </message>
    <message>
        <source>Key messages (original language)</source>
        <translation>主要メッセージ（原語）</translation>
    </message>
    <message>
        <source>Outcomes (English)</source>
        <translation>成果（英語）</translation>
    </message>
    <message>
        <source>Outcomes (original language)</source>
        <translation>成果（原語）</translation>
    </message>
    <message>
        <source>Content note</source>
        <translation>内容に関するメモ</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>対話</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Origin dialogue</source>
        <translation>発端となった対話</translation>
    </message>
    <message>
        <source>Origin provision</source>
        <translation>発端となった条項</translation>
    </message>
    <message>
        <source>Origin note</source>
        <translation>発端に関するメモ</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>主担当</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>進捗（%）</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>Note (English)</source>
        <translation>メモ（英語）</translation>
    </message>
    <message>
        <source>Note (original language)</source>
        <translation>メモ（原語）</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>受益者</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>深刻度</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当当事者</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>解決日</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>OSCAL catalog UUID</source>
        <translation>OSCAL カタログの UUID</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Official</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>二次資料</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>TLP:CLEAR</source>
        <translation>TLP:CLEAR</translation>
    </message>
    <message>
        <source>TLP:GREEN</source>
        <translation>TLP:GREEN</translation>
    </message>
    <message>
        <source>TLP:AMBER</source>
        <translation>TLP:AMBER</translation>
    </message>
    <message>
        <source>TLP:AMBER+STRICT</source>
        <translation>TLP:AMBER+STRICT</translation>
    </message>
    <message>
        <source>TLP:RED</source>
        <translation>TLP:RED</translation>
    </message>
    <message>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>同盟</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>戦略</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>誓約</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>パートナーシップ</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>分類体系</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>採択済み</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>施行中</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>置換済み</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>同等</translation>
    </message>
    <message>
        <source>subset of</source>
        <translation>部分集合</translation>
    </message>
    <message>
        <source>superset of</source>
        <translation>上位集合</translation>
    </message>
    <message>
        <source>intersects with</source>
        <translation>部分的に重複</translation>
    </message>
    <message>
        <source>no relationship</source>
        <translation>関係なし</translation>
    </message>
    <message>
        <source>Syntactic</source>
        <translation>構文的</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>意味的</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>機能的</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>非推奨</translation>
    </message>
    <message>
        <source>Cyber dialogue</source>
        <translation>サイバー対話</translation>
    </message>
    <message>
        <source>Staff talks</source>
        <translation>実務者協議</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>首脳会合</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>協議</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>代表団長</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>副団長</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>団員</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>顧問</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>合意済み</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>取り下げ</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>研修</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>演習</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>センター</translation>
    </message>
    <message>
        <source>Secondment</source>
        <translation>出向</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>会議</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>資金拠出</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>実施中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Uncovered</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>部分的</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>実施</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>Mitigating</source>
        <translation>緩和中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受容</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>カバー済み</translation>
    </message>
    <message>
        <source>Partly covered</source>
        <translation>一部カバー</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>未カバー</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>適用外</translation>
    </message>
</context>
<context>
    <name>crosswalk::AnalysisScopeBar</name>
    <message>
        <source>The provisions that cover the target: every framework of a party, or one framework</source>
        <translation>対応先をカバーする条項：当事者のすべてのフレームワーク、または一つのフレームワーク</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>対応元(&amp;S)：</translation>
    </message>
    <message>
        <source>The framework whose provisions are covered</source>
        <translation>条項がカバーされる側のフレームワーク</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>対応先(&amp;T)：</translation>
    </message>
    <message>
        <source>%1: all frameworks</source>
        <translation>%1：すべてのフレームワーク</translation>
    </message>
</context>
<context>
    <name>crosswalk::Applicability</name>
    <message>
        <source>Provision</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>根拠</translation>
    </message>
</context>
<context>
    <name>crosswalk::ApplicabilityDialog</name>
    <message>
        <source>Not applicable</source>
        <translation>適用外</translation>
    </message>
    <message>
        <source>Mark %1 as not applicable to %2. It then leaves the coverage figures of %2, with this justification shown in its place.</source>
        <translation>%1 を %2 に対して適用外とします。この条項は %2 のカバー状況の集計から除外され、代わりにこの根拠が表示されます。</translation>
    </message>
    <message>
        <source>&amp;Justification (required):</source>
        <translation>根拠（必須）(&amp;J)：</translation>
    </message>
    <message>
        <source>For example: Japan is not party to the Washington Treaty, so Article 5 does not apply to it.</source>
        <translation>例：日本は北大西洋条約（ワシントン条約）の締約国ではないため、第 5 条は日本には適用されません。</translation>
    </message>
    <message>
        <source>&amp;Mark not applicable</source>
        <translation>適用外にする(&amp;M)</translation>
    </message>
</context>
<context>
    <name>crosswalk::BriefBuilder</name>
    <message>
        <source>There is no dialogue with id %1: the database holds no dialogues yet. Add one on the Dialogues page (or open the sample database) and write its brief.</source>
        <translation>ID %1 の対話は存在しません：データベースにはまだ対話がありません。「対話」ページで対話を追加して（またはサンプルデータベースを開いて）から、ブリーフを作成してください。</translation>
    </message>
    <message>
        <source>There is no dialogue with id %1.</source>
        <translation>ID %1 の対話は存在しません。</translation>
    </message>
    <message>
        <source>The dialogue %1 is marked %2, above the limit %3: a brief limited to %3 cannot include it.</source>
        <translation>対話 %1 の取扱区分は %2 で、上限の %3 を上回っています：%3 に限定したブリーフには含められません。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
</context>
<context>
    <name>crosswalk::ChangePlanner</name>
    <message>
        <source>Unknown kind of record: %1</source>
        <translation>不明なレコードの種類です：%1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 の追加</translation>
    </message>
    <message>
        <source>The %1 no longer exists; someone else deleted it</source>
        <translation>%1 は既に存在しません。他のユーザーが削除しました</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <source>Clears %1 of %2</source>
        <translation>%2 の %1 を消去します</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 の削除</translation>
    </message>
    <message>
        <source>Removes the %1 %2</source>
        <translation>%1 %2 を解除します</translation>
    </message>
    <message>
        <source>Deletes %1</source>
        <translation>%1 を削除します</translation>
    </message>
    <message>
        <source>Unknown kind of link: %1</source>
        <translation>不明な関連付けの種類です：%1</translation>
    </message>
    <message>
        <source>One of the records to link no longer exists</source>
        <translation>関連付けるレコードのいずれかが既に存在しません</translation>
    </message>
    <message>
        <source>They are already linked</source>
        <translation>既に関連付けられています</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>%1 の関連付け</translation>
    </message>
    <message>
        <source>They are not linked</source>
        <translation>関連付けられていません</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>%1 の関連付け解除</translation>
    </message>
    <message>
        <source>Add update of %1 on %2</source>
        <translation>%1 の %2 付け更新の追加</translation>
    </message>
    <message>
        <source>update of %1 on %2</source>
        <translation>%1 の %2 付け更新</translation>
    </message>
    <message>
        <source>exclusion of %1 for %2</source>
        <translation>%2 に対する %1 の適用除外</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the code &quot;%2&quot; is given twice</source>
        <translation>%1：コード「%2」が重複して指定されています</translation>
    </message>
</context>
<context>
    <name>crosswalk::ChangeSet</name>
    <message>
        <source>The database is busy or read-only; nothing was changed</source>
        <translation>データベースが使用中か、読み取り専用です。変更は行われていません</translation>
    </message>
    <message>
        <source>The %1 already exists: someone else added it</source>
        <translation>%1 は既に存在します：他のユーザーが追加しました</translation>
    </message>
    <message>
        <source>The %1 no longer exists: someone else removed it</source>
        <translation>%1 は既に存在しません：他のユーザーが削除しました</translation>
    </message>
    <message>
        <source>%1 cannot be added again: a record with its id exists (someone else added it)</source>
        <translation>%1 を再度追加できません：同じ ID のレコードが存在します（他のユーザーが追加しました）</translation>
    </message>
    <message>
        <source>%1 no longer exists: someone else deleted it. Refresh to see the current data.</source>
        <translation>%1 は既に存在しません：他のユーザーが削除しました。最新のデータを表示するには再読み込みしてください。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else. Refresh to see the current data.</source>
        <translation>%1 は他のユーザーによって変更されました。最新のデータを表示するには再読み込みしてください。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed</source>
        <translation>キャンセルしました。何も変更されていません</translation>
    </message>
</context>
<context>
    <name>crosswalk::ChartExporter</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>Cannot save the chart as %1: choose a file name ending in .png or .svg.</source>
        <translation>グラフを %1 として保存できません：末尾が .png または .svg のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Cannot save the chart as %1: the chart has no size yet.</source>
        <translation>グラフを %1 として保存できません：グラフのサイズがまだ決まっていません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Chart exported by Crosswalk</source>
        <translation>Crosswalk でエクスポートしたグラフ</translation>
    </message>
</context>
<context>
    <name>crosswalk::Commitment</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
</context>
<context>
    <name>crosswalk::CommitmentUpdate</name>
    <message>
        <source>Commitment</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
</context>
<context>
    <name>crosswalk::CommitmentUpdatesPanel</name>
    <message>
        <source>Save the commitment first to record its progress.</source>
        <translation>進捗を記録するには、先にコミットメントを保存してください。</translation>
    </message>
    <message>
        <source>Update history</source>
        <translation>更新履歴</translation>
    </message>
    <message>
        <source>New update</source>
        <translation>新しい更新</translation>
    </message>
    <message>
        <source>Add &amp;update</source>
        <translation>更新を追加(&amp;U)</translation>
    </message>
    <message>
        <source>Record this update; when it is the latest, the commitment takes its status and progress</source>
        <translation>この更新を記録します。最新の更新である場合、その状態と進捗がコミットメントに反映されます</translation>
    </message>
</context>
<context>
    <name>crosswalk::CommitmentsPage</name>
    <message>
        <source>Commitments</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>&amp;Update history</source>
        <translation>更新履歴(&amp;U)</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>テーマ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Gaps</source>
        <translation>ギャップ(&amp;G)</translation>
    </message>
    <message>
        <source>P&amp;rogrammes</source>
        <translation>プログラム(&amp;R)</translation>
    </message>
    <message>
        <source>Pro&amp;visions</source>
        <translation>条項(&amp;V)</translation>
    </message>
</context>
<context>
    <name>crosswalk::CoverageScope</name>
    <message>
        <source>There is no party with id %1.</source>
        <translation>ID %1 の当事者は存在しません。</translation>
    </message>
    <message>
        <source>There is no framework with id %1.</source>
        <translation>ID %1 のフレームワークは存在しません。</translation>
    </message>
    <message>
        <source>The source and the target are the same framework (%1); choose another source.</source>
        <translation>対応元と対応先が同じフレームワーク（%1）です。別の対応元を選択してください。</translation>
    </message>
    <message>
        <source>No target framework given.</source>
        <translation>対応先のフレームワークが指定されていません。</translation>
    </message>
    <message>
        <source>Target: there is no framework &quot;%1&quot;.</source>
        <translation>対応先：フレームワーク「%1」は存在しません。</translation>
    </message>
    <message>
        <source>No source party or framework given.</source>
        <translation>対応元の当事者またはフレームワークが指定されていません。</translation>
    </message>
    <message>
        <source>Source: &quot;%1&quot; is both a party and a framework; write party:%1 or framework:%1.</source>
        <translation>対応元：「%1」は当事者とフレームワークの両方に該当します。party:%1 または framework:%1 と指定してください。</translation>
    </message>
    <message>
        <source>Source: there is no party or framework &quot;%1&quot;.</source>
        <translation>対応元：当事者またはフレームワーク「%1」は存在しません。</translation>
    </message>
</context>
<context>
    <name>crosswalk::CoverageTreeProxy</name>
    <message>
        <source>Coverage</source>
        <translation>カバー状況</translation>
    </message>
    <message>
        <source>How far %1 covers each provision of %2</source>
        <translation>%1 が %2 の各条項をどの程度カバーしているか</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(marked on %1, above this provision)</source>
        <translation>（この条項の上位にある %1 で設定）</translation>
    </message>
    <message>
        <source>%1: examined and found unrelated to %2 (no relationship)</source>
        <translation>%1：検討の結果、%2 とは無関係と判断されました（関係なし）</translation>
    </message>
    <message>
        <source>%1: nothing below it is covered by %2</source>
        <translation>%1：下位の条項はいずれも %2 でカバーされていません</translation>
    </message>
    <message>
        <source>%1: no mapping from %2</source>
        <translation>%1：%2 からの対応付けがありません</translation>
    </message>
    <message>
        <source>%1: %2 of %3 provisions below it covered, %4 partly</source>
        <translation>%1：下位の条項 %3 件のうち %2 件がカバー済み、%4 件が一部カバー</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1：%2 による</translation>
    </message>
    <message>
        <source>(a mapping on %1, above this provision)</source>
        <translation>（この条項の上位にある %1 の対応付けによる）</translation>
    </message>
    <message>
        <source>%1, strength %2</source>
        <translation>%1、強度 %2</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
</context>
<context>
    <name>crosswalk::CrosswalkMatrixModel</name>
    <message>
        <source>All source groups</source>
        <translation>すべての対応元グループ</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>すべての対応先グループ</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>すべてのグループ</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Every mapping of the source group, whatever its target</source>
        <translation>対応元グループのすべての対応付け（対応先を問わない）</translation>
    </message>
    <message>
        <source>Every mapping onto the target group, from any source group</source>
        <translation>対応先グループへのすべての対応付け（対応元グループを問わない）</translation>
    </message>
    <message>
        <source>%1 — 1 provision in the group</source>
        <translation>%1 — グループ内の条項 1 件</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n provisions in the group</source>
        <translation>
            <numerusform>%1 — グループ内の条項 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No mappings.</source>
        <translation>対応付けはありません。</translation>
    </message>
    <message>
        <source>1 mapping; relationship: %1</source>
        <translation>対応付け 1 件、関係：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n mappings; strongest relationship: %1</source>
        <translation>
            <numerusform>対応付け %n 件、最も強い関係：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>; best strength %1 of 10</source>
        <translation>、最大強度 %1 / 10</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no mappings</source>
        <translation>対応付けなし</translation>
    </message>
    <message>
        <source>every provision of the target group is marked not applicable to the source party</source>
        <translation>対応先グループのすべての条項が、対応元の当事者に対して適用外とされています</translation>
    </message>
    <message>
        <source>%1 of %2 applicable provisions covered, %3 partly; score %4 %</source>
        <translation>適用対象の条項 %2 件のうち %1 件がカバー済み、%3 件が一部カバー、スコア %4%</translation>
    </message>
    <message numerus="yes">
        <source>; %n not applicable</source>
        <translation>
            <numerusform>、適用外 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No mappings</source>
        <translation>対応付けなし</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>適用外</translation>
    </message>
    <message>
        <source>Mapped, nothing covered</source>
        <translation>対応付けあり、カバーなし</translation>
    </message>
    <message>
        <source>Covers little</source>
        <translation>わずかにカバー</translation>
    </message>
    <message>
        <source>Covers some</source>
        <translation>一部をカバー</translation>
    </message>
    <message>
        <source>Covers most</source>
        <translation>大部分をカバー</translation>
    </message>
    <message>
        <source>Covers all</source>
        <translation>すべてカバー</translation>
    </message>
</context>
<context>
    <name>crosswalk::CrosswalkPage</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Allow mappings &amp;within one framework</source>
        <translation>同一フレームワーク内の対応付けを許可(&amp;W)</translation>
    </message>
    <message>
        <source>A crosswalk maps between frameworks; a mapping between two provisions of one framework is refused unless this is checked</source>
        <translation>対応付けはフレームワーク間で行うものです。これをオンにしない限り、同一フレームワーク内の二つの条項の対応付けは拒否されます</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>対応付け一覧</translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation>対応付け</translation>
    </message>
    <message>
        <source>%1 is not in the source or the target chosen above. Choose its framework (or its party) there to see it.</source>
        <translation>%1 は上で選択した対応元にも対応先にも含まれていません。表示するには、そこでその条項のフレームワーク（またはその当事者）を選択してください。</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>適用外</translation>
    </message>
    <message>
        <source>A provision is marked not applicable to a party, and the source %1 has no issuing party. Choose a party (or a framework a party issued) as the source first.</source>
        <translation>適用外は当事者に対して設定するものですが、対応元 %1 には発行主体の当事者がありません。先に当事者（または当事者が発行したフレームワーク）を対応元として選択してください。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>none (nothing applicable)</source>
        <translation>なし（適用対象なし）</translation>
    </message>
    <message>
        <source>Covered %1 · Partly %2 · Not covered %3 · Not applicable %4 · Score %5</source>
        <translation>カバー済み %1 · 一部カバー %2 · 未カバー %3 · 適用外 %4 · スコア %5</translation>
    </message>
    <message>
        <source>Coverage of %1 by %2, counted over its provisions without sub-provisions. The score counts a covered provision 1 and a partly covered one its best strength / 10.</source>
        <translation>%2 による %1 のカバー状況（下位条項を持たない条項を単位として集計）。スコアは、カバー済みの条項を 1、一部カバーの条項をその最大強度 / 10 として計算します。</translation>
    </message>
    <message>
        <source>Source provisions</source>
        <translation>対応元の条項</translation>
    </message>
    <message>
        <source>Target provisions</source>
        <translation>対応先の条項</translation>
    </message>
    <message>
        <source>Source: %1, all its frameworks (%2)</source>
        <translation>対応元：%1、そのすべてのフレームワーク（%2 件）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>対応元：%1</translation>
    </message>
    <message>
        <source>Target: %1, covered by %2</source>
        <translation>対応先：%1（%2 によるカバー）</translation>
    </message>
    <message>
        <source>A&amp;pplicable again</source>
        <translation>適用対象に戻す(&amp;P)</translation>
    </message>
    <message>
        <source>Not a&amp;pplicable…</source>
        <translation>適用外にする(&amp;P)…</translation>
    </message>
    <message>
        <source>Remove the mark: the selected provision counts for %1 again</source>
        <translation>マークを解除します：選択した条項は再び %1 の集計対象になります</translation>
    </message>
    <message>
        <source>Mark the selected target provision as not applicable to the source&apos;s party, with a justification</source>
        <translation>選択した対応先の条項を、根拠を付けて対応元の当事者に対して適用外とします</translation>
    </message>
</context>
<context>
    <name>crosswalk::CsvImport</name>
    <message>
        <source>Framework</source>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <source>Code of the provision&apos;s framework (required unless one framework is chosen for every row)</source>
        <translation>条項が属するフレームワークのコード（すべての行に一つのフレームワークを選択しない場合は必須）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Code of the provision, unique within its framework</source>
        <translation>条項のコード（フレームワーク内で一意）</translation>
    </message>
    <message>
        <source>Parent code</source>
        <translation>親のコード</translation>
    </message>
    <message>
        <source>Code of the parent provision in the same framework (in the database or in the file); empty for a top-level provision</source>
        <translation>同じフレームワーク内の親条項のコード（データベース内またはファイル内）。最上位の条項の場合は空</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>順序</translation>
    </message>
    <message>
        <source>Position among its siblings (whole number); empty: after the existing ones, in file order</source>
        <translation>兄弟条項の中での位置（整数）。空の場合は既存の条項の後にファイルの順序で配置</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>The provision as cited (&quot;Art. 5&quot;)</source>
        <translation>引用時の条項の表記（例：&quot;Art. 5&quot;）</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>英語の名称</translation>
    </message>
    <message>
        <source>Title (original language)</source>
        <translation>名称（原語）</translation>
    </message>
    <message>
        <source>Title in the document&apos;s own language</source>
        <translation>文書の原語による名称</translation>
    </message>
    <message>
        <source>Summary (English)</source>
        <translation>概要（英語）</translation>
    </message>
    <message>
        <source>English summary</source>
        <translation>英語の概要</translation>
    </message>
    <message>
        <source>Summary (original language)</source>
        <translation>概要（原語）</translation>
    </message>
    <message>
        <source>Summary in the document&apos;s own language</source>
        <translation>文書の原語による概要</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>施行日</translation>
    </message>
    <message>
        <source>When the provision takes effect: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>条項の施行日：YYYY、YYYY-MM または YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Citation or address</source>
        <translation>出典の表記またはアドレス（URL など）</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>確認状況</translation>
    </message>
    <message>
        <source>official, secondary or unverified (the default)</source>
        <translation>official（公式）、secondary（二次資料）または unverified（未確認。既定）</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>確認メモ</translation>
    </message>
    <message>
        <source>How the facts were checked</source>
        <translation>事実の確認方法</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>取扱区分</translation>
    </message>
    <message>
        <source>TLP level: CLEAR (the default), GREEN, AMBER, AMBER+STRICT or RED</source>
        <translation>TLP レベル：CLEAR（既定）、GREEN、AMBER、AMBER+STRICT または RED</translation>
    </message>
    <message>
        <source>Caveat</source>
        <translation>注意事項</translation>
    </message>
    <message>
        <source>National caveat shown beside the TLP level</source>
        <translation>TLP レベルの横に表示する国別の注意事項</translation>
    </message>
    <message>
        <source>Source framework</source>
        <translation>対応元のフレームワーク</translation>
    </message>
    <message>
        <source>Code of the source provision&apos;s framework (required unless one is chosen for every row)</source>
        <translation>対応元の条項が属するフレームワークのコード（すべての行に一つのフレームワークを選択しない場合は必須）</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>対応元のコード</translation>
    </message>
    <message>
        <source>Code of the source provision</source>
        <translation>対応元の条項のコード</translation>
    </message>
    <message>
        <source>Target framework</source>
        <translation>対応先のフレームワーク</translation>
    </message>
    <message>
        <source>Code of the target provision&apos;s framework (required unless one is chosen for every row)</source>
        <translation>対応先の条項が属するフレームワークのコード（すべての行に一つのフレームワークを選択しない場合は必須）</translation>
    </message>
    <message>
        <source>Target code</source>
        <translation>対応先のコード</translation>
    </message>
    <message>
        <source>Code of the target provision</source>
        <translation>対応先の条項のコード</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>equal, subset_of, superset_of, intersects_with or no_relationship (or their labels)</source>
        <translation>equal、subset_of、superset_of、intersects_with または no_relationship（またはそれらの表示名）</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>syntactic, semantic (the default) or functional</source>
        <translation>syntactic（構文的）、semantic（意味的。既定）または functional（機能的）</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <source>0-10: 10 for equal, 0 for no relationship (filled in when empty), 1-9 otherwise or empty</source>
        <translation>0～10：同等は 10、関係なしは 0（空の場合は自動入力）、それ以外は 1～9 または空</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Why the provisions relate as stated</source>
        <translation>条項が記載の関係にある理由</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>自由記述の備考</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>レビュー状況</translation>
    </message>
    <message>
        <source>draft (the default), complete (needs reviewer and review date), deprecated or superseded</source>
        <translation>draft（草案。既定）、complete（完了。レビュー担当者とレビュー日が必要）、deprecated（非推奨）または superseded（置換済み）</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Who made the mapping</source>
        <translation>対応付けの作成者</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>レビュー担当者</translation>
    </message>
    <message>
        <source>Who reviewed it</source>
        <translation>レビューを行った人</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>レビュー日</translation>
    </message>
    <message>
        <source>When it was reviewed: YYYY-MM-DD</source>
        <translation>レビューを行った日：YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>%1: the file is %2 bytes, larger than the limit of %3 bytes</source>
        <translation>%1：ファイルのサイズは %2 バイトで、上限の %3 バイトを超えています</translation>
    </message>
    <message>
        <source>%1: no framework has the code &quot;%2&quot;</source>
        <translation>%1：コードが &quot;%2&quot; のフレームワークはありません</translation>
    </message>
    <message>
        <source>%1: the first row is not a header naming the fields; choose which column holds which field (fields: %2)</source>
        <translation>%1：先頭行はフィールド名を示すヘッダーではありません。どの列にどのフィールドが含まれるかを指定してください（フィールド：%2）</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (fields: %3)</source>
        <translation>%1：不明なフィールド &quot;%2&quot; です（フィールド：%3）</translation>
    </message>
    <message>
        <source>%1: there is no column %2 for the field %3 (the columns are 1 to %4)</source>
        <translation>%1：フィールド %3 に指定された列 %2 はありません（列は 1～%4 です）</translation>
    </message>
    <message>
        <source>%1: columns %2 and %3 both hold the field %4</source>
        <translation>%1：列 %2 と列 %3 の両方にフィールド %4 が指定されています</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: required columns missing: %2; columns found: %3</source>
        <translation>%1：必須の列がありません：%2。見つかった列：%3</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>Columns not imported (no field of that name): %1</source>
        <translation>インポートされない列（該当する名前のフィールドがありません）：%1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1：ファイルを読み込めません：%2</translation>
    </message>
    <message>
        <source>the row has %1 fields, but the header has %2</source>
        <translation>この行のフィールド数は %1 ですが、ヘッダーのフィールド数は %2 です</translation>
    </message>
    <message>
        <source>the row has %1 fields, but the first row has %2</source>
        <translation>この行のフィールド数は %1 ですが、先頭行のフィールド数は %2 です</translation>
    </message>
    <message>
        <source>%1: the file holds no rows</source>
        <translation>%1：ファイルに行がありません</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>no framework has the code &quot;%1&quot;</source>
        <translation>コードが &quot;%1&quot; のフレームワークはありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; は整数ではありません</translation>
    </message>
    <message>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 は %2 から %3 の範囲にありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; は有効な値ではありません（有効な値：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice in %2 (first on line %3)</source>
        <translation>&quot;%1&quot; が %2 で重複しています（最初は %3 行目）</translation>
    </message>
    <message>
        <source>%1 has no provision &quot;%2&quot; (in the database or in the file)</source>
        <translation>%1 に条項 &quot;%2&quot; はありません（データベース内にもファイル内にもありません）</translation>
    </message>
    <message>
        <source>a provision cannot be its own parent</source>
        <translation>条項を自身の親に設定することはできません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would make the provision its own ancestor</source>
        <translation>&quot;%1&quot; を指定すると、条項が自身の上位になります</translation>
    </message>
    <message>
        <source>%1 has no provision &quot;%2&quot;</source>
        <translation>%1 に条項 &quot;%2&quot; はありません</translation>
    </message>
    <message>
        <source>a provision cannot be mapped to itself</source>
        <translation>条項をそれ自身に対応付けることはできません</translation>
    </message>
    <message>
        <source>%1 is in the same framework as the source provision %2; mappings within one framework are not imported</source>
        <translation>%1 は対応元の条項 %2 と同じフレームワークに属しています。同一フレームワーク内の対応付けはインポートされません</translation>
    </message>
    <message>
        <source>the mapping %1 → %2 is given twice (first on line %3)</source>
        <translation>対応付け %1 → %2 が重複しています（最初は %3 行目）</translation>
    </message>
    <message>
        <source>must be 10 for &apos;equal&apos; (same scope)</source>
        <translation>「同等」（同一の範囲）の場合は 10 でなければなりません</translation>
    </message>
    <message>
        <source>must be 0 for &apos;no relationship&apos;</source>
        <translation>「関係なし」の場合は 0 でなければなりません</translation>
    </message>
    <message>
        <source>%1 is not between 1 and 9, as &apos;%2&apos; needs</source>
        <translation>%1 は「%2」に必要な 1～9 の範囲にありません</translation>
    </message>
    <message>
        <source>a reviewer is required for a reviewed (complete) mapping</source>
        <translation>レビュー済み（完了）の対応付けにはレビュー担当者が必要です</translation>
    </message>
    <message>
        <source>a review date is required for a reviewed (complete) mapping</source>
        <translation>レビュー済み（完了）の対応付けにはレビュー日が必要です</translation>
    </message>
    <message>
        <source>Import provisions from %1</source>
        <translation>%1 から条項をインポート</translation>
    </message>
    <message>
        <source>Import mappings from %1</source>
        <translation>%1 から対応付けをインポート</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no column number: write every entry as field=N, or list the fields in column order without numbers</source>
        <translation>&quot;%1&quot; に列番号がありません。すべての項目を field=N の形式で指定するか、番号を付けずに列の順にフィールドを並べてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the column number must be a whole number from 1</source>
        <translation>&quot;%1&quot;：列番号は 1 以上の整数でなければなりません</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (fields: %2)</source>
        <translation>不明なフィールド &quot;%1&quot; です（フィールド：%2）</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is given twice</source>
        <translation>フィールド &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>no columns given (fields: %1)</source>
        <translation>列が指定されていません（フィールド：%1）</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1：%2 行目、列 %3：%4</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1：%2 行目：%3</translation>
    </message>
</context>
<context>
    <name>crosswalk::CsvImportWizard</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>%1 (column %2 of the file)</source>
        <translation>%1（ファイルの %2 列目）</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV のインポート</translation>
    </message>
    <message>
        <source>&amp;Check and import...</source>
        <translation>検査してインポート(&amp;C)...</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Choose the CSV file, what it holds and how to read it.</source>
        <translation>CSV ファイル、その内容および読み込み方法を選択してください。</translation>
    </message>
    <message>
        <source>A CSV file of provisions or of mappings</source>
        <translation>条項または対応付けの CSV ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <source>Provisions of a framework</source>
        <translation>フレームワークの条項</translation>
    </message>
    <message>
        <source>Mappings between provisions</source>
        <translation>条項間の対応付け</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>This build of Qt cannot decode Shift_JIS.</source>
        <translation>この Qt ビルドでは Shift_JIS をデコードできません。</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>カンマ（ , ）</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>セミコロン（ ; ）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>The first row names the columns</source>
        <translation>先頭行が列名を示す</translation>
    </message>
    <message>
        <source>No header: the first row is data</source>
        <translation>ヘッダーなし：先頭行からデータ</translation>
    </message>
    <message>
        <source>(named in a column of the file)</source>
        <translation>（ファイルの列で指定）</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>内容(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>区切り文字(&amp;D)：</translation>
    </message>
    <message>
        <source>Header ro&amp;w:</source>
        <translation>ヘッダー行(&amp;W)：</translation>
    </message>
    <message>
        <source>F&amp;ramework:</source>
        <translation>フレームワーク(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Source framework:</source>
        <translation>対応元のフレームワーク(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Target framework:</source>
        <translation>対応先のフレームワーク(&amp;T)：</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Choose the field each column holds. Fields marked * are required.</source>
        <translation>各列に含まれるフィールドを選択してください。* の付いたフィールドは必須です。</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>先頭の値</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Preview and check</source>
        <translation>プレビューと検査</translation>
    </message>
    <message>
        <source>The first rows as they will be read, and the problems of every row of the file. Nothing is imported while a row has an error.</source>
        <translation>読み込まれる状態での先頭の行と、ファイルのすべての行の問題点です。エラーのある行が残っている間は何もインポートされません。</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>ファイルの先頭の行</translation>
    </message>
    <message>
        <source>&amp;Check all rows</source>
        <translation>すべての行を検査(&amp;C)</translation>
    </message>
    <message>
        <source>Errors of the rows</source>
        <translation>行のエラー</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>One row per provision. Provisions are matched by code within their framework: a new code is added, a known one updated. A parent code names a provision of the same framework, in the database or anywhere in the file.</source>
        <translation>1 行に 1 件の条項を記載します。条項はフレームワーク内のコードで照合され、新しいコードは追加、既存のコードは更新されます。親のコードには、同じフレームワークの条項（データベース内、またはファイル内の任意の位置）を指定します。</translation>
    </message>
    <message>
        <source>One row per mapping, from a source provision to a target provision, each named by its framework and code. A pair already mapped is updated.</source>
        <translation>1 行に 1 件の対応付けを、対応元の条項から対応先の条項へ、それぞれフレームワークとコードで指定して記載します。既に対応付けられている組は更新されます。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>Field of column %1</source>
        <translation>列 %1 のフィールド</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（無視）</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Read as %1, delimiter %2, %3.</source>
        <translation>読み込み設定：%1、区切り文字 %2、%3。</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>the first row naming the columns</source>
        <translation>先頭行が列名</translation>
    </message>
    <message>
        <source>without a header row</source>
        <translation>ヘッダー行なし</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>次のフィールドの列を選択してください：%1。</translation>
    </message>
    <message>
        <source>%1 is chosen for several columns (%2); keep one.</source>
        <translation>%1 が複数の列（%2）に選択されています。一つだけにしてください。</translation>
    </message>
    <message>
        <source>Every required field has a column.</source>
        <translation>すべての必須フィールドに列が割り当てられています。</translation>
    </message>
    <message>
        <source>The rows cannot be checked here.</source>
        <translation>ここでは行を検査できません。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を検査しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>ファイルをインポートできません：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1 rows; nothing is imported until they are corrected in the file.</source>
        <translation>
            <numerusform>%1 行中にエラーが %n 件あります。ファイルで修正するまで何もインポートされません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>最初の %1 件を表示しています。</translation>
    </message>
    <message>
        <source>All %1 rows can be imported. %2</source>
        <translation>%1 行すべてをインポートできます。%2</translation>
    </message>
</context>
<context>
    <name>crosswalk::CsvReader</name>
    <message>
        <source>%1, line %2: the bytes here are not valid %3 text</source>
        <translation>%1、%2 行目：この位置のバイト列は有効な %3 テキストではありません</translation>
    </message>
    <message>
        <source>%1, line %2: the file ends in the middle of a %3 character</source>
        <translation>%1、%2 行目：ファイルが %3 の文字の途中で終わっています</translation>
    </message>
    <message>
        <source>%1, line %2: the file is larger than the limit of %3 bytes</source>
        <translation>%1、%2 行目：ファイルが上限の %3 バイトを超えています</translation>
    </message>
    <message>
        <source>%1: the file cannot be read: %2</source>
        <translation>%1：ファイルを読み込めません：%2</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>ファイルなし</translation>
    </message>
    <message>
        <source>%1: %2 text cannot be read on this system (Qt was built without ICU)</source>
        <translation>%1：このシステムでは %2 のテキストを読み込めません（Qt が ICU なしでビルドされています）</translation>
    </message>
    <message>
        <source>%1, line %2: a field is longer than the limit of %3 characters</source>
        <translation>%1、%2 行目：フィールドが上限の %3 文字を超えています</translation>
    </message>
    <message>
        <source>%1, line %2: the record that starts here is longer than the limit of %3 characters</source>
        <translation>%1、%2 行目：ここから始まるレコードが上限の %3 文字を超えています</translation>
    </message>
    <message>
        <source>%1, line %2: the quoted field that starts here is never closed</source>
        <translation>%1、%2 行目：ここから始まる引用符付きフィールドが閉じられていません</translation>
    </message>
</context>
<context>
    <name>crosswalk::DashboardChartView</name>
    <message>
        <source>Save chart…</source>
        <translation>グラフを保存…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>グラフを保存</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG image</source>
        <translation>このグラフを PNG または SVG 画像として保存します</translation>
    </message>
    <message>
        <source>There is nothing to save</source>
        <translation>保存するものがありません</translation>
    </message>
    <message>
        <source>&amp;Save chart as…</source>
        <translation>グラフに名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
</context>
<context>
    <name>crosswalk::DashboardCharts</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Coverage of %1 by %2, by group</source>
        <translation>%2 による %1 のカバー状況（グループ別）</translation>
    </message>
    <message>
        <source>Coverage by group</source>
        <translation>グループ別のカバー状況</translation>
    </message>
    <message>
        <source>Provisions (counted at the lowest level)</source>
        <translation>条項（最下位レベルで集計）</translation>
    </message>
</context>
<context>
    <name>crosswalk::DashboardFigures</name>
    <message>
        <source>Choose a source and a target framework to see their coverage.</source>
        <translation>カバー状況を表示するには、対応元と対応先のフレームワークを選択してください。</translation>
    </message>
    <message>
        <source>%1 covered by %2: %3 covered, %4 partly, %5 not covered, %6 not applicable</source>
        <translation>%2 による %1 のカバー状況：カバー済み %3、一部カバー %4、未カバー %5、適用外 %6</translation>
    </message>
    <message>
        <source>%1 — no applicable provision</source>
        <translation>%1 — 適用対象の条項なし</translation>
    </message>
    <message>
        <source>%1 — score %2%</source>
        <translation>%1 — スコア %2%</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>テーマなし</translation>
    </message>
</context>
<context>
    <name>crosswalk::DashboardPage</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Double-click a commitment to open it</source>
        <translation>コミットメントをダブルクリックすると開きます</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Every commitment, programme and gap counts.</source>
        <translation>すべてのコミットメント、プログラムおよびギャップを集計します。</translation>
    </message>
    <message>
        <source>Commitments led by or made to %1, the parties above it or its agencies (or by no party); programmes they lead or take part in; gaps they own (or no one owns).</source>
        <translation>%1、その上位の当事者またはその機関が主担当となっているか相手方となっているコミットメント（当事者の指定がないものを含む）、これらが主担当となっているか参加しているプログラム、これらが担当するギャップ（担当の指定がないものを含む）を集計します。</translation>
    </message>
    <message>
        <source>Gaps on provisions of %1 or on no provision.</source>
        <translation>%1 の条項に対するギャップ、および条項の指定がないギャップを集計します。</translation>
    </message>
    <message>
        <source>Commitments: %1 · Gaps: %2 (unresolved: %3) · Overdue commitments: %4 · Party: %5 · As of %6</source>
        <translation>コミットメント：%1 · ギャップ：%2（未解決：%3） · 期限超過のコミットメント：%4 · 当事者：%5 · %6 時点</translation>
    </message>
    <message>
        <source>Commitments by status</source>
        <translation>状態別のコミットメント</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>Commitments by theme</source>
        <translation>テーマ別のコミットメント</translation>
    </message>
    <message>
        <source>Unresolved gaps by severity</source>
        <translation>深刻度別の未解決ギャップ</translation>
    </message>
    <message>
        <source>Gaps (open or mitigating)</source>
        <translation>ギャップ（未解決または緩和中）</translation>
    </message>
    <message>
        <source>Gaps by status</source>
        <translation>状態別のギャップ</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>No commitment is overdue (as of %1).</source>
        <translation>期限を超過したコミットメントはありません（%1 時点）。</translation>
    </message>
    <message>
        <source>Overdue commitments (%1, as of %2)</source>
        <translation>期限超過のコミットメント（%1 件、%2 時点）</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>グラフを保存</translation>
    </message>
</context>
<context>
    <name>crosswalk::DashboardTimeline</name>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — 期限超過</translation>
    </message>
    <message>
        <source>Timeline: programme periods and commitment due dates</source>
        <translation>タイムライン：プログラムの期間とコミットメントの期限</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>プログラム：%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>unknown start</source>
        <translation>開始日不明</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>終了日未定</translation>
    </message>
    <message>
        <source>%1 %2
%3 (%4)</source>
        <translation>%1 %2
%3（%4）</translation>
    </message>
    <message>
        <source>Commitment due</source>
        <translation>コミットメントの期限</translation>
    </message>
    <message>
        <source>Commitment done or dropped</source>
        <translation>完了または取り下げ済みのコミットメント</translation>
    </message>
    <message>
        <source>Overdue commitment</source>
        <translation>期限超過のコミットメント</translation>
    </message>
    <message>
        <source>%1 %2
due %3 (%4)</source>
        <translation>%1 %2
期限 %3（%4）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今日（%1）</translation>
    </message>
</context>
<context>
    <name>crosswalk::Database</name>
    <message>
        <source>%1 was written by a newer version of Crosswalk (schema version %2; this program reads up to %3). It was not changed.</source>
        <translation>%1 は新しいバージョンの Crosswalk で作成されています（スキーマバージョン %2。このプログラムが読み込めるのはバージョン %3 までです）。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder %2 does not exist</source>
        <translation>%1 を作成できません：フォルダー %2 が存在しません</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 を開けません：%2</translation>
    </message>
    <message>
        <source>The schema script %1 is missing from this build</source>
        <translation>このビルドにはスキーマスクリプト %1 が含まれていません</translation>
    </message>
    <message>
        <source>Schema upgrade failed: %1</source>
        <translation>スキーマのアップグレードに失敗しました：%1</translation>
    </message>
    <message>
        <source>%1 cannot be upgraded: %2</source>
        <translation>%1 をアップグレードできません：%2</translation>
    </message>
    <message>
        <source>%1 cannot be replaced</source>
        <translation>%1 を上書きできません</translation>
    </message>
    <message>
        <source>A copy cannot be written to %1: %2</source>
        <translation>%1 にコピーを書き込めません：%2</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>整合性：%1</translation>
    </message>
    <message>
        <source>foreign key: row %1 of %2 refers to a missing row of %3</source>
        <translation>外部キー：%2 の行 %1 が、存在しない %3 の行を参照しています</translation>
    </message>
    <message>
        <source>%1 is the open database; a copy needs another file name</source>
        <translation>%1 は現在開いているデータベースです。コピーには別のファイル名を指定してください</translation>
    </message>
</context>
<context>
    <name>crosswalk::Delegate</name>
    <message>
        <source>Dialogue</source>
        <translation>対話</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
</context>
<context>
    <name>crosswalk::DelegatesPanel</name>
    <message>
        <source>Save the dialogue first to list its delegates.</source>
        <translation>代表団員を一覧表示するには、先に対話を保存してください。</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>代表団員</translation>
    </message>
    <message>
        <source>New dele&amp;gate</source>
        <translation>新しい代表団員(&amp;G)</translation>
    </message>
    <message>
        <source>Save delegate</source>
        <translation>代表団員を保存</translation>
    </message>
    <message>
        <source>Delete delegate</source>
        <translation>代表団員を削除</translation>
    </message>
</context>
<context>
    <name>crosswalk::DetailPanel</name>
    <message>
        <source>Select a framework or one of its provisions to see its details.</source>
        <translation>フレームワークまたはその条項を選択すると、ここに詳細が表示されます。</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>コード：</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>参照番号：</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>名称（英語）：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種別：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態：</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>出典：</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>確認状況：</translation>
    </message>
    <message>
        <source>Verification note:</source>
        <translation>確認メモ：</translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation>取扱区分：</translation>
    </message>
    <message>
        <source>Caveat:</source>
        <translation>注意事項：</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <source>Opens in your web browser</source>
        <translation>ウェブブラウザーで開きます</translation>
    </message>
    <message>
        <source>original language</source>
        <translation>原語</translation>
    </message>
    <message>
        <source>Title (%1):</source>
        <translation>名称（%1）：</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明：</translation>
    </message>
    <message>
        <source>Adopted:</source>
        <translation>採択日：</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Summary (English):</source>
        <translation>概要（英語）：</translation>
    </message>
    <message>
        <source>Summary (%1):</source>
        <translation>概要（%1）：</translation>
    </message>
    <message>
        <source>Effective:</source>
        <translation>施行日：</translation>
    </message>
</context>
<context>
    <name>crosswalk::Dialogue</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Round number must be 1 or more</source>
        <translation>回次は 1 以上でなければなりません</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
</context>
<context>
    <name>crosswalk::DialoguesPage</name>
    <message>
        <source>Dialogues</source>
        <translation>対話</translation>
    </message>
    <message>
        <source>Pa&amp;rties</source>
        <translation>当事者(&amp;R)</translation>
    </message>
    <message>
        <source>Dele&amp;gates</source>
        <translation>代表団員(&amp;G)</translation>
    </message>
</context>
<context>
    <name>crosswalk::DocumentWriter</name>
    <message>
        <source>No font for Japanese is installed (install fonts-noto-cjk); Japanese documents are not written to avoid empty boxes.</source>
        <translation>日本語フォントがインストールされていません（fonts-noto-cjk をインストールしてください）。文字が空の四角で表示されるのを避けるため、日本語の文書は書き出しません。</translation>
    </message>
    <message>
        <source>Cannot write %1: unknown document format.</source>
        <translation>%1 に書き込めません：不明な文書形式です。</translation>
    </message>
    <message>
        <source>Documents can only be painted by a program with a graphical interface.</source>
        <translation>文書の描画は、グラフィカルインターフェースを持つプログラムでのみ行えます。</translation>
    </message>
    <message>
        <source>The page is too small for the document.</source>
        <translation>ページが小さすぎて文書を配置できません。</translation>
    </message>
    <message>
        <source>Cannot start painting the document.</source>
        <translation>文書の描画を開始できません。</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the document.</source>
        <translation>文書の %1 ページ目を開始できません。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>the OpenDocument writer failed</source>
        <translation>OpenDocument の書き出し処理に失敗しました</translation>
    </message>
</context>
<context>
    <name>crosswalk::ExchangeActions</name>
    <message>
        <source>&amp;OSCAL file...</source>
        <translation>OSCAL ファイル(&amp;O)...</translation>
    </message>
    <message>
        <source>Import an OSCAL catalog (a framework) or mapping collection (mappings)</source>
        <translation>OSCAL カタログ（フレームワーク）または対応付けコレクション（対応付け）をインポートします</translation>
    </message>
    <message>
        <source>&amp;CSV provisions or mappings...</source>
        <translation>CSV の条項または対応付け(&amp;C)...</translation>
    </message>
    <message>
        <source>Import provisions or mappings from a CSV file</source>
        <translation>CSV ファイルから条項または対応付けをインポートします</translation>
    </message>
    <message>
        <source>&amp;Merge dataset package...</source>
        <translation>データセットパッケージを統合(&amp;M)...</translation>
    </message>
    <message>
        <source>Merge a partner&apos;s dataset package into this database</source>
        <translation>パートナーのデータセットパッケージをこのデータベースに統合します</translation>
    </message>
    <message>
        <source>&amp;OSCAL catalog or mapping collection...</source>
        <translation>OSCAL カタログまたは対応付けコレクション(&amp;O)...</translation>
    </message>
    <message>
        <source>Write a framework as an OSCAL catalog, or its mappings as a mapping collection</source>
        <translation>フレームワークを OSCAL カタログとして、またはその対応付けを対応付けコレクションとして書き出します</translation>
    </message>
    <message>
        <source>&amp;Dataset package...</source>
        <translation>データセットパッケージ(&amp;D)...</translation>
    </message>
    <message>
        <source>Write chosen frameworks or records up to a marking as a dataset package</source>
        <translation>選択したフレームワーク、または指定した取扱区分以下のレコードをデータセットパッケージとして書き出します</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 をキャンセルしました。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>%1 の統合</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 のインポート</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n change(s)…</source>
        <translation>
            <numerusform>%n 件の変更を書き込んでいます…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cancelled; nothing was written.</source>
        <translation>%1 をキャンセルしました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Merged %1: %2</source>
        <translation>%1 を統合しました：%2</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 をインポートしました：%2</translation>
    </message>
    <message>
        <source>Import OSCAL</source>
        <translation>OSCAL のインポート</translation>
    </message>
    <message>
        <source>OSCAL JSON files (*.json);;All files (*)</source>
        <translation>OSCAL JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>The frameworks of this mapping collection could not be recognised:
%1

Choose the source and target frameworks of its mappings.</source>
        <translation>この対応付けコレクションのフレームワークを識別できませんでした：
%1

対応付けの対応元と対応先のフレームワークを選択してください。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV のインポート</translation>
    </message>
    <message>
        <source>Merge dataset package</source>
        <translation>データセットパッケージの統合</translation>
    </message>
    <message>
        <source>Crosswalk dataset packages (*.json);;All files (*)</source>
        <translation>Crosswalk データセットパッケージ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>統合(&amp;M)</translation>
    </message>
    <message>
        <source>Export OSCAL</source>
        <translation>OSCAL のエクスポート</translation>
    </message>
    <message>
        <source>The database holds no framework to export.</source>
        <translation>データベースにエクスポートできるフレームワークがありません。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き込んでいます…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Export dataset package</source>
        <translation>データセットパッケージのエクスポート</translation>
    </message>
</context>
<context>
    <name>crosswalk::Framework</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Adopted date</source>
        <translation>採択日</translation>
    </message>
    <message>
        <source>The %1 cannot be deleted: its provisions are used by %2</source>
        <translation>%1 は、その条項が %2 で使用されているため削除できません</translation>
    </message>
</context>
<context>
    <name>crosswalk::FrameworkEditor</name>
    <message>
        <source>original language</source>
        <translation>原語</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation>名称（%1）</translation>
    </message>
    <message>
        <source>Summary (%1)</source>
        <translation>概要（%1）</translation>
    </message>
    <message>
        <source>(none: top level)</source>
        <translation>（なし：最上位）</translation>
    </message>
</context>
<context>
    <name>crosswalk::FrameworkFilterBar</name>
    <message>
        <source>Search frameworks: code, title, kind, status (Ctrl+F)</source>
        <translation>フレームワークを検索：コード、名称、種別、状態（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search frameworks</source>
        <translation>フレームワークを検索</translation>
    </message>
    <message>
        <source>Filter frameworks by %1</source>
        <translation>%1 でフレームワークを絞り込み</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>crosswalk::FrameworkListModel</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>確認状況</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>取扱区分</translation>
    </message>
</context>
<context>
    <name>crosswalk::FrameworksView</name>
    <message>
        <source>Frameworks</source>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <source>Add &amp;framework</source>
        <translation>フレームワークを追加(&amp;F)</translation>
    </message>
    <message>
        <source>Add a framework</source>
        <translation>フレームワークを追加します</translation>
    </message>
    <message>
        <source>Add provisio&amp;n</source>
        <translation>条項を追加(&amp;N)</translation>
    </message>
    <message>
        <source>Add a provision under the selected one (at the top level when none is selected)</source>
        <translation>選択した条項の下に条項を追加します（選択されていない場合は最上位に追加します）</translation>
    </message>
    <message>
        <source>Add &amp;top-level provision</source>
        <translation>最上位の条項を追加(&amp;T)</translation>
    </message>
    <message>
        <source>Add a provision at the top level of the framework (a chapter, a pillar)</source>
        <translation>フレームワークの最上位に条項（章、柱など）を追加します</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected provision, or the framework when no provision is selected (Delete in the list or the tree)</source>
        <translation>選択した条項を削除します。条項が選択されていない場合はフレームワークを削除します（一覧またはツリーで Delete）</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move the provision before the one above it</source>
        <translation>条項を一つ上の条項の前に移動します</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <source>Move the provision after the one below it</source>
        <translation>条項を一つ下の条項の後に移動します</translation>
    </message>
    <message>
        <source>Sav&amp;e</source>
        <translation>保存(&amp;E)</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>変更を保存します</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>変更を破棄(&amp;R)</translation>
    </message>
    <message>
        <source>Put back the stored values (a new record is dropped)</source>
        <translation>保存済みの値に戻します（新しいレコードは破棄されます）</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>編集(&amp;I)</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>選択したレコードを編集します</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>the new %1</source>
        <translation>新しい%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Discard the changes to %1 that are not saved?</source>
        <translation>%1 に対する未保存の変更を破棄しますか？</translation>
    </message>
    <message>
        <source>Select a framework or a provision to edit it, or add one.</source>
        <translation>編集するフレームワークまたは条項を選択するか、新たに追加してください。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Select a framework or one of its provisions.</source>
        <translation>フレームワークまたはその条項を選択してください。</translation>
    </message>
    <message>
        <source>New framework</source>
        <translation>新しいフレームワーク</translation>
    </message>
    <message>
        <source>Framework %1: %2</source>
        <translation>フレームワーク %1：%2</translation>
    </message>
    <message>
        <source>New provision of %1</source>
        <translation>%1 の新しい条項</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 を上へ移動</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 を下へ移動</translation>
    </message>
    <message>
        <source>Export the frameworks listed as a CSV or Excel file (%1)</source>
        <translation>一覧表示中のフレームワークを CSV または Excel ファイルとしてエクスポートします（%1）</translation>
    </message>
    <message>
        <source>Export pro&amp;visions…</source>
        <translation>条項をエクスポート(&amp;V)…</translation>
    </message>
    <message>
        <source>Export the provisions the tree shows as a CSV or Excel file</source>
        <translation>ツリーに表示中の条項を CSV または Excel ファイルとしてエクスポートします</translation>
    </message>
    <message>
        <source>Provisions of %1</source>
        <translation>%1 の条項</translation>
    </message>
</context>
<context>
    <name>crosswalk::Gap</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Opened date</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Closed date</source>
        <translation>解決日</translation>
    </message>
    <message>
        <source>Closed date is before opened date</source>
        <translation>解決日が登録日より前になっています</translation>
    </message>
</context>
<context>
    <name>crosswalk::GapDerivation</name>
    <message>
        <source>None of the chosen provisions needs a new gap: each is covered or already has a gap.</source>
        <translation>選択した条項はいずれも新しいギャップを必要としません。いずれもカバー済みか、既にギャップがあります。</translation>
    </message>
    <message>
        <source>Partly covered: %1 %2</source>
        <translation>一部カバー：%1 %2</translation>
    </message>
    <message>
        <source>Not covered: %1 %2</source>
        <translation>未カバー：%1 %2</translation>
    </message>
    <message>
        <source>Derived from the coverage of %1 by %2 (score %3%).</source>
        <translation>%2 による %1 のカバー状況から導出（スコア %3%）。</translation>
    </message>
    <message>
        <source>Crosswalk coverage analysis</source>
        <translation>Crosswalk カバー状況分析</translation>
    </message>
    <message>
        <source>Create gap %1</source>
        <translation>ギャップ %1 の作成</translation>
    </message>
    <message numerus="yes">
        <source>Create %n gaps</source>
        <translation>
            <numerusform>ギャップ %n 件の作成</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosswalk::GapSuggestionsPanel</name>
    <message>
        <source>Provision</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Suggested gaps</source>
        <translation>ギャップ候補</translation>
    </message>
    <message>
        <source>Check the provisions to record as gaps (Space checks the current one)</source>
        <translation>ギャップとして記録する条項をチェックしてください（Space キーで現在の条項をチェック）</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>選択解除(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Create gaps</source>
        <translation>ギャップを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Record the checked provisions as open gaps of medium severity (can be undone)</source>
        <translation>チェックした条項を、深刻度「中」の未解決ギャップとして記録します（元に戻すことができます）</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Every provision is covered or already has a gap.</source>
        <translation>すべての条項がカバー済みか、既にギャップがあります。</translation>
    </message>
    <message>
        <source>One provision of %1 is not covered or only partly covered by %2 and has no gap yet. Check it to record it as a gap.</source>
        <translation>%1 の条項 1 件が %2 によって未カバーまたは一部カバーにとどまり、まだギャップがありません。ギャップとして記録するにはチェックしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%n provisions of %1 are not covered or only partly covered by %2 and have no gap yet. Check those to record as gaps.</source>
        <translation>
            <numerusform>%1 の条項 %n 件が %2 によって未カバーまたは一部カバーにとどまり、まだギャップがありません。ギャップとして記録する条項をチェックしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Partly covered</source>
        <translation>一部カバー</translation>
    </message>
    <message>
        <source>Uncovered</source>
        <translation>未カバー</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Create 1 gap</source>
        <translation>ギャップを 1 件作成(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n gaps</source>
        <translation>
            <numerusform>ギャップを %n 件作成(&amp;C)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosswalk::GapsPage</name>
    <message>
        <source>Gaps</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>テーマ(&amp;H)</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>コミットメント(&amp;M)</translation>
    </message>
    <message>
        <source>Pro&amp;grammes</source>
        <translation>プログラム(&amp;G)</translation>
    </message>
</context>
<context>
    <name>crosswalk::ImportReport</name>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>インポートする内容はありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
</context>
<context>
    <name>crosswalk::ImportReportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 のインポート</translation>
    </message>
    <message>
        <source>The file holds nothing to import.</source>
        <translation>ファイルにインポートする内容がありません。</translation>
    </message>
    <message>
        <source>Nothing would change in the database.</source>
        <translation>データベースに変更は生じません。</translation>
    </message>
    <message>
        <source>Records in conflict keep their stored values. Nothing is written until you accept; the whole change can then be undone in one step.</source>
        <translation>競合するレコードは保存済みの値を保持します。承認するまで何も書き込まれません。承認後は、変更全体を一度の操作で元に戻すことができます。</translation>
    </message>
    <message>
        <source>Nothing is written until you accept; the whole change can then be undone in one step.</source>
        <translation>承認するまで何も書き込まれません。承認後は、変更全体を一度の操作で元に戻すことができます。</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>すべて（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S)：</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Records of the import</source>
        <translation>インポート対象のレコード</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>レポートをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the summary, notes and records as plain text</source>
        <translation>概要、注記およびレコードをプレーンテキストとしてコピーします</translation>
    </message>
</context>
<context>
    <name>crosswalk::LinkPanel</name>
    <message>
        <source>Save the record first to link it to others.</source>
        <translation>他のレコードと関連付けるには、先にこのレコードを保存してください。</translation>
    </message>
    <message>
        <source>Linked records (%1)</source>
        <translation>関連付けられたレコード（%1）</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the record</source>
        <translation>ダブルクリックするか Enter キーを押すと、レコードを開きます</translation>
    </message>
    <message>
        <source>Record to link (%1)</source>
        <translation>関連付けるレコード（%1）</translation>
    </message>
    <message>
        <source>Lin&amp;k</source>
        <translation>関連付け(&amp;K)</translation>
    </message>
    <message>
        <source>Link the chosen %1</source>
        <translation>選択した%1を関連付けます</translation>
    </message>
    <message>
        <source>U&amp;nlink</source>
        <translation>関連付け解除(&amp;N)</translation>
    </message>
    <message>
        <source>Remove the link to the selected %1 (Delete)</source>
        <translation>選択した%1との関連付けを解除します（Delete）</translation>
    </message>
</context>
<context>
    <name>crosswalk::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database...</source>
        <translation>新しいデータベース(&amp;N)...</translation>
    </message>
    <message>
        <source>Create an empty database file and switch to it</source>
        <translation>空のデータベースファイルを作成して切り替えます</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>データベースを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open an existing database file</source>
        <translation>既存のデータベースファイルを開きます</translation>
    </message>
    <message>
        <source>Save a &amp;copy...</source>
        <translation>コピーを保存(&amp;C)...</translation>
    </message>
    <message>
        <source>Write a copy of the whole database to another file</source>
        <translation>データベース全体のコピーを別のファイルに書き出します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Crosswalk</source>
        <translation>Crosswalk について(&amp;A)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation>対応付け</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>マトリクス</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>Dialogues</source>
        <translation>対話</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>データベースなし</translation>
    </message>
    <message>
        <source>%1 — Crosswalk</source>
        <translation>%1 — Crosswalk</translation>
    </message>
    <message>
        <source>Crosswalk databases (*.crosswalk *.db);;All files (*)</source>
        <translation>Crosswalk データベース (*.crosswalk *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>%1 is the open database. Choose another file for the new database.</source>
        <translation>%1 は現在開いているデータベースです。新しいデータベースには別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 を作成しました</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <source>%1 is the open database. Choose another file for the copy.</source>
        <translation>%1 は現在開いているデータベースです。コピーには別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>%1 にコピーを保存しました</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Crosswalk %1&lt;/h3&gt;&lt;p&gt;A workbench for cyber-policy alignment: national laws and strategies mapped against allied frameworks, with coverage, gaps, dialogues, commitments and programmes.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crosswalk %1&lt;/h3&gt;&lt;p&gt;サイバー政策の整合のためのワークベンチ：各国の法律・戦略を同盟国・パートナーのフレームワークと対応付け、カバー率、ギャップ、対話、コミットメント、プログラムを管理します。&lt;/p&gt;&lt;p&gt;データベース：%2&lt;/p&gt;&lt;p&gt;Qt %3 で構築。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Crosswalk</source>
        <translation>Crosswalk について</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>レコード(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in all records...</source>
        <translation>すべてのレコードを検索(&amp;F)...</translation>
    </message>
    <message>
        <source>Search every framework, provision, dialogue, commitment, programme, gap, party and theme</source>
        <translation>すべてのフレームワーク、条項、対話、コミットメント、プログラム、ギャップ、当事者およびテーマを検索します</translation>
    </message>
    <message>
        <source>Search this &amp;page</source>
        <translation>このページを検索(&amp;P)</translation>
    </message>
    <message>
        <source>Put the cursor in the search box of the page shown</source>
        <translation>表示中のページの検索ボックスにカーソルを移動します</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>設定(&amp;S)...</translation>
    </message>
    <message>
        <source>Interface language, author name and the default marking of new records</source>
        <translation>表示言語、作成者名および新しいレコードの既定の取扱区分</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read everything again from the database, including changes made in other windows</source>
        <translation>他のウィンドウで行われた変更も含め、データベースからすべてを再度読み込みます</translation>
    </message>
    <message>
        <source>Undo &amp;history</source>
        <translation>元に戻す履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Show or hide the list of changes that can be undone</source>
        <translation>元に戻すことができる変更の一覧を表示または非表示にします</translation>
    </message>
    <message>
        <source>Page &amp;list</source>
        <translation>ページ一覧(&amp;L)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the list of pages</source>
        <translation>キーボードフォーカスをページ一覧に移動します</translation>
    </message>
    <message>
        <source>This page has no records to edit</source>
        <translation>このページには編集できるレコードがありません</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>元に戻す履歴</translation>
    </message>
    <message>
        <source>Database as opened</source>
        <translation>データベースを開いた時点</translation>
    </message>
    <message>
        <source>Every change made since the database was opened; choose one to go back to it.</source>
        <translation>データベースを開いてから行われたすべての変更です。選択すると、その時点に戻ります。</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>参照データ</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>そのレコードは既に存在しません。</translation>
    </message>
    <message>
        <source>No page shows that record.</source>
        <translation>そのレコードを表示するページがありません。</translation>
    </message>
    <message>
        <source>Read again from %1</source>
        <translation>%1 から再度読み込みました</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Some changes have not been saved. Discard them?</source>
        <translation>保存されていない変更があります。破棄しますか？</translation>
    </message>
    <message>
        <source>Unsaved changes on: %1</source>
        <translation>未保存の変更があります：%1</translation>
    </message>
    <message>
        <source>Open recent database</source>
        <translation>最近使用したデータベースを開く</translation>
    </message>
    <message>
        <source>%1 no longer exists. It is removed from the recent databases.</source>
        <translation>%1 は既に存在しません。最近使用したデータベースの一覧から削除します。</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 は既に開かれています</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The new interface language applies the next time Crosswalk starts.</source>
        <translation>新しい表示言語は、次回 Crosswalk の起動時から適用されます。</translation>
    </message>
    <message>
        <source>&amp;Gap suggestions</source>
        <translation>ギャップ候補(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
</context>
<context>
    <name>crosswalk::Mapping</name>
    <message>
        <source>Strength must be 10 for &apos;%1&apos;</source>
        <translation>「%1」の場合、強度は 10 でなければなりません</translation>
    </message>
    <message>
        <source>Strength must be 0 for &apos;%1&apos;</source>
        <translation>「%1」の場合、強度は 0 でなければなりません</translation>
    </message>
    <message>
        <source>Strength must be between 1 and 9 for &apos;%1&apos;</source>
        <translation>「%1」の場合、強度は 1 から 9 の間でなければなりません</translation>
    </message>
    <message>
        <source>Source provision</source>
        <translation>対応元の条項</translation>
    </message>
    <message>
        <source>Target provision</source>
        <translation>対応先の条項</translation>
    </message>
    <message>
        <source>A provision cannot be mapped to itself</source>
        <translation>条項をそれ自身に対応付けることはできません</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>レビュー日</translation>
    </message>
</context>
<context>
    <name>crosswalk::MappingEditor</name>
    <message>
        <source>&amp;Map</source>
        <translation>対応付け(&amp;M)</translation>
    </message>
    <message>
        <source>Map the selected source provision to the selected target provision with the values of the form</source>
        <translation>フォームの値を使って、選択した対応元の条項を選択した対応先の条項に対応付けます</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>変更を保存(&amp;V)</translation>
    </message>
    <message>
        <source>Save the changes to the mapping shown</source>
        <translation>表示中の対応付けの変更を保存します</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the mapping shown (Delete in the list of mappings)</source>
        <translation>表示中の対応付けを削除します（対応付けの一覧で Delete）</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>クリア(&amp;C)</translation>
    </message>
    <message>
        <source>Leave the mapping shown: the form takes the values of a new mapping</source>
        <translation>表示中の対応付けの編集を終えます。フォームには新しい対応付けの値が入ります</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Discard the changes to the %1 that are not saved?</source>
        <translation>%1 に対する未保存の変更を破棄しますか？</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Select a provision on each side first (a framework itself cannot be mapped).</source>
        <translation>先に両側でそれぞれ条項を選択してください（フレームワーク自体は対応付けできません）。</translation>
    </message>
    <message>
        <source>The %1 cannot be added:</source>
        <translation>%1 を追加できません：</translation>
    </message>
    <message>
        <source>The mapping no longer exists; it was deleted meanwhile.</source>
        <translation>この対応付けは既に存在しません。その間に削除されました。</translation>
    </message>
    <message>
        <source>The %1 cannot be saved:</source>
        <translation>%1 を保存できません：</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>対応付けの削除</translation>
    </message>
    <message>
        <source>Delete the %1?</source>
        <translation>%1 を削除しますか？</translation>
    </message>
    <message>
        <source>Editing the %1</source>
        <translation>%1 を編集中</translation>
    </message>
    <message>
        <source>New mapping: %1 → %2. Choose its values, then Map.</source>
        <translation>新しい対応付け：%1 → %2。値を選択してから「対応付け」を押してください。</translation>
    </message>
    <message>
        <source>New mapping: select a provision on each side (or drag one onto the other), choose the values, then Map.</source>
        <translation>新しい対応付け：両側でそれぞれ条項を選択し（または一方を他方にドラッグし）、値を選択してから「対応付け」を押してください。</translation>
    </message>
</context>
<context>
    <name>crosswalk::MappingForm</name>
    <message>
        <source>How the two provisions were compared</source>
        <translation>二つの条項をどのように比較したか</translation>
    </message>
    <message>
        <source>How close the relationship is, 0-10: 7-9 mostly similar, 4-6 about even, 1-3 mostly dissimilar. &apos;Equal&apos; is always 10 and &apos;no relationship&apos; 0.</source>
        <translation>関係の近さ（0～10）：7～9 はおおむね類似、4～6 は類似点と相違点が同程度、1～3 はおおむね非類似。「同等」は常に 10、「関係なし」は常に 0 です。</translation>
    </message>
    <message>
        <source>Draft until reviewed; a complete (reviewed) mapping records its reviewer and date</source>
        <translation>レビューされるまでは草案です。完了（レビュー済み）の対応付けには、レビュー担当者とレビュー日が記録されます</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Why the provisions relate this way</source>
        <translation>条項がこのように関係する根拠</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>関係(&amp;R)：</translation>
    </message>
    <message>
        <source>Rati&amp;onale:</source>
        <translation>理由(&amp;O)：</translation>
    </message>
    <message>
        <source>Strengt&amp;h:</source>
        <translation>強度(&amp;H)：</translation>
    </message>
    <message>
        <source>Review stat&amp;us:</source>
        <translation>レビュー状況(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作成者(&amp;A)：</translation>
    </message>
    <message>
        <source>Rev&amp;iewer:</source>
        <translation>レビュー担当者(&amp;I)：</translation>
    </message>
    <message>
        <source>Review &amp;date:</source>
        <translation>レビュー日(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>根拠(&amp;J)：</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>備考(&amp;E)：</translation>
    </message>
    <message>
        <source>Same scope. Counts as full coverage of the target; strength 10.</source>
        <translation>範囲が同一。対応先の完全なカバーとして扱います。強度は 10 です。</translation>
    </message>
    <message>
        <source>The source covers part of the target. Counts as partial coverage.</source>
        <translation>対応元が対応先の一部をカバーします。部分的なカバーとして扱います。</translation>
    </message>
    <message>
        <source>The source covers all of the target and more. Counts as full coverage.</source>
        <translation>対応元が対応先のすべてを、さらにそれ以上をカバーします。完全なカバーとして扱います。</translation>
    </message>
    <message>
        <source>They overlap; each has parts the other lacks. Counts as partial coverage.</source>
        <translation>両者は重なり合い、それぞれに他方にない部分があります。部分的なカバーとして扱います。</translation>
    </message>
    <message>
        <source>Examined and found unrelated. No coverage, but recorded as reviewed; strength 0.</source>
        <translation>検討の結果、無関係と判断。カバーにはなりませんが、レビュー済みとして記録されます。強度は 0 です。</translation>
    </message>
    <message>
        <source>Compared by wording: the texts say the same or similar things.</source>
        <translation>文言で比較：条文が同一または類似の内容を述べています。</translation>
    </message>
    <message>
        <source>Compared by meaning: the texts mean similar things, though worded differently.</source>
        <translation>意味で比較：文言は異なるものの、条文の意味が類似しています。</translation>
    </message>
    <message>
        <source>Compared by effect: the provisions achieve similar results.</source>
        <translation>効果で比較：条項が類似の結果をもたらします。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1：「%2」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
</context>
<context>
    <name>crosswalk::MappingListPanel</name>
    <message>
        <source>Relationship</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Other provision</source>
        <translation>相手側の条項</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Mappings of the selected provision</source>
        <translation>選択した条項の対応付け</translation>
    </message>
    <message>
        <source>Show the other provision</source>
        <translation>相手側の条項を表示</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 は %3 に対して「%2」</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to show %1 in its tree</source>
        <translation>ダブルクリック（または Enter）で、%1 をそのツリーに表示します</translation>
    </message>
    <message>
        <source>Select a provision in either tree to see its mappings.</source>
        <translation>いずれかのツリーで条項を選択すると、その対応付けが表示されます。</translation>
    </message>
    <message>
        <source>%1: no mappings yet. Select a provision on the other side and press Map, or drag one onto the other.</source>
        <translation>%1：まだ対応付けがありません。反対側で条項を選択して「対応付け」を押すか、一方を他方にドラッグしてください。</translation>
    </message>
    <message>
        <source>Mappings of %1:</source>
        <translation>%1 の対応付け：</translation>
    </message>
</context>
<context>
    <name>crosswalk::MatrixCellList</name>
    <message>
        <source>Mappings of the chosen cell</source>
        <translation>選択したセルの対応付け</translation>
    </message>
    <message>
        <source>Double-click a mapping, or press Enter, to open it on the Crosswalk page</source>
        <translation>対応付けをダブルクリックするか Enter キーを押すと、「対応付け」ページで開きます</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>対応元</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対応先</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>強度</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>レビュー状況</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Stored the other way round: %1 %2 %3</source>
        <translation>逆向きに格納されています：%1 は %3 に対して「%2」</translation>
    </message>
    <message>
        <source>No strength given</source>
        <translation>強度の指定なし</translation>
    </message>
    <message>
        <source>%1: no mappings</source>
        <translation>%1：対応付けなし</translation>
    </message>
    <message>
        <source>%1: 1 mapping</source>
        <translation>%1：対応付け 1 件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n mappings</source>
        <translation>
            <numerusform>%1：対応付け %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosswalk::MatrixLegend</name>
    <message>
        <source>Colour: how much of the target group the source group covers (covered provisions count 1, partly covered ones their strength / 10):</source>
        <translation>色：対応元グループが対応先グループをどの程度カバーしているか（カバー済みの条項は 1、一部カバーの条項はその強度 / 10 として計算）：</translation>
    </message>
    <message>
        <source>every provision</source>
        <translation>すべての条項</translation>
    </message>
    <message>
        <source>two thirds or more</source>
        <translation>3 分の 2 以上</translation>
    </message>
    <message>
        <source>a third to two thirds</source>
        <translation>3 分の 1～3 分の 2</translation>
    </message>
    <message>
        <source>less than a third</source>
        <translation>3 分の 1 未満</translation>
    </message>
    <message>
        <source>only “no relationship”</source>
        <translation>「関係なし」のみ</translation>
    </message>
    <message>
        <source>marked not applicable</source>
        <translation>適用外とされたもの</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>crosswalk::MatrixPage</name>
    <message>
        <source>&amp;Hide source groups without mappings</source>
        <translation>対応付けのない対応元グループを非表示(&amp;H)</translation>
    </message>
    <message>
        <source>Show only the rows of source groups that have at least one mapping to the target</source>
        <translation>対応先への対応付けが 1 件以上ある対応元グループの行のみを表示します</translation>
    </message>
    <message>
        <source>Crosswalk matrix</source>
        <translation>対応付けマトリクス</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix to list its mappings.</source>
        <translation>マトリクスのセルを選択すると、その対応付けが一覧表示されます。</translation>
    </message>
    <message>
        <source>%1 against %2 (%3 × %4 groups): 1 mapping.</source>
        <translation>%1 対 %2（%3 × %4 グループ）：対応付け 1 件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 against %2 (%3 × %4 groups): %n mappings.</source>
        <translation>
            <numerusform>%1 対 %2（%3 × %4 グループ）：対応付け %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage of the target: %1.</source>
        <translation>対応先のカバー状況：%1。</translation>
    </message>
    <message>
        <source>1 deprecated or superseded mapping left out.</source>
        <translation>非推奨または置換済みの対応付け 1 件を除外しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n deprecated or superseded mappings left out.</source>
        <translation>
            <numerusform>非推奨または置換済みの対応付け %n 件を除外しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosswalk::OdtPackage</name>
    <message>
        <source>styles.xml is not an OpenDocument styles document.</source>
        <translation>styles.xml は OpenDocument のスタイル文書ではありません。</translation>
    </message>
    <message>
        <source>styles.xml has an unterminated page layout.</source>
        <translation>styles.xml のページレイアウトが閉じられていません。</translation>
    </message>
    <message>
        <source>styles.xml has an unterminated master page.</source>
        <translation>styles.xml のマスターページが閉じられていません。</translation>
    </message>
    <message>
        <source>META-INF/manifest.xml is not an OpenDocument manifest.</source>
        <translation>META-INF/manifest.xml は OpenDocument のマニフェストではありません。</translation>
    </message>
    <message>
        <source>The OpenDocument package is damaged: %1</source>
        <translation>OpenDocument パッケージが破損しています：%1</translation>
    </message>
    <message>
        <source>it is too short to be a zip archive.</source>
        <translation>zip アーカイブとしては短すぎます。</translation>
    </message>
    <message>
        <source>the end of the zip directory is missing.</source>
        <translation>zip ディレクトリの終端がありません。</translation>
    </message>
    <message>
        <source>multi-part archives are not supported.</source>
        <translation>分割アーカイブには対応していません。</translation>
    </message>
    <message>
        <source>the zip directory lies outside the file.</source>
        <translation>zip ディレクトリがファイルの範囲外にあります。</translation>
    </message>
    <message>
        <source>entry %1 of the zip directory is damaged.</source>
        <translation>zip ディレクトリの項目 %1 が破損しています。</translation>
    </message>
    <message>
        <source>%1 is encrypted.</source>
        <translation>%1 は暗号化されています。</translation>
    </message>
    <message>
        <source>ZIP64 archives are not supported.</source>
        <translation>ZIP64 アーカイブには対応していません。</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 は大きすぎます。</translation>
    </message>
    <message>
        <source>the local header of %1 is missing.</source>
        <translation>%1 のローカルヘッダーがありません。</translation>
    </message>
    <message>
        <source>the data of %1 is truncated.</source>
        <translation>%1 のデータが途中で切れています。</translation>
    </message>
    <message>
        <source>the sizes of %1 disagree.</source>
        <translation>%1 のサイズが一致しません。</translation>
    </message>
    <message>
        <source>%1 cannot be decompressed.</source>
        <translation>%1 を展開できません。</translation>
    </message>
    <message>
        <source>%1 uses an unsupported compression method (%2).</source>
        <translation>%1 は対応していない圧縮方式（%2）を使用しています。</translation>
    </message>
    <message>
        <source>the checksum of %1 is wrong.</source>
        <translation>%1 のチェックサムが正しくありません。</translation>
    </message>
    <message>
        <source>%1 is in the archive twice.</source>
        <translation>%1 がアーカイブに二重に含まれています。</translation>
    </message>
    <message>
        <source>it has no mimetype entry.</source>
        <translation>mimetype の項目がありません。</translation>
    </message>
    <message>
        <source>The OpenDocument package has too many entries.</source>
        <translation>OpenDocument パッケージの項目が多すぎます。</translation>
    </message>
    <message>
        <source>%1 is too large for the OpenDocument package.</source>
        <translation>%1 は OpenDocument パッケージには大きすぎます。</translation>
    </message>
    <message>
        <source>%1 cannot be compressed.</source>
        <translation>%1 を圧縮できません。</translation>
    </message>
    <message>
        <source>The OpenDocument package is too large.</source>
        <translation>OpenDocument パッケージが大きすぎます。</translation>
    </message>
    <message>
        <source>The OpenDocument package has no manifest.</source>
        <translation>OpenDocument パッケージにマニフェストがありません。</translation>
    </message>
</context>
<context>
    <name>crosswalk::OscalCatalog</name>
    <message>
        <source>must be a JSON array</source>
        <translation>JSON 配列でなければなりません</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>required text is missing</source>
        <translation>必須のテキストがありません</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>テキストでなければなりません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sort order (a whole number)</source>
        <translation>&quot;%1&quot; は並び順（整数）ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date</source>
        <translation>&quot;%1&quot; は ISO 8601 形式の日付ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of %2 already; ids must be unique in a catalog</source>
        <translation>&quot;%1&quot; は既に %2 の ID です。ID はカタログ内で一意でなければなりません</translation>
    </message>
    <message>
        <source>[Selection (one or more): %1]</source>
        <translation>[選択（一つ以上）：%1]</translation>
    </message>
    <message>
        <source>[Selection: %1]</source>
        <translation>[選択：%1]</translation>
    </message>
    <message>
        <source>not an OSCAL catalog</source>
        <translation>OSCAL カタログではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>&quot;%1&quot; は UUID ではありません</translation>
    </message>
    <message>
        <source>%1: this catalog was imported as the framework %2; import it again into %2 or without a framework code</source>
        <translation>%1：このカタログはフレームワーク %2 としてインポート済みです。再度 %2 にインポートするか、フレームワークのコードを指定せずにインポートしてください</translation>
    </message>
    <message>
        <source>The framework %1 comes from another catalog; this one is imported as %2</source>
        <translation>フレームワーク %1 は別のカタログから作成されたものです。このカタログは %2 としてインポートします</translation>
    </message>
    <message>
        <source>%1: the issuing party (id %2) does not exist</source>
        <translation>%1：発行主体の当事者（ID %2）は存在しません</translation>
    </message>
    <message>
        <source>Import OSCAL catalog %1</source>
        <translation>OSCAL カタログ %1 のインポート</translation>
    </message>
    <message>
        <source>OSCAL catalog %1</source>
        <translation>OSCAL カタログ %1</translation>
    </message>
    <message>
        <source>not in the catalog any more; kept</source>
        <translation>カタログに含まれなくなりましたが、保持します</translation>
    </message>
    <message>
        <source>There is no framework with the id %1</source>
        <translation>ID %1 のフレームワークはありません</translation>
    </message>
    <message>
        <source>No file name was given for the export.</source>
        <translation>エクスポート先のファイル名が指定されていません。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
</context>
<context>
    <name>crosswalk::OscalDocument</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：ファイルが存在しません</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1：ファイルではありません</translation>
    </message>
    <message>
        <source>%1: the file is %2; OSCAL files larger than %3 are not read</source>
        <translation>%1：ファイルのサイズは %2 です。%3 を超える OSCAL ファイルは読み込みません</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：読み込めません：%2</translation>
    </message>
    <message>
        <source>%1: the document is %2; OSCAL documents larger than %3 are not read</source>
        <translation>%1：文書のサイズは %2 です。%3 を超える OSCAL 文書は読み込みません</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not valid JSON: %4</source>
        <translation>%1：%2 行目、%3 列目：有効な JSON ではありません：%4</translation>
    </message>
    <message>
        <source>%1: $: not an OSCAL document (the JSON is not an object)</source>
        <translation>%1：$：OSCAL 文書ではありません（JSON がオブジェクトではありません）</translation>
    </message>
    <message>
        <source>%1: $: an OSCAL document holds one model; this one holds &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>%1：$：OSCAL 文書に含められるモデルは一つですが、この文書には &quot;%2&quot; と &quot;%3&quot; が含まれています</translation>
    </message>
    <message>
        <source>%1: $: not an OSCAL catalog or mapping collection (the document&apos;s properties are: %2)</source>
        <translation>%1：$：OSCAL カタログでも対応付けコレクションでもありません（文書のプロパティ：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>required object is missing</source>
        <translation>必須のオブジェクトがありません</translation>
    </message>
    <message>
        <source>required text is missing</source>
        <translation>必須のテキストがありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OSCAL version (such as 1.1.2)</source>
        <translation>&quot;%1&quot; は OSCAL のバージョン（1.1.2 など）ではありません</translation>
    </message>
    <message>
        <source>OSCAL %1 is not read; catalogs of OSCAL 1.0 to 1.2 are</source>
        <translation>OSCAL %1 は読み込めません。読み込めるのは OSCAL 1.0～1.2 のカタログです</translation>
    </message>
    <message>
        <source>OSCAL %1 is not read; mapping collections are read in OSCAL 1.2</source>
        <translation>OSCAL %1 は読み込めません。対応付けコレクションは OSCAL 1.2 のもののみ読み込めます</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
</context>
<context>
    <name>crosswalk::OscalExportDialog</name>
    <message>
        <source>Export OSCAL</source>
        <translation>OSCAL のエクスポート</translation>
    </message>
    <message>
        <source>Frameworks of the mapping collection</source>
        <translation>対応付けコレクションのフレームワーク</translation>
    </message>
    <message>
        <source>&amp;Catalog of one framework (its provisions)</source>
        <translation>一つのフレームワークのカタログ（その条項）(&amp;C)</translation>
    </message>
    <message>
        <source>Framework of the catalog</source>
        <translation>カタログのフレームワーク</translation>
    </message>
    <message>
        <source>&amp;Mapping collection (the mappings from one framework to another)</source>
        <translation>対応付けコレクション（あるフレームワークから別のフレームワークへの対応付け）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>フレームワーク(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Source framework:</source>
        <translation>対応元のフレームワーク(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Target framework:</source>
        <translation>対応先のフレームワーク(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>エクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>The database holds no framework.</source>
        <translation>データベースにフレームワークがありません。</translation>
    </message>
    <message>
        <source>Choose two different frameworks.</source>
        <translation>異なる二つのフレームワークを選択してください。</translation>
    </message>
</context>
<context>
    <name>crosswalk::OscalMappingCollection</name>
    <message>
        <source>%1: the database holds no framework with the code &apos;%2&apos;</source>
        <translation>%1：データベースにコード「%2」のフレームワークはありません</translation>
    </message>
    <message>
        <source>required object is missing</source>
        <translation>必須のオブジェクトがありません</translation>
    </message>
    <message>
        <source>no href</source>
        <translation>href がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a matching rationale (syntactic, semantic, functional)</source>
        <translation>&quot;%1&quot; は対応付けの理由として有効な値ではありません（syntactic、semantic、functional）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mapping status (complete, not-complete, draft, deprecated, superseded)</source>
        <translation>&quot;%1&quot; は対応付けの状態として有効な値ではありません（complete、not-complete、draft、deprecated、superseded）</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>、ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file lists %n source control(s) of %1 as unmapped: %2</source>
        <translation>
            <numerusform>ファイルには、%1 の対応元コントロール %n 件が未対応付けとして記載されています：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file lists %n target control(s) of %1 as unmapped: %2</source>
        <translation>
            <numerusform>ファイルには、%1 の対応先コントロール %n 件が未対応付けとして記載されています：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Import OSCAL mapping collection %1</source>
        <translation>OSCAL 対応付けコレクション %1 のインポート</translation>
    </message>
    <message>
        <source>not a mapping collection</source>
        <translation>対応付けコレクションではありません</translation>
    </message>
    <message>
        <source>required array is missing</source>
        <translation>必須の配列がありません</translation>
    </message>
    <message>
        <source>holds no mapping</source>
        <translation>対応付けが含まれていません</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>the source and the target are the same framework (%1); mappings within one framework are not imported</source>
        <translation>対応元と対応先が同じフレームワーク（%1）です。同一フレームワーク内の対応付けはインポートされません</translation>
    </message>
    <message>
        <source>required array is missing or empty</source>
        <translation>必須の配列がないか、空です</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>対応元</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>対応先</translation>
    </message>
    <message numerus="yes">
        <source>%n map(s) with the relationship equivalent-to imported as equal (noted on each mapping)</source>
        <translation>
            <numerusform>関係が equivalent-to の対応 %n 件を equal（同等）としてインポートしました（各対応付けに注記）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) whose OSCAL status is complete have no reviewer and review date; imported as draft</source>
        <translation>
            <numerusform>OSCAL の状態が complete の対応付け %n 件にレビュー担当者とレビュー日がないため、draft（草案）としてインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>required text is missing</source>
        <translation>必須のテキストがありません</translation>
    </message>
    <message>
        <source>the relationship &quot;%1&quot; of the namespace %2 is not known</source>
        <translation>名前空間 %2 の関係 &quot;%1&quot; は不明です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relationship (equivalent-to, equal-to, subset-of, superset-of, intersects-with, no-relationship)</source>
        <translation>&quot;%1&quot; は関係として有効な値ではありません（equivalent-to、equal-to、subset-of、superset-of、intersects-with、no-relationship）</translation>
    </message>
    <message>
        <source>strength &quot;%1&quot; is not a whole number</source>
        <translation>強度 &quot;%1&quot; は整数ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review status (%2)</source>
        <translation>&quot;%1&quot; はレビュー状況として有効な値ではありません（%2）</translation>
    </message>
    <message>
        <source>no provision of %1 has the code &quot;%2&quot;</source>
        <translation>%1 にコードが &quot;%2&quot; の条項はありません</translation>
    </message>
    <message>
        <source>mapping %1:%2 → %3:%4</source>
        <translation>対応付け %1:%2 → %3:%4</translation>
    </message>
    <message>
        <source>%1 is given twice (also at %2)</source>
        <translation>%1 が重複しています（%2 にもあります）</translation>
    </message>
    <message>
        <source>Imported from OSCAL: equivalent-to</source>
        <translation>OSCAL からインポート：equivalent-to</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TLP level (%2)</source>
        <translation>&quot;%1&quot; は TLP レベルではありません（%2）</translation>
    </message>
    <message>
        <source>%1: a reviewed (complete) mapping needs a reviewer and a review date</source>
        <translation>%1：レビュー済み（完了）の対応付けにはレビュー担当者とレビュー日が必要です</translation>
    </message>
    <message>
        <source>No framework with the id %1</source>
        <translation>ID %1 のフレームワークはありません</translation>
    </message>
    <message>
        <source>The source and the target must be two different frameworks (both are %1)</source>
        <translation>対応元と対応先は異なるフレームワークでなければなりません（両方とも %1 です）</translation>
    </message>
    <message>
        <source>No mappings from %1 to %2 to export</source>
        <translation>エクスポートする %1 から %2 への対応付けはありません</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>キャンセルしました。何も書き込まれていません</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：書き込めません：%2</translation>
    </message>
    <message>
        <source>the catalog matches several frameworks (%1); name the source framework</source>
        <translation>このカタログは複数のフレームワーク（%1）に該当します。対応元のフレームワークを指定してください</translation>
    </message>
    <message>
        <source>the catalog matches several frameworks (%1); name the target framework</source>
        <translation>このカタログは複数のフレームワーク（%1）に該当します。対応先のフレームワークを指定してください</translation>
    </message>
    <message>
        <source>the catalog (%1) matches no framework of the database; name the source framework</source>
        <translation>このカタログ（%1）に該当するフレームワークがデータベースにありません。対応元のフレームワークを指定してください</translation>
    </message>
    <message>
        <source>the catalog (%1) matches no framework of the database; name the target framework</source>
        <translation>このカタログ（%1）に該当するフレームワークがデータベースにありません。対応先のフレームワークを指定してください</translation>
    </message>
</context>
<context>
    <name>crosswalk::PackageExportDialog</name>
    <message>
        <source>Export dataset package</source>
        <translation>データセットパッケージのエクスポート</translation>
    </message>
    <message>
        <source>A dataset package holds records for another Crosswalk database: a partner merges it into theirs with File &gt; Import &gt; Merge dataset package.</source>
        <translation>データセットパッケージには、別の Crosswalk データベースに取り込むためのレコードが含まれます。パートナーは「ファイル &gt; インポート &gt; データセットパッケージを統合」で自分のデータベースに統合します。</translation>
    </message>
    <message>
        <source>Frameworks to include</source>
        <translation>含めるフレームワーク</translation>
    </message>
    <message>
        <source>&amp;Frameworks (with their provisions, the mappings between them and the parties they need):</source>
        <translation>フレームワーク（その条項、それらの間の対応付けおよび必要な当事者を含む）(&amp;F)：</translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>すべてチェック(&amp;A)</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>すべてのチェックを外す(&amp;N)</translation>
    </message>
    <message>
        <source>Only records marked at most:</source>
        <translation>含めるレコードの取扱区分の上限：</translation>
    </message>
    <message>
        <source>Highest marking included</source>
        <translation>含める最も高い取扱区分</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>エクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>The package holds every record of the database</source>
        <translation>パッケージにはデータベースのすべてのレコードが含まれます</translation>
    </message>
    <message numerus="yes">
        <source>The package holds %n framework(s) and what they need</source>
        <translation>
            <numerusform>パッケージにはフレームワーク %n 件と、それらに必要なレコードが含まれます</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, limited to records marked %2 or lower.</source>
        <translation>%1（取扱区分が %2 以下のレコードに限定）。</translation>
    </message>
    <message>
        <source>%1, whatever their marking.</source>
        <translation>%1（取扱区分を問わない）。</translation>
    </message>
</context>
<context>
    <name>crosswalk::PackageMerge</name>
    <message>
        <source>Merge %1</source>
        <translation>%1 の統合</translation>
    </message>
    <message>
        <source>a reviewed (complete) mapping names its reviewer</source>
        <translation>レビュー済み（完了）の対応付けにはレビュー担当者を指定する必要があります</translation>
    </message>
    <message>
        <source>a reviewed (complete) mapping has a review date</source>
        <translation>レビュー済み（完了）の対応付けにはレビュー日を指定する必要があります</translation>
    </message>
    <message>
        <source>the parent belongs to another framework</source>
        <translation>親が別のフレームワークに属しています</translation>
    </message>
    <message>
        <source>the parents of this row lead back to it</source>
        <translation>この行の親をたどると、この行自身に戻ります</translation>
    </message>
    <message>
        <source>the package holds this %1 twice (%2); the first is taken</source>
        <translation>パッケージにこの%1が重複して含まれています（%2）。最初のものを採用します</translation>
    </message>
    <message>
        <source>%1 differ; the stored record was changed since (%2, the package&apos;s %3) and is kept</source>
        <translation>%1 が異なります。保存済みのレコードはその後変更されているため（%2、パッケージは %3）、保存済みのレコードを保持します</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>%1 differ; the package&apos;s parent would make the record its own ancestor, so the stored record is kept</source>
        <translation>%1 が異なります。パッケージの親を採用するとレコードが自身の上位になるため、保存済みのレコードを保持します</translation>
    </message>
    <message>
        <source>exclusion of %1 for %2</source>
        <translation>%2 に対する %1 の適用除外</translation>
    </message>
    <message>
        <source>update of %1 on %2</source>
        <translation>%1 の更新（%2）</translation>
    </message>
    <message>
        <source>delegate %1 (%2, %3)</source>
        <translation>代表団員 %1（%2、%3）</translation>
    </message>
</context>
<context>
    <name>crosswalk::PageContext</name>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation>Crosswalk</translation>
    </message>
    <message>
        <source>Choose a source and a target framework.</source>
        <translation>対応元と対応先のフレームワークを選択してください。</translation>
    </message>
</context>
<context>
    <name>crosswalk::Party</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>A party cannot be its own parent</source>
        <translation>当事者を自身の親に設定することはできません</translation>
    </message>
</context>
<context>
    <name>crosswalk::Programme</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>End date is before start date</source>
        <translation>終了日が開始日より前になっています</translation>
    </message>
    <message>
        <source>Budget cannot be negative</source>
        <translation>予算に負の値は指定できません</translation>
    </message>
</context>
<context>
    <name>crosswalk::ProgrammesPage</name>
    <message>
        <source>Programmes</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Pa&amp;rtners</source>
        <translation>パートナー(&amp;R)</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>テーマ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Gaps</source>
        <translation>ギャップ(&amp;G)</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>コミットメント(&amp;M)</translation>
    </message>
</context>
<context>
    <name>crosswalk::Provision</name>
    <message>
        <source>Framework</source>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>施行日</translation>
    </message>
    <message>
        <source>A provision cannot be its own parent</source>
        <translation>条項を自身の親条項に設定することはできません</translation>
    </message>
    <message>
        <source>The parent provision %1 belongs to another framework</source>
        <translation>親条項 %1 は別のフレームワークに属しています</translation>
    </message>
    <message>
        <source>The provision %1 cannot move to another framework: it has child provisions %2</source>
        <translation>条項 %1 には子条項 %2 があるため、別のフレームワークに移動できません</translation>
    </message>
    <message>
        <source>The provision %1 cannot be deleted: it has child provisions %2</source>
        <translation>条項 %1 には子条項 %2 があるため、削除できません</translation>
    </message>
</context>
<context>
    <name>crosswalk::ProvisionTreeModel</name>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>名称（英語）</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation>名称（%1）</translation>
    </message>
    <message>
        <source>Title (original language)</source>
        <translation>名称（原語）</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>施行日</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>確認状況</translation>
    </message>
    <message>
        <source>Framework %1 — %2</source>
        <translation>フレームワーク %1 — %2</translation>
    </message>
</context>
<context>
    <name>crosswalk::ProvisionTreePane</name>
    <message>
        <source>Search provisions</source>
        <translation>条項を検索</translation>
    </message>
    <message>
        <source>Verificatio&amp;n:</source>
        <translation>確認状況(&amp;N)：</translation>
    </message>
    <message>
        <source>Filter provisions by verification</source>
        <translation>確認状況で条項を絞り込みます</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>条項</translation>
    </message>
</context>
<context>
    <name>crosswalk::RecentDatabasesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使用したファイルを開く(&amp;R)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>最近使用したデータベースはありません</translation>
    </message>
</context>
<context>
    <name>crosswalk::RecordFilterBar</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Code, title, text (Ctrl+F)</source>
        <translation>コード、名称、本文（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>%1 で絞り込み</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>crosswalk::RecordForm</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (or YYYY-MM, YYYY)</source>
        <translation>YYYY-MM-DD（または YYYY-MM、YYYY）</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>crosswalk::RecordPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a new %1 (%2)</source>
        <translation>新しい%1を追加します（%2）</translation>
    </message>
    <message>
        <source>Sav&amp;e</source>
        <translation>保存(&amp;E)</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>変更を保存します（%1）</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>変更を破棄(&amp;R)</translation>
    </message>
    <message>
        <source>Put back the stored values</source>
        <translation>保存済みの値に戻します</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected %1 (Delete in the list)</source>
        <translation>選択した%1を削除します（一覧で Delete）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>the new %1</source>
        <translation>新しい%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Discard the changes to %1 that are not saved?</source>
        <translation>%1 に対する未保存の変更を破棄しますか？</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新しい%1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Nothing here yet: Add creates the first %1.</source>
        <translation>まだ何もありません：「追加」で最初の%1を作成します。</translation>
    </message>
    <message>
        <source>Select a %1 in the list.</source>
        <translation>一覧から%1を選択してください。</translation>
    </message>
</context>
<context>
    <name>crosswalk::RecordTitleBar</name>
    <message>
        <source>Marking (TLP)</source>
        <translation>取扱区分（TLP）</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>確認状況</translation>
    </message>
</context>
<context>
    <name>crosswalk::RecordValidator</name>
    <message>
        <source>Unknown kind of record: %1</source>
        <translation>不明なレコードの種類です：%1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>は必須です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; は整数ではありません</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>は %1 から %2 の間でなければなりません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; は数値ではありません</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>に負の値は指定できません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; は日付（YYYY、YYYY-MM または YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values</source>
        <translation>&quot;%1&quot; は許可された値ではありません</translation>
    </message>
    <message>
        <source>refers to a record that does not exist</source>
        <translation>が存在しないレコードを参照しています</translation>
    </message>
    <message>
        <source>is before the start date</source>
        <translation>が開始日より前になっています</translation>
    </message>
    <message>
        <source>is before the date the gap was opened</source>
        <translation>がギャップの登録日より前になっています</translation>
    </message>
    <message>
        <source>must be 10 for &apos;equal&apos; (same scope)</source>
        <translation>は「同等」（同一の範囲）の場合 10 でなければなりません</translation>
    </message>
    <message>
        <source>must be 0 for &apos;no relationship&apos;</source>
        <translation>は「関係なし」の場合 0 でなければなりません</translation>
    </message>
    <message>
        <source>must be between 1 and 9 for a partial relationship</source>
        <translation>は部分的な関係の場合 1 から 9 の間でなければなりません</translation>
    </message>
    <message>
        <source>a provision cannot be mapped to itself</source>
        <translation>条項をそれ自身に対応付けることはできません</translation>
    </message>
    <message>
        <source>belongs to another framework</source>
        <translation>が別のフレームワークに属しています</translation>
    </message>
    <message>
        <source>would make the record its own ancestor</source>
        <translation>を指定すると、レコードが自身の上位になります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another %2</source>
        <translation>&quot;%1&quot; は既に別の%2で使用されています</translation>
    </message>
    <message>
        <source>these two provisions are already mapped</source>
        <translation>この二つの条項は既に対応付けられています</translation>
    </message>
    <message>
        <source>the provision is already marked not applicable to this party</source>
        <translation>この条項は既にこの当事者に対して適用除外とされています</translation>
    </message>
    <message>
        <source>must be a full date (YYYY-MM-DD)</source>
        <translation>は完全な日付（YYYY-MM-DD）でなければなりません</translation>
    </message>
    <message>
        <source>is required for a reviewed (complete) mapping</source>
        <translation>はレビュー済み（完了）の対応付けでは必須です</translation>
    </message>
    <message>
        <source>is in the same framework as the source provision; a mapping within one framework must be asked for explicitly</source>
        <translation>が対応元の条項と同じフレームワークに属しています。同一フレームワーク内の対応付けは明示的に許可する必要があります</translation>
    </message>
</context>
<context>
    <name>crosswalk::ReferenceDataPage</name>
    <message>
        <source>Parties</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>当事者(&amp;P)</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>テーマ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>crosswalk::ReportsPage</name>
    <message>
        <source>Dialogue brief</source>
        <translation>対話ブリーフ</translation>
    </message>
    <message>
        <source>Marking banner, cover, objectives and key messages, points to raise, delegations, key figures, changes since the previous round, commitments, gaps, programmes, coverage chart and an appendix of mappings, in the order a delegation reads them.</source>
        <translation>取扱区分の表示、表紙、目的と主要メッセージ、提起事項、代表団、主要指標、前回会合以降の変化、コミットメント、ギャップ、プログラム、カバー状況グラフ、対応付けの付録を、代表団が読む順序で収録します。</translation>
    </message>
    <message>
        <source>&amp;Dialogue:</source>
        <translation>対話(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English + Japanese</source>
        <translation>英語＋日本語</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>ODT (word processors)</source>
        <translation>ODT（ワープロソフト用）</translation>
    </message>
    <message>
        <source>HTML (web page)</source>
        <translation>HTML（ウェブページ）</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P)：</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>&amp;Include records marked up to:</source>
        <translation>含めるレコードの取扱区分の上限(&amp;I)：</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Records marked above this level are left out; the brief then says it is a limited version.</source>
        <translation>この取扱区分を上回るレコードは除外されます。その場合、ブリーフには限定版である旨が記載されます。</translation>
    </message>
    <message>
        <source>&amp;Mark the brief at least:</source>
        <translation>ブリーフの最低取扱区分(&amp;M)：</translation>
    </message>
    <message>
        <source>As the content requires</source>
        <translation>内容に応じて決定</translation>
    </message>
    <message>
        <source>The brief carries the highest marking of what it includes, raised to at least this level.</source>
        <translation>ブリーフには収録内容のうち最も高い取扱区分が付されます。それがこの取扱区分より低い場合は、この取扱区分に引き上げられます。</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Shows the brief as it will print, page by page</source>
        <translation>ブリーフを印刷される状態のまま、ページごとに表示します</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Writes the brief as a file in the chosen format</source>
        <translation>選択した形式のファイルとしてブリーフを書き出します</translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>This database holds no dialogues yet. Add one on the Dialogues page to write its brief.</source>
        <translation>このデータベースにはまだ対話がありません。ブリーフを作成するには、「対話」ページで対話を追加してください。</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日付：%1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>開催地：%1</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>当事者：%1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Record marked %1</source>
        <translation>レコードの取扱区分：%1</translation>
    </message>
    <message>
        <source>Choose the dialogue the brief is for.</source>
        <translation>ブリーフの対象とする対話を選択してください。</translation>
    </message>
    <message>
        <source>The brief could not be composed: %1</source>
        <translation>ブリーフを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Page %1 of %2…</source>
        <translation>%1 / %2 ページ…</translation>
    </message>
    <message>
        <source>The brief could not be shown: %1</source>
        <translation>ブリーフを表示できませんでした：%1</translation>
    </message>
    <message>
        <source>Dialogue brief: preview</source>
        <translation>対話ブリーフ：プレビュー</translation>
    </message>
    <message>
        <source>Printing the brief…</source>
        <translation>ブリーフを印刷しています…</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>印刷をキャンセルしました。</translation>
    </message>
    <message>
        <source>The brief could not be printed: %1</source>
        <translation>ブリーフを印刷できませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s) (%1).</source>
        <translation>
            <numerusform>%n ページを印刷しました（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the dialogue brief</source>
        <translation>対話ブリーフの印刷</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument テキスト (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>ウェブページ (*.html *.htm)</translation>
    </message>
    <message>
        <source>Save the dialogue brief</source>
        <translation>対話ブリーフの保存</translation>
    </message>
    <message>
        <source>Writing the brief…</source>
        <translation>ブリーフを書き出しています…</translation>
    </message>
    <message>
        <source>Saving cancelled; %1 was not written.</source>
        <translation>保存をキャンセルしました。%1 は書き込まれていません。</translation>
    </message>
    <message>
        <source>The brief could not be saved as %1: %2</source>
        <translation>ブリーフを %1 として保存できませんでした：%2</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>保存されませんでした。</translation>
    </message>
    <message>
        <source>%1, limited version</source>
        <translation>%1、限定版</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s), %2)</source>
        <translation>
            <numerusform>%1 を保存しました（%n ページ、%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 (%2)</source>
        <translation>%1 を保存しました（%2）</translation>
    </message>
</context>
<context>
    <name>crosswalk::SearchDialog</name>
    <message>
        <source>Search all records</source>
        <translation>すべてのレコードを検索</translation>
    </message>
    <message>
        <source>Code, title or name, in English or the original language</source>
        <translation>コード、名称または氏名（英語または原語）</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>検索文字列</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>検索(&amp;F)：</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type to search frameworks, provisions, dialogues, commitments, programmes, gaps, parties and themes.</source>
        <translation>入力すると、フレームワーク、条項、対話、コミットメント、プログラム、ギャップ、当事者およびテーマを検索します。</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>「%1」に一致するものはありません。</translation>
    </message>
    <message>
        <source>1 record found.</source>
        <translation>1 件のレコードが見つかりました。</translation>
    </message>
    <message>
        <source>%1 records found.</source>
        <translation>%1 件のレコードが見つかりました。</translation>
    </message>
</context>
<context>
    <name>crosswalk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Your name, as audit entries and mapping reviews record it</source>
        <translation>監査ログのエントリおよび対応付けのレビューに記録される氏名</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>表示言語(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>作成者名(&amp;A)：</translation>
    </message>
    <message>
        <source>Default &amp;marking:</source>
        <translation>既定の取扱区分(&amp;M)：</translation>
    </message>
    <message>
        <source>A new language applies the next time Crosswalk starts.</source>
        <translation>新しい言語は、次回 Crosswalk の起動時から適用されます。</translation>
    </message>
    <message>
        <source>New records get this marking; you can change it on each record.</source>
        <translation>新しいレコードにはこの取扱区分が設定されます。レコードごとに変更できます。</translation>
    </message>
</context>
<context>
    <name>crosswalk::StatusIndicators</name>
    <message>
        <source>%1 framework</source>
        <translation>フレームワーク %1 件</translation>
    </message>
    <message>
        <source>%1 frameworks</source>
        <translation>フレームワーク %1 件</translation>
    </message>
    <message>
        <source>%1 provision</source>
        <translation>条項 %1 件</translation>
    </message>
    <message>
        <source>%1 provisions</source>
        <translation>条項 %1 件</translation>
    </message>
    <message>
        <source>%1 dialogue</source>
        <translation>対話 %1 件</translation>
    </message>
    <message>
        <source>%1 dialogues</source>
        <translation>対話 %1 件</translation>
    </message>
    <message>
        <source>%1 commitment</source>
        <translation>コミットメント %1 件</translation>
    </message>
    <message>
        <source>%1 commitments</source>
        <translation>コミットメント %1 件</translation>
    </message>
    <message>
        <source>%1 programme</source>
        <translation>プログラム %1 件</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>プログラム %1 件</translation>
    </message>
    <message>
        <source>%1 gap</source>
        <translation>ギャップ %1 件</translation>
    </message>
    <message>
        <source>%1 gaps</source>
        <translation>ギャップ %1 件</translation>
    </message>
    <message>
        <source>Current record</source>
        <translation>現在のレコード</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース：%1</translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation>レコードが選択されていません</translation>
    </message>
    <message>
        <source>Marking of the record shown</source>
        <translation>表示中のレコードの取扱区分</translation>
    </message>
    <message>
        <source>Marking of the record shown; caveat: %1</source>
        <translation>表示中のレコードの取扱区分。注意事項：%1</translation>
    </message>
    <message>
        <source>Verification of the record shown</source>
        <translation>表示中のレコードの確認状況</translation>
    </message>
</context>
<context>
    <name>crosswalk::TableExport</name>
    <message>
        <source>No file name was given for the export.</source>
        <translation>エクスポート先のファイル名が指定されていません。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした：%2</translation>
    </message>
    <message numerus="yes">
        <source> … [cut to fit a spreadsheet cell: %n characters in full]</source>
        <translation>
            <numerusform> … [表計算のセルに収めるため省略：全体は %n 文字]</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: a workbook sheet holds at most %2 rows.</source>
        <translation>%1 に書き込めませんでした：ワークシートに格納できるのは最大 %2 行です。</translation>
    </message>
    <message>
        <source>Could not write %1: a workbook sheet holds at most %2 columns.</source>
        <translation>%1 に書き込めませんでした：ワークシートに格納できるのは最大 %2 列です。</translation>
    </message>
    <message>
        <source>Could not write %1: the workbook could not be created.</source>
        <translation>%1 に書き込めませんでした：ブックを作成できませんでした。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>crosswalk::Theme</name>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>名称（英語）</translation>
    </message>
</context>
<context>
    <name>crosswalk::TypedStore</name>
    <message>
        <source>The %1 cannot be placed under itself or under one of its own descendants</source>
        <translation>%1 を自身またはその下位の項目の下に配置することはできません</translation>
    </message>
    <message>
        <source>The parent %1 %2 does not exist</source>
        <translation>親となる %1 %2 は存在しません</translation>
    </message>
    <message>
        <source>The database cannot start a change (busy or closed); nothing was changed</source>
        <translation>データベースで変更を開始できません（使用中または閉じられています）。変更は行われていません</translation>
    </message>
    <message>
        <source>The %1 cannot be deleted: it is used by %2</source>
        <translation>%1 は %2 で使用されているため削除できません</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crosswalk::ViewExport</name>
    <message>
        <source>export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the rows shown as a CSV or Excel file (%1)</source>
        <translation>表示中の行を CSV または Excel ファイルとしてエクスポートします（%1）</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 のエクスポート</translation>
    </message>
</context>
<context>
    <name>crosswalk::check</name>
    <message>
        <source>%1 is required</source>
        <translation>%1 は必須です</translation>
    </message>
    <message>
        <source>%1 %2 is not an ISO 8601 date</source>
        <translation>%1「%2」は ISO 8601 形式の日付ではありません</translation>
    </message>
    <message>
        <source>%1 %2 is not an ISO 8601 date (YYYY-MM-DD)</source>
        <translation>%1「%2」は ISO 8601 形式の日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3</source>
        <translation>%1 は %2 から %3 の間でなければなりません</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Crosswalk: a workbench for cyber-policy alignment.</source>
        <translation>Crosswalk：サイバー政策の整合のためのワークベンチ。</translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt; instead of the default database.</source>
        <translation>既定のデータベースの代わりにデータベースファイル &lt;パス&gt; を開きます。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Crosswalk cannot start</source>
        <translation>Crosswalk を起動できません</translation>
    </message>
</context>
</TS>
