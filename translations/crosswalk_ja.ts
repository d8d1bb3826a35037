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
</context>
<context>
    <name>crosswalk::FrameworksView</name>
    <message>
        <source>Frameworks</source>
        <translation>フレームワーク</translation>
    </message>
    <message>
        <source>Search frameworks</source>
        <translation>フレームワークを検索</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>条項</translation>
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
        <source>No database is open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース：%1</translation>
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
