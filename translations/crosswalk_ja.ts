<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <source>Crosswalk on the command line: lists, imports, exports and checks a Crosswalk database.</source>
        <translation>コマンドライン版 Crosswalk：Crosswalk データベースの一覧表示、インポート、エクスポートおよび検査を行います。</translation>
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
        <source>Exports the whole database as a dataset package (JSON).</source>
        <translation>データベース全体をデータセットパッケージ（JSON）としてエクスポートします。</translation>
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
        <source>Imports a dataset package (JSON) into a database that holds only reference data.</source>
        <translation>参照データのみを保持するデータベースに、データセットパッケージ（JSON）をインポートします。</translation>
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
    <name>crosswalk::PageContext</name>
    <message>
        <source>No database is open.</source>
        <translation>データベースが開かれていません。</translation>
    </message>
    <message>
        <source>Crosswalk</source>
        <translation>Crosswalk</translation>
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
    <name>crosswalk::PlaceholderView</name>
    <message>
        <source>This page arrives in a later version of Crosswalk.</source>
        <translation>このページは Crosswalk の今後のバージョンで提供されます。</translation>
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
